import type { z } from 'zod';
import { MamoriError } from '../errors/mamori-error.js';

/** Validates parsed CLI flags; the error names the flag, e.g. `--listen must be HOST:PORT`. */
export function parseFlags<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const flag = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}` : 'flags';
  throw new MamoriError('BAD_INPUT', `${flag} ${issue.message}`);
}

/** `90s`, `15m`, `24h`, `7d` -> milliseconds. */
export function parseDuration(value: string): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(value.trim());
  if (!m) throw new MamoriError('BAD_INPUT', `"${value}" is not a duration; use e.g. 30m, 24h or 7d`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** An ISO time, or a relative one like `2h` (meaning two hours ago). */
export function parseTime(value: string, now = Date.now()): string {
  if (/^\d+\s*[smhd]$/.test(value.trim())) return new Date(now - parseDuration(value)).toISOString();
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new MamoriError('BAD_INPUT', `"${value}" is not a time; use ISO 8601 (2026-11-26T09:00:00+09:00) or a duration ago (2h, 7d)`);
  return new Date(t).toISOString();
}
