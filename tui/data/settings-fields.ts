// The editable settings: where each lives in the settings object, how it is typed in, and what is valid.
// The daemon validates again (and has the last word); this catches typos before a round trip.
import type { MessageKey } from '../i18n/en.js';
import type { Settings } from './types.js';

export type FieldKind = { type: 'bool' } | { type: 'int'; min: number; max: number } | { type: 'list'; spacesAllowed: boolean };

export interface SettingsField {
  path: readonly string[];
  label: MessageKey;
  kind: FieldKind;
}

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  { path: ['discovery', 'enabled'], label: 'settings.discovery.enabled', kind: { type: 'bool' } },
  { path: ['discovery', 'interfaces'], label: 'settings.discovery.interfaces', kind: { type: 'list', spacesAllowed: false } },
  { path: ['discovery', 'targets'], label: 'settings.discovery.targets', kind: { type: 'list', spacesAllowed: false } },
  { path: ['discovery', 'communities'], label: 'settings.discovery.communities', kind: { type: 'list', spacesAllowed: false } },
  { path: ['discovery', 'intervalMinutes'], label: 'settings.discovery.intervalMinutes', kind: { type: 'int', min: 1, max: 10_080 } },
  { path: ['discovery', 'browseWindowMs'], label: 'settings.discovery.browseWindowMs', kind: { type: 'int', min: 500, max: 60_000 } },
  { path: ['discovery', 'missingAfterMinutes'], label: 'settings.discovery.missingAfterMinutes', kind: { type: 'int', min: 1, max: 525_600 } },
  // Windows folders may contain spaces ("C:\Program Files"), so scan paths allow them.
  { path: ['scan', 'paths'], label: 'settings.scan.paths', kind: { type: 'list', spacesAllowed: true } },
  { path: ['scan', 'intervalHours'], label: 'settings.scan.intervalHours', kind: { type: 'int', min: 1, max: 720 } },
  { path: ['retentionDays'], label: 'settings.retentionDays', kind: { type: 'int', min: 1, max: 3650 } },
];

export type FieldValue = boolean | number | string[];

export function fieldKey(f: SettingsField): string {
  return f.path.join('.');
}

export function readField(settings: Settings, f: SettingsField): FieldValue {
  let v: unknown = settings;
  for (const p of f.path) v = (v as Record<string, unknown> | undefined)?.[p];
  return v as FieldValue;
}

export function showValue(v: FieldValue | undefined, yesNo: { yes: string; no: string }): string {
  if (typeof v === 'boolean') return v ? yesNo.yes : yesNo.no;
  if (Array.isArray(v)) return v.join(', ');
  return v === undefined ? '' : String(v);
}

export function editText(v: FieldValue | undefined): string {
  return Array.isArray(v) ? v.join(',') : v === undefined ? '' : String(v);
}

export type Parsed = { ok: true; value: FieldValue } | { ok: false; error: MessageKey; vars?: Record<string, number> };

export function parseField(f: SettingsField, text: string): Parsed {
  const kind = f.kind;
  if (kind.type === 'bool') return { ok: true, value: /^(1|true|yes|on|y|はい)$/i.test(text.trim()) };
  if (kind.type === 'int') {
    const n = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || n < kind.min || n > kind.max) return { ok: false, error: 'settings.invalid.int', vars: { min: kind.min, max: kind.max } };
    return { ok: true, value: n };
  }
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (!kind.spacesAllowed && items.some((s) => /\s/.test(s))) return { ok: false, error: 'settings.invalid.list' };
  return { ok: true, value: items };
}

/** The nested patch for settings.update from edits keyed by field path ("discovery.targets"). */
export function buildPatch(edits: ReadonlyMap<string, FieldValue>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of edits) {
    const path = key.split('.');
    let node = patch;
    for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return patch;
}
