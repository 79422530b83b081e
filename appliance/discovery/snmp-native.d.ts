// Local typings for snmp-native 1.2 (the package ships none). Only what discovery uses.
declare module 'snmp-native' {
  import type { EventEmitter } from 'node:events';
  import type { Socket } from 'node:dgram';

  export interface VarBind {
    oid: number[];
    type: number;
    value: unknown;
    valueRaw?: Buffer;
    valueHex?: string;
  }
  export interface RequestOptions {
    host?: string;
    port?: number;
    community?: string;
    timeouts?: number[];
    oid?: number[] | string;
    oids?: Array<number[] | string>;
    combinedTimeout?: number;
  }
  export interface SessionOptions extends RequestOptions {
    family?: 'udp4' | 'udp6';
    version?: number;
    bindPort?: number;
  }
  type Callback = (error: Error | null, varbinds?: VarBind[]) => void;
  /** A request or response message (pdu.type: 0 GET, 1 GETNEXT, 2 response). */
  export class Packet {
    version: number;
    community: string;
    pdu: { type: number; reqid: number; error: number; errorIndex: number; varbinds: VarBind[] };
  }
  export class Session extends EventEmitter {
    constructor(options?: SessionOptions);
    /** undefined once closed */
    socket?: Socket;
    sendMsg(pkt: Packet, options: RequestOptions, callback: Callback): void;
    get(options: RequestOptions, callback: Callback): void;
    getNext(options: RequestOptions, callback: Callback): void;
    getAll(options: RequestOptions, callback: Callback): void;
    getSubtree(options: RequestOptions, callback: Callback): void;
    close(): void;
  }
  export const Versions: { SNMPv1: number; SNMPv2c: number };
  const snmp: { Session: typeof Session; Versions: typeof Versions; Packet: typeof Packet; encode(pkt: Packet): Buffer; parse(buf: Buffer): Packet };
  export default snmp;
}
