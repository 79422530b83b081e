// SNMP v2c sweep: probe every target with every community at once (first answer wins), then read
// MACs and small tables from the hosts that answered. The probe GET already asks for every identity
// OID the rules use, and all tables are walked side by side in shared GETNEXT packets, so an
// answering host costs its longest table's rows in round trips, not every table's: time is ~ one
// timeout (the silent hosts), whatever the number of targets.
import type { VarBind } from 'snmp-native';
import type { Logger } from '../../common/log.js';
import { silentLogger } from '../../common/log.js';
import { OID } from './oids.js';
import { IDENTITY_GETS, WALKS } from './rules.js';
import { PDU, SnmpSession, toOidArray, type Endpoint } from './snmp-session.js';
import { walkColumns } from './snmp-walk.js';
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
/** Probe and identity in one GET; the probe OIDs come first, so the reply's head says whether anyone is there. */
const FIRST_GET = [...new Set([...PROBE_OIDS, ...IDENTITY_GETS])].map(toOidArray);
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
    // Every probe leaves before any reply is read: a silent host's timeout starts at its probe, so a
    // late probe is late wall time. The socket's larger receive buffer holds the burst of replies.
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    session.close();
  }
  return { hosts, stats: { targets: targets.length, answered: hosts.length, malformedReplies: session.malformed, ms: Date.now() - started } };
}

async function readHost(session: SnmpSession, t: Target, communities: readonly string[]): Promise<SnmpHost | null> {
  const first = await firstAnswer(communities.map((community) => probe(session, { host: t.host, port: t.port, community })));
  if (!first) return null;
  const { ep } = first;
  const values: Record<string, string> = {};
  const macs = new Set<string>();
  let kept = 0;
  const keep = (vbs: VarBind[]) => {
    for (const vb of vbs) {
      if (kept >= MAX_VALUES_PER_HOST) return;
      const value = decodeValue(vb);
      if (value === null) continue;
      const key = oidToString(vb.oid);
      if (!(key in values)) kept++;
      values[key] = value;
    }
  };
  keep(first.vbs);
  const walks = WALKS.filter((w) => !w.onlyIf || w.onlyIf(values));
  const tables = await walkColumns(session, ep, walks);
  walks.forEach((w, i) => {
    const rows = tables[i]!;
    if (w.keepIfRowsOf !== undefined && !tables[walks.findIndex((x) => x.oid === w.keepIfRowsOf)]?.length) return;
    if (w.oid === OID.ifPhysAddress) {
      for (const vb of rows) {
        const mac = macFromBytes(vb.valueRaw);
        if (mac) macs.add(mac);
      }
    } else keep(rows);
  });
  await readEntityChassis(session, ep, values);
  return { host: t.host, port: t.port, community: ep.community, values, macs: [...macs] };
}

/** The first GET for one community: the host's probe and identity answers, or null when it is silent. */
async function probe(session: SnmpSession, ep: Endpoint): Promise<{ ep: Endpoint; vbs: VarBind[] } | null> {
  const reply = await session.request(ep, PDU.get, FIRST_GET);
  const answered = (vbs: VarBind[]) => vbs.slice(0, PROBE_OIDS.length).some((vb) => !isMissing(vb));
  if (reply.error === undefined) return answered(reply.vbs) ? { ep, vbs: reply.vbs } : null;
  // Someone is there but refused the combined GET (tooBig from small agents, genErr from picky
  // ones): ask the probe and the identity separately, as small GETs.
  const vbs = await session.getAll(ep, PROBE_OIDS);
  return answered(vbs) ? { ep, vbs: [...vbs, ...(await session.getAll(ep, IDENTITY_GETS))] } : null;
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
