// Linux `status` facts from /proc under `root`.
import type { CollectContext } from '../collector.js';
import { readText } from '../read.js';
import type { StatusSection } from './schema.js';

export function parseUptime(text: string): number | null {
  const first = Number(text.trim().split(/\s+/)[0]);
  return Number.isFinite(first) && first >= 0 ? Math.floor(first) : null;
}

export function parseBootTime(statText: string): string | null {
  const m = /^btime\s+(\d+)$/m.exec(statText);
  // Some kernels recompute btime on each read and it can wobble by a second: keep whole minutes.
  return m ? new Date(Math.floor(Number(m[1]) / 60) * 60_000).toISOString() : null;
}

// Only the boot time is reported: uptime changes on every collection and would make the agent send
// this section (and the box journal it) every time; the box derives uptime from the boot time.
export async function collectStatusLinux(ctx: Pick<CollectContext, 'root'>): Promise<StatusSection> {
  const out: StatusSection = {};
  const statText = await readText(ctx.root, '/proc/stat');
  const boot = statText === null ? null : parseBootTime(statText);
  if (boot !== null) out.bootTime = boot;
  return out;
}
