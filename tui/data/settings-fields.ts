// The settings form, generated from the settings schema (contract/settings.ts): every field with its
// label, help, unit, bounds and whether it may be edited here. This file only turns typed text into a
// value and says what is wrong in the user's language; the daemon validates again and has the last word.
import { readSetting, settingFields, type SettingField, type Settings } from '../../appliance/control/contract/index.js';
import { en, type MessageKey } from '../i18n/en.js';
import type { I18n } from '../i18n/i18n.js';

export type { SettingField } from '../../appliance/control/contract/index.js';

export const SETTINGS_FIELDS: readonly SettingField[] = settingFields();

export type FieldValue = boolean | number | string[];

/** A key the schema names for a label, help line or unit, checked against the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The text of a schema-named key; the key itself if a catalogue lacks it (settings-fields.test.ts prevents that). */
export function schemaText(t: I18n['t'], key: string, vars?: Record<string, string | number>): string {
  return isMessageKey(key) ? t(key, vars) : key;
}

export function readField(settings: Settings, f: SettingField): FieldValue {
  return readSetting(settings, f) as FieldValue;
}

export function showValue(f: SettingField, v: FieldValue | undefined, t: I18n['t']): string {
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (Array.isArray(v)) return v.join(', ');
  if (v === undefined) return '';
  return f.unit ? schemaText(t, `unit.${f.unit}`, { value: v }) : String(v);
}

export function editText(v: FieldValue | undefined): string {
  return Array.isArray(v) ? v.join(',') : v === undefined ? '' : String(v);
}

export type Parsed = { ok: true; value: FieldValue } | { ok: false; error: MessageKey; vars?: Record<string, string | number> };

/** `≥ 1, ≤ 3650` in the user's language, from the bounds the schema holds. */
export function rangeText(kind: Extract<SettingField['kind'], { type: 'number' }>, t: I18n['t']): string {
  const parts: string[] = [];
  if (kind.min !== undefined) parts.push(t(kind.minExclusive ? 'settings.range.above' : 'settings.range.atLeast', { n: kind.min }));
  if (kind.max !== undefined) parts.push(t(kind.maxExclusive ? 'settings.range.below' : 'settings.range.atMost', { n: kind.max }));
  return parts.join(t('settings.range.and'));
}

export function parseField(f: SettingField, text: string, t: I18n['t']): Parsed {
  const kind = f.kind;
  const trimmed = text.trim();
  if (kind.type === 'bool') return { ok: true, value: /^(1|true|yes|on|y|はい)$/i.test(trimmed) };
  if (kind.type === 'number') {
    const n = Number(trimmed);
    const shape = kind.integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    const inRange =
      (kind.min === undefined || (kind.minExclusive ? n > kind.min : n >= kind.min)) && (kind.max === undefined || (kind.maxExclusive ? n < kind.max : n <= kind.max));
    if (!shape.test(trimmed) || !inRange) return { ok: false, error: kind.integer ? 'settings.invalid.int' : 'settings.invalid.number', vars: { range: rangeText(kind, t) } };
    return { ok: true, value: n };
  }
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  if (!kind.spacesInItems && items.some((s) => /\s/.test(s))) return { ok: false, error: 'settings.invalid.list' };
  return { ok: true, value: items };
}
