// Readers for parsed JSON of unknown shape (PowerShell's ConvertTo-Json, system_profiler -json): one
// result may come as an object instead of a one-element array, none as null; numbers as strings.

/** null -> [], one object -> [it], array -> itself. */
export function asArray(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function records(v: unknown): Record<string, unknown>[] {
  return asArray(v).map(asRecord);
}

/** Trimmed non-empty string, or undefined. Numbers become strings (a serial made of digits). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\0/g, '').trim();
  return t === '' ? undefined : t;
}

/** Finite number from a number or numeric string (WMI uint64 values arrive as strings), or undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}
