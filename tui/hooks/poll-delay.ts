// How long to wait before the next poll: back off while answers repeat, snap back when one differs.
// Why: a full asset list (5,000 assets, ~3 MB of JSON) every 5 s kept the TUI's heap churning and its
// RSS in a 110-165 MiB band; a quiet office gets the list every 30 s, a changing one still every 5 s.
export function nextPollDelay(current: number, baseMs: number, maxMs: number, unchanged: boolean): number {
  if (!unchanged) return baseMs;
  return Math.min(Math.max(baseMs, maxMs), Math.max(baseMs, current * 2));
}
