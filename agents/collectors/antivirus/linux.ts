// Linux `antivirus` facts: ClamAV (clamd running, age of the daily database) and the commercial
// sensors offices meet, each found by its install folder or its running process.
import { open } from 'node:fs/promises';
import type { CollectContext } from '../collector.js';
import { isRunning, runningCommands } from '../processes.js';
import { exists, underRoot } from '../read.js';
import { parseCvdHeader } from './clamav.js';
import type { AntivirusSection, AvProduct } from './schema.js';
import { MAX_SIGNATURE_AGE_DAYS } from './schema.js';

interface Sensor {
  name: string;
  vendor: string;
  paths: string[];
  processes: string[];
}

const SENSORS: Sensor[] = [
  { name: 'CrowdStrike Falcon', vendor: 'CrowdStrike', paths: ['/opt/CrowdStrike/falconctl'], processes: ['falcon-sensor'] },
  { name: 'Sophos Protection for Linux', vendor: 'Sophos', paths: ['/opt/sophos-spl', '/opt/sophos-av'], processes: ['sophos_threat_detector', 'sophos_spl', 'savd'] },
  { name: 'ESET Server Security', vendor: 'ESET', paths: ['/opt/eset/efs', '/opt/eset/eea', '/opt/eset/esets'], processes: ['oaeventd', 'esets_daemon'] },
  { name: 'Microsoft Defender for Endpoint', vendor: 'Microsoft', paths: ['/opt/microsoft/mdatp'], processes: ['wdavdaemon'] },
  { name: 'Trend Micro Deep Security Agent', vendor: 'Trend Micro', paths: ['/opt/ds_agent'], processes: ['ds_agent'] },
];

const CLAM_PATHS = ['/usr/sbin/clamd', '/usr/bin/clamscan', '/usr/bin/clamdscan', '/var/lib/clamav'];
const CLAM_DBS = ['/var/lib/clamav/daily.cld', '/var/lib/clamav/daily.cvd'];

export async function collectAntivirusLinux(ctx: Pick<CollectContext, 'root'>, now: Date = new Date()): Promise<AntivirusSection> {
  const { root } = ctx;
  const procs = await runningCommands(root);
  const products: AvProduct[] = [];
  const clam = await clamav(root, procs, now);
  if (clam !== null) products.push(clam);
  for (const s of SENSORS) {
    const running = s.processes.some((p) => isRunning(procs, p));
    const installed = running || (await anyExists(root, s.paths));
    if (!installed) continue;
    products.push({ name: s.name, vendor: s.vendor, enabled: running, upToDate: null, source: running ? 'process' : 'path' });
  }
  return { products };
}

async function clamav(root: string, procs: Set<string>, now: Date): Promise<AvProduct | null> {
  if (!isRunning(procs, 'clamd') && !(await anyExists(root, CLAM_PATHS))) return null;
  const product: AvProduct = { name: 'ClamAV', vendor: 'Cisco Talos', enabled: isRunning(procs, 'clamd'), upToDate: false, source: 'clamav' };
  // daily.cld (incremental updates applied) is newer than daily.cvd when both exist.
  let best: { version: string; buildTime?: string } | null = null;
  for (const db of CLAM_DBS) {
    const h = parseCvdHeader(await head(underRoot(root, db)));
    if (h !== null && (best === null || Number(h.version) > Number(best.version))) best = h;
  }
  if (best !== null) {
    product.signatureVersion = best.version;
    if (best.buildTime !== undefined) {
      product.signatureDate = best.buildTime;
      product.upToDate = (now.getTime() - Date.parse(best.buildTime)) / 86_400_000 <= MAX_SIGNATURE_AGE_DAYS;
    }
  }
  return product;
}

async function head(path: string): Promise<string> {
  try {
    const fh = await open(path, 'r');
    try {
      const buf = Buffer.alloc(512);
      const { bytesRead } = await fh.read(buf, 0, 512, 0);
      return buf.subarray(0, bytesRead).toString('latin1');
    } finally {
      await fh.close();
    }
  } catch {
    // Missing or unreadable database: no signature facts, and upToDate stays false.
    return '';
  }
}

async function anyExists(root: string, paths: string[]): Promise<boolean> {
  for (const p of paths) if (await exists(root, p)) return true;
  return false;
}
