// Promise wrappers over one snmp-native session, with the library's sharp edges filed off:
// a malformed reply emits 'error' on the session (fatal if unhandled), and creating more than
// 1,024 requests in one millisecond throws synchronously.
import snmp, { type Session, type VarBind } from 'snmp-native';

export interface Endpoint { host: string; port: number; community: string }

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
  }

  /** One GET packet (snmp-native packs <= 16 OIDs per packet); [] when the host does not answer. */
  getAll(ep: Endpoint, oids: readonly string[]): Promise<VarBind[]> {
    return this.call((cb) => this.session.getAll({ ...ep, oids: oids.map(toOidArray) }, cb));
  }

  getNext(ep: Endpoint, oid: string): Promise<VarBind[]> {
    return this.call((cb) => this.session.getNext({ ...ep, oid: toOidArray(oid) }, cb));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.session.close();
  }

  private async call(start: (cb: (e: Error | null, vbs?: VarBind[]) => void) => void): Promise<VarBind[]> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) return [];
      try {
        return await new Promise<VarBind[]>((resolve) => {
          start((err, vbs) => resolve(err || !Array.isArray(vbs) ? [] : vbs));
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
