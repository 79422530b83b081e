// Windows-specific value readers: DateTime as ConvertTo-Json prints it ("/Date(ms)/") and the other date
// shapes Windows hands out, and booleans that sometimes arrive as localised words.
import { str } from '../json-values.js';

const TRUE_WORDS = new Set(['true', 'yes', 'on', 'enabled', '1', '有効', 'オン', 'はい']);
const FALSE_WORDS = new Set(['false', 'no', 'off', 'disabled', '0', '無効', 'オフ', 'いいえ']);

/** true/false from a boolean, 0/1, or an English or Japanese word; undefined when unclear. */
export function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : undefined;
  const s = str(v)?.toLowerCase();
  if (s === undefined) return undefined;
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return undefined;
}

/**
 * ISO 8601 UTC from the date shapes Windows hands out: "/Date(1715644800000)/" (ConvertTo-Json of a
 * DateTime), ISO strings, WMI's "20240514093000.000000+540", and the locale-formatted strings of
 * Win32_QuickFixEngineering.InstalledOn: "5/14/2024" (en-US), "2024/05/14" (ja-JP), "2024年5月14日".
 * Dates without a time are taken as midnight UTC: the box compares days, not hours.
 */
export function winDate(v: unknown): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  let m = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/.exec(s);
  if (m) return validIso(new Date(Number(m[1])));
  m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.\d{6}([+-])(\d{3})$/.exec(s);
  if (m) {
    const offsetMin = Number(m[8]) * (m[7] === '-' ? -1 : 1);
    const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - offsetMin * 60_000;
    return validIso(new Date(utc));
  }
  m = /^(\d{4})[/年-](\d{1,2})[/月-](\d{1,2})日?$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, +m[1]!, +m[2]!);
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return validIso(new Date(s));
  return undefined;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return validIso(new Date(Date.UTC(y, mo - 1, d)));
}

function validIso(d: Date): string | undefined {
  const t = d.getTime();
  // 1601-01-01 and 0 are what Windows writes for "never".
  if (!Number.isFinite(t) || t <= 0) return undefined;
  return d.toISOString();
}
