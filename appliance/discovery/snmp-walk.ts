// Table walks. All the columns a host is asked for travel in the same GETBULK packets, so its tables
// cost one or two round trips instead of one per row and column (GETNEXT). Agents that refuse
// GETBULK get the row-by-row GETNEXT walk.
import type { VarBind } from 'snmp-native';
import { PDU, toOidArray, type Endpoint, type OidArray, type SnmpSession } from './snmp-session.js';
import { isMissing, oidToString } from './values.js';

export interface Column { oid: string; maxRows: number }

/**
 * Varbinds asked for per GETBULK (columns x repetitions). A column that is absent still fills its
 * share with whatever follows it in the MIB, so this bounds wasted bytes per reply; agents trim
 * replies that would not fit their message size themselves (RFC 3416 4.2.3).
 */
const MAX_VARBINDS_PER_BULK = 40;
/** Rounds per host: 64 rows at the smallest share still fit. */
const MAX_ROUNDS = 16;

interface State { prefix: string; max: number; rows: VarBind[]; seen: Set<string>; next: OidArray; done: boolean }

/** Rows under each column (same order as `columns`), each stopping on leaving its subtree, a loop, or maxRows. */
export async function walkColumns(session: SnmpSession, ep: Endpoint, columns: readonly Column[]): Promise<VarBind[][]> {
  const state: State[] = columns.map((c) => ({ prefix: c.oid + '.', max: c.maxRows, rows: [], seen: new Set(), next: toOidArray(c.oid), done: c.maxRows <= 0 }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const active = state.filter((s) => !s.done);
    if (active.length === 0) break;
    const want = Math.max(...active.map((s) => s.max - s.rows.length));
    const maxRepetitions = Math.max(1, Math.min(want, Math.floor(MAX_VARBINDS_PER_BULK / active.length)));
    const reply = await session.request(ep, PDU.getBulk, active.map((s) => s.next), { nonRepeaters: 0, maxRepetitions });
    if (reply.error !== undefined && round === 0) return Promise.all(columns.map((c) => walk(session, ep, c.oid, c.maxRows)));
    // A timeout or error mid-walk ends it with the rows so far, as a lost GETNEXT always did.
    if (reply.error !== undefined || reply.timedOut || !takeRows(active, reply.vbs)) break;
  }
  return state.map((s) => s.rows);
}

/** Spreads one GETBULK reply (repetition-major: r * columns + c) over the columns; false when nothing moved. */
function takeRows(active: State[], vbs: VarBind[]): boolean {
  const n = active.length;
  let moved = false;
  for (let k = 0; k < vbs.length; k++) {
    const s = active[k % n]!;
    if (s.done) continue;
    const vb = vbs[k]!;
    moved = true;
    const o = isMissing(vb) ? '' : oidToString(vb.oid);
    if (!o.startsWith(s.prefix) || s.seen.has(o)) {
      s.done = true;
      continue;
    }
    s.seen.add(o);
    s.rows.push(vb);
    s.next = vb.oid;
    if (s.rows.length >= s.max) s.done = true;
  }
  return moved;
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
