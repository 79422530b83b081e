// Seeds a data folder like a large office's box: assets in state.json (through the store) and a
// journal of events over the last 14 days (through Journal.append). Deterministic (seeded PRNG).
import { Journal } from '../appliance/journal/index.js';
import type { JournalInput } from '../appliance/journal/index.js';
import { openState, type Asset } from '../appliance/store/state.js';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPTS = [
  ['経理部', 'keiri'],
  ['総務部', 'soumu'],
  ['営業部', 'eigyo'],
  ['人事部', 'jinji'],
  ['開発部', 'kaihatsu'],
  ['受付', 'uketsuke'],
  ['社長室', 'shacho'],
] as const;
const USERS = ['sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato'];
const PC_VENDORS = [
  ['NEC', 'Mate MKM34'],
  ['富士通', 'ESPRIMO D7012'],
  ['Dell', 'OptiPlex 7010'],
  ['Lenovo', 'ThinkPad X1 Carbon'],
  ['HP', 'EliteBook 840 G9'],
  ['Panasonic', "Let's note SV1"],
] as const;
const OSES = ['Windows 11 Pro 23H2', 'Windows 11 Pro 22H2', 'Windows 10 Pro 22H2', 'Windows 10 Pro 1909', 'macOS 14.5'];
const DEVICES = [
  ['printer', 'キヤノン', 'imageRUNNER ADVANCE C3930', '複合機'],
  ['printer', 'RICOH', 'IM C3010', '複合機'],
  ['switch', 'YAMAHA', 'SWX2310-28GT', 'core-switch'],
  ['router', 'YAMAHA', 'RTX1300', 'router'],
  ['nas', 'BUFFALO', 'TeraStation TS3420DN', 'NAS'],
  ['ups', 'APC', 'Smart-UPS 1500', 'UPS'],
  ['ap', 'NEC', 'QX-W1130', 'AP'],
  ['phone', 'サクサ', 'PLATIA II', '電話機'],
  ['camera', 'Panasonic', 'WV-S1136', 'カメラ'],
  ['unknown', undefined, undefined, 'unknown'],
] as const;

const hex = (rand: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const mac = (rand: () => number) => Array.from({ length: 6 }, () => Math.floor(rand() * 256).toString(16).padStart(2, '0')).join(':');

/** `count` assets, about 70 % PCs with agents' posture, the rest discovered devices. */
export function makeAssets(count: number, seed = 1): Asset[] {
  const rand = prng(seed);
  const now = Date.now();
  const assets: Asset[] = [];
  for (let i = 0; i < count; i++) {
    const ip = `10.${1 + (i >> 16)}.${(i >> 8) & 255}.${(i & 255) || 1}`;
    const firstSeen = new Date(now - (30 + rand() * 300) * 86_400_000).toISOString();
    const lastSeen = new Date(now - rand() * 7 * 86_400_000).toISOString();
    if (i % 10 < 7) {
      const [deptJa, deptEn] = pick(rand, DEPTS);
      const [vendor, model] = pick(rand, PC_VENDORS);
      const host = `${deptEn.toUpperCase()}-PC-${String(i).padStart(4, '0')}`;
      assets.push({
        assetId: `ag-${hex(rand, 20)}`,
        kind: 'pc',
        name: rand() < 0.5 ? `${deptJa}のパソコン ${i}` : host,
        hostname: host,
        macs: [mac(rand)],
        ips: [ip],
        os: pick(rand, OSES),
        vendor,
        model,
        serial: `SN${hex(rand, 10).toUpperCase()}`,
        firstSeen,
        lastSeen,
        flags: [],
        posture: {
          avEnabled: rand() > 0.03,
          avUpToDate: rand() > 0.08,
          patchesMissing: rand() < 0.2 ? Math.ceil(rand() * 6) : 0,
          securityPatchesMissing: rand() < 0.1 ? Math.ceil(rand() * 3) : 0,
          rebootRequired: rand() < 0.1,
          osSupported: rand() > 0.1 ? 'supported' : 'unsupported',
          firewallEnabled: rand() > 0.05,
          diskEncrypted: rand() > 0.15,
          localAdmins: 1 + Math.floor(rand() * 2),
          myNumberFiles: rand() < 0.05 ? Math.ceil(rand() * 30) : 0,
        },
      });
    } else {
      const [type, vendor, model, label] = pick(rand, DEVICES);
      assets.push({
        assetId: `dev-${hex(rand, 16)}`,
        kind: 'device',
        name: `${label} ${1 + (i % 9)}F-${i}`,
        macs: [mac(rand)],
        ips: [ip],
        type,
        ...(vendor ? { vendor } : {}),
        ...(model ? { model, serial: `${hex(rand, 8).toUpperCase()}` } : {}),
        firstSeen,
        lastSeen,
        flags: [],
      });
    }
  }
  return assets;
}

export async function seedState(dataDir: string, assets: Asset[]): Promise<void> {
  const state = await openState(dataDir);
  await state.update((d) => {
    d.assets = assets;
  });
  await state.close();
}

const KINDS = ['user.logon', 'user.logoff', 'usb.inserted', 'process.started', 'software.installed', 'network.changed'];

/** About 300 bytes of JSON data, shaped like what agents report. */
function eventData(rand: () => number, n: number): Record<string, unknown> {
  return {
    user: pick(rand, USERS),
    session: hex(rand, 16),
    path: `C:\\Users\\${pick(rand, USERS)}\\Documents\\業務資料\\${hex(rand, 8)}.xlsx`,
    process: { name: 'EXCEL.EXE', pid: 1000 + Math.floor(rand() * 60_000), sha256: hex(rand, 64) },
    device: { vendor: 'BUFFALO', product: 'RUF3-K32GB', serial: hex(rand, 12) },
    n,
  };
}

/**
 * Appends `total` events in batches of `batch`, spread evenly over the last `days` days (the journal's
 * clock is injected), a few batches in flight so group commit, not the round trip, sets the pace.
 */
export async function seedJournal(dir: string, sources: string[], total: number, opts: { batch?: number; days?: number; inFlight?: number; seed?: number } = {}): Promise<{ dataBytes: number }> {
  const { batch = 1000, days = 14, inFlight = 8, seed = 2 } = opts;
  const rand = prng(seed);
  const end = Date.now() - 60_000;
  const start = end - days * 86_400_000 + 3_600_000;
  const batches = Math.ceil(total / batch);
  let clock = start;
  const journal = await Journal.open(dir, { now: () => new Date(clock) });
  const pending = new Set<Promise<unknown>>();
  let sampled = 0;
  for (let b = 0; b < batches; b++) {
    const inputs: JournalInput[] = [];
    for (let i = 0; i < batch && b * batch + i < total; i++) {
      const src = rand() < 0.95 ? pick(rand, sources) : 'system';
      const data = eventData(rand, b * batch + i);
      inputs.push({ src, kind: pick(rand, KINDS), data });
    }
    if (b === 0) sampled = inputs.reduce((n, x) => n + Buffer.byteLength(JSON.stringify(x.data)), 0) / inputs.length;
    clock = start + Math.floor(((end - start) * b) / batches);
    const p = journal.append(inputs).finally(() => pending.delete(p));
    pending.add(p);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  await journal.close();
  return { dataBytes: sampled };
}
