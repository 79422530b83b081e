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
  return m ? new Date(Number(m[1]) * 1000).toISOString() : null;
}

export async function collectStatusLinux(ctx: Pick<CollectContext, 'root'>): Promise<StatusSection> {
  const out: StatusSection = {};
  const uptimeText = await readText(ctx.root, '/proc/uptime');
  const uptime = uptimeText === null ? null : parseUptime(uptimeText);
  if (uptime !== null) out.uptimeSeconds = uptime;
  const statText = await readText(ctx.root, '/proc/stat');
  const boot = statText === null ? null : parseBootTime(statText);
  if (boot !== null) out.bootTime = boot;
  return out;
}
