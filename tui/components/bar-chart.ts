// Events per day as a one-line sparkline of block characters.
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** One bar per value, `cell` characters wide. */
export function sparkline(values: readonly number[], cell = 1): string {
  const max = Math.max(0, ...values);
  return values
    .map((v) => (max === 0 || v === 0 ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((v / max) * (BLOCKS.length - 1) + 0.5))]!).repeat(cell))
    .join('');
}
