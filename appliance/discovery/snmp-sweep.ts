// SNMP v2c sweep: probe every target with every community at once (first answer wins), then read
// identity, MACs and small tables from the hosts that answered. Time is ~ one timeout plus a few
// round trips, whatever the number of targets.
import type { VarBind } from 'snmp-native';
import type { Logger } from '../daemon/log.js';
import { silentLogger } from '../daemon/log.js';
import { OID } from './oids.js';
import { IDENTITY_GETS, WALKS } from './rules.js';
import { SnmpSession, type Endpoint } from './snmp-session.js';
import type { Target } from './targets.js';
import { decodeValue, isMissing, macFromBytes, oidToString } from './values.js';

export interface SnmpHost {
  host: string;
  port: number;
  community: string;
  values: Record<string, string>;
  macs: string[];
}

export interface SnmpSweepOptions {
  communities: readonly string[];
  timeoutMs: number;
  /** hosts in flight at once; 1,024 sweeps a /22 in one timeout */
  concurrency?: number;
  log?: Logger;
  signal?: AbortSignal;
}

export interface SnmpSweepResult {
  hosts: SnmpHost[];
  stats: { targets: number; answered: number; malformedReplies: number; ms: number };
}

const PROBE_OIDS = [OID.sysDescr, OID.sysObjectID, OID.sysName, OID.sysLocation, OID.hrDeviceType1, OID.hrDeviceDescr1, OID.hrSystemInitialLoadParameters, OID.upsIdentManufacturer];
/** Values kept per host: bounds memory against agents that answer with endless tables. */
const MAX_VALUES_PER_HOST = 256;

export async function sweepSnmp(targets: readonly Target[], options: SnmpSweepOptions): Promise<SnmpSweepResult> {
  const started = Date.now();
  const log = options.log ?? silentLogger;
  const session = new SnmpSession(options.timeoutMs);
  const onAbort = () => session.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const hosts: SnmpHost[] = [];
  try {
    let next = 0;
    const worker = async () => {
      while (next < targets.length && !options.signal?.aborted) {
        const t = targets[next++]!;
        const found = await readHost(session, t, options.communities);
        if (found) {
          hosts.push(found);
          log.debug('snmp host answered', { host: t.host, port: t.port });
        }
      }
    };
    const workers = Math.max(1, Math.min(options.concurrency ?? 1024, targets.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    session.close();
  }
  return { hosts, stats: { targets: targets.length, answered: hosts.length, malformedReplies: session.malformed, ms: Date.now() - started } };
}

async function readHost(session: SnmpSession, t: Target, communities: readonly string[]): Promise<SnmpHost | null> {
  const first = await firstAnswer(communities.map((community) => {
    const ep = { host: t.host, port: t.port, community };
    return session.getAll(ep, PROBE_OIDS).then((vbs) => (vbs.some((vb) => !isMissing(vb)) ? { ep, vbs } : null));
  }));
  if (!first) return null;
  const { ep } = first;
  const values: Record<string, string> = {};
  const macs = new Set<string>();
  const keep = (vbs: VarBind[]) => {
    for (const vb of vbs) {
      if (Object.keys(values).length >= MAX_VALUES_PER_HOST) return;
      const value = decodeValue(vb);
      if (value !== null) values[oidToString(vb.oid)] = value;
    }
  };
  keep(first.vbs);
  keep(await session.getAll(ep, IDENTITY_GETS));
  for (const w of WALKS) {
    if (w.onlyIf && !w.onlyIf(values)) continue;
    const rows = await walk(session, ep, w.oid, w.maxRows);
    if (w.oid === OID.ifPhysAddress) {
      for (const vb of rows) {
        const mac = macFromBytes(vb.valueRaw);
        if (mac) macs.add(mac);
      }
    } else keep(rows);
  }
  await readEntityChassis(session, ep, values);
  return { host: t.host, port: t.port, community: ep.community, values, macs: [...macs] };
}

/** Resolves with the first non-null result, or null when all are null. */
function firstAnswer<T>(attempts: Array<Promise<T | null>>): Promise<T | null> {
  return new Promise((resolve) => {
    let pending = attempts.length;
    if (pending === 0) resolve(null);
    for (const a of attempts) {
      a.then((r) => {
        if (r !== null) resolve(r);
        else if (--pending === 0) resolve(null);
      }, () => {
        if (--pending === 0) resolve(null);
      });
    }
  });
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

/** ENTITY-MIB: the chassis row (class 3) names the box; index 1 is not always it (Cisco uses 1001). */
async function readEntityChassis(session: SnmpSession, ep: Endpoint, values: Record<string, string>): Promise<void> {
  const classes = Object.entries(values).filter(([k]) => k.startsWith(OID.entPhysicalClass + '.'));
  if (classes.length === 0) return;
  const chassis = classes.find(([, v]) => v === '3') ?? classes[0]!;
  const index = chassis[0].slice(OID.entPhysicalClass.length + 1);
  const cols = { model: OID.entPhysicalModelName, serial: OID.entPhysicalSerialNum, firmware: OID.entPhysicalSoftwareRev } as const;
  const vbs = await session.getAll(ep, Object.values(cols).map((c) => `${c}.${index}`));
  for (const vb of vbs) {
    const o = oidToString(vb.oid);
    const v = decodeValue(vb);
    if (!v) continue;
    for (const [field, col] of Object.entries(cols)) if (o === `${col}.${index}`) values[`entity.${field}`] = v;
  }
}
