// Promise wrappers over one snmp-native session, with the library's sharp edges filed off:
// a malformed reply emits 'error' on the session (fatal if unhandled), and creating more than
// 1,024 requests in one millisecond throws synchronously.
import snmp, { type Session, type VarBind } from 'snmp-native';

export interface Endpoint { host: string; port: number; community: string }

/** An OID as snmp-native wants it; build these once, not per host (the library re-parses strings). */
export type OidArray = readonly number[];

/** What one request came back with: varbinds, an agent error status (tooBig, genErr...), or a timeout. */
export interface Reply { vbs: VarBind[]; error?: string; timedOut?: boolean }

/** PDU types this client sends (RFC 3416). */
export const PDU = { get: 0, getNext: 1 } as const;
const NULL_TYPE = 0x05;

/**
 * The whole sweep shares one socket, so every host's replies land in one receive queue. Linux's
 * default (~208 KiB) overflows when hundreds of hosts answer in the same few milliseconds and the
 * dropped replies look like silent hosts; ask for more (the kernel caps it at net.core.rmem_max).
 */
const RECV_BUFFER_BYTES = 4 * 1024 * 1024;

export class SnmpSession {
  readonly session: Session;
  malformed = 0;
  private closed = false;

  constructor(timeoutMs: number) {
    this.session = new snmp.Session({ version: snmp.Versions.SNMPv2c, timeouts: [timeoutMs] });
    this.session.on('error', () => {
      // snmp-native could not parse a datagram (hostile or broken agent). Count it; the request
      // it might have answered simply times out.
      this.malformed++;
    });
    this.session.socket?.once('listening', () => {
      try {
        this.session.socket?.setRecvBufferSize(RECV_BUFFER_BYTES);
      } catch {
        // a smaller buffer only means more lost replies under load, never wrong ones
      }
    });
  }

  /** One GET packet (snmp-native packs <= 16 OIDs per packet); [] when the host does not answer. */
  getAll(ep: Endpoint, oids: readonly string[]): Promise<VarBind[]> {
    return this.call((cb) => this.session.getAll({ ...ep, oids: oids.map(toOidArray) }, cb)).then((r) => r.vbs);
  }

  getNext(ep: Endpoint, oid: string): Promise<VarBind[]> {
    return this.call((cb) => this.session.getNext({ ...ep, oid: toOidArray(oid) }, cb)).then((r) => r.vbs);
  }

  /** One GET or GETNEXT PDU with any number of varbinds, in one packet (snmp-native's getAll splits at 16). */
  request(ep: Endpoint, type: number, oids: readonly OidArray[]): Promise<Reply> {
    if (oids.length === 0) return Promise.resolve({ vbs: [] });
    const pkt = new snmp.Packet();
    pkt.community = ep.community;
    pkt.version = snmp.Versions.SNMPv2c;
    pkt.pdu.type = type;
    // snmp-native does not export its VarBind; a request varbind is an OID with a NULL value.
    pkt.pdu.varbinds = oids.map((oid) => ({ oid: oid as number[], type: NULL_TYPE, value: null }));
    return this.call((cb) => this.session.sendMsg(pkt, { host: ep.host, port: ep.port }, cb));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.session.close();
  }

  private async call(start: (cb: (e: Error | null, vbs?: VarBind[]) => void) => void): Promise<Reply> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) return { vbs: [] };
      try {
        return await new Promise<Reply>((resolve) => {
          start((err, vbs) => {
            if (err) resolve(err.message === 'Timeout' || err.message === 'Cancelled' ? { vbs: [], timedOut: true } : { vbs: [], error: err.message });
            else resolve({ vbs: Array.isArray(vbs) ? vbs : [] });
          });
        });
      } catch (e) {
        // Request-id space for this millisecond is used up: wait for the next one.
        if (attempt > 50 || !(e instanceof Error) || !/counter overflow/i.test(e.message)) throw e;
        await new Promise((r) => setTimeout(r, 1));
      }
    }
  }
}

/** snmp-native wants a leading dot on string OIDs and parses them on every call: hand it arrays. */
export function toOidArray(oid: string): number[] {
  return oid.replace(/^\./, '').split('.').map(Number);
}
