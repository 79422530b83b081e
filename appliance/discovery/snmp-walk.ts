// Table walks. All the columns a host is asked for travel in the same GETNEXT packet, one row of
// each per round trip, so a host's tables cost as many round trips as its longest table instead of
// one per row of every table. Not GETBULK: Debian's snmpd 5.9.3 spins at full CPU for tens of seconds
// on a GETBULK whose columns end at different places under a restricted view (the lab printer does
// this), and discovery must never knock over an office device. Agents that refuse several varbinds
// in one GETNEXT get one walk per column.
import type { VarBind } from 'snmp-native';
import { PDU, toOidArray, type Endpoint, type OidArray, type SnmpSession } from './snmp-session.js';
import { isMissing, oidToString } from './values.js';

export interface Column { oid: string; maxRows: number }

interface State { prefix: string; max: number; rows: VarBind[]; seen: Set<string>; next: OidArray; done: boolean }

/** Rows under each column (same order as `columns`), each stopping on leaving its subtree, a loop, or maxRows. */
export async function walkColumns(session: SnmpSession, ep: Endpoint, columns: readonly Column[]): Promise<VarBind[][]> {
  const state: State[] = columns.map((c) => ({ prefix: c.oid + '.', max: c.maxRows, rows: [], seen: new Set(), next: toOidArray(c.oid), done: c.maxRows <= 0 }));
  for (let round = 0; ; round++) {
    const active = state.filter((s) => !s.done);
    if (active.length === 0) break;
    const reply = await session.request(ep, PDU.getNext, active.map((s) => s.next));
    if (reply.error !== undefined && round === 0) return Promise.all(columns.map((c) => walk(session, ep, c.oid, c.maxRows)));
    // A timeout or error mid-walk ends it with the rows so far, as a lost GETNEXT always did.
    if (reply.error !== undefined || reply.timedOut || !takeRows(active, reply.vbs)) break;
  }
  return state.map((s) => s.rows);
}

/** One GETNEXT reply, varbind k for active column k; false when nothing moved (a short reply). */
function takeRows(active: State[], vbs: VarBind[]): boolean {
  if (vbs.length !== active.length) return false;
  active.forEach((s, k) => {
    const vb = vbs[k]!;
    const o = isMissing(vb) ? '' : oidToString(vb.oid);
    if (!o.startsWith(s.prefix) || s.seen.has(o)) {
      s.done = true;
      return;
    }
    s.seen.add(o);
    s.rows.push(vb);
    s.next = vb.oid;
    if (s.rows.length >= s.max) s.done = true;
  });
  return true;
}

/** GETNEXT walk of one subtree, at most maxRows rows; stops on leaving the subtree or on a loop. */
export async function walk(session: SnmpSession, ep: Endpoint, root: string, maxRows: number): Promise<VarBind[]> {
  const rows: VarBind[] = [];
  const seen = new Set<string>();
  let oid = root;
  while (rows.length < maxRows) {
    const vb = (await session.getNext(ep, oid))[0];
    if (!vb || isMissing(vb)) break;
    const o = oidToString(vb.oid);
    if (!o.startsWith(root + '.') || seen.has(o)) break;
    seen.add(o);
    rows.push(vb);
    oid = o;
  }
  return rows;
}
