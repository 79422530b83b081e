import type { Proc } from './processes.js';

/** Highest sequence number an agent saw acknowledged (it logs every ack at debug level). */
export function maxAck(agent: Proc): number {
  let max = 0;
  for (const m of agent.stderr.matchAll(/msg="ack" seq=(\d+)/g)) max = Math.max(max, Number(m[1]));
  return max;
}

export async function waitForAck(agent: Proc, atLeast: number, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const m = maxAck(agent);
    if (m >= atLeast) return m;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`agent never saw ack >= ${atLeast} (max ${maxAck(agent)})\n${agent.stderr.slice(-3000)}`);
}

/** Every aseq 1..upTo present, none twice. */
export function exactlyOnce(aseqs: number[], upTo: number): { missing: number[]; duplicates: number[] } {
  const seen = new Map<number, number>();
  for (const a of aseqs) seen.set(a, (seen.get(a) ?? 0) + 1);
  const missing: number[] = [];
  for (let i = 1; i <= upTo; i++) if (!seen.has(i)) missing.push(i);
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([a]) => a);
  return { missing, duplicates };
}
