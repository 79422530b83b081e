// The box's settings through the control socket, and the description of each field (label, help,
// unit, bounds, editable) that forms and help are generated from. The schema is SettingsSchema in
// store/state-schema.ts; a new setting is one entry there (with setting() metadata) plus its i18n keys.
import { z } from 'zod';
import { settingMeta, type SettingMeta, type SettingUnit } from '../../store/setting-meta.js';
import { SettingsSchema, type Settings } from '../../store/state-schema.js';
import { summarizeIssues } from '../../../common/zod-issues.js';

export { SettingsSchema, type Settings } from '../../store/state-schema.js';
export { setting, SETTING_UNITS, type SettingMeta, type SettingUnit } from '../../store/setting-meta.js';

export const settingsMethods = {
  'settings.get': z.object({}),
  /** A nested partial of Settings: `{ discovery: { targets: [...] } }`; validated as a whole after merging. */
  'settings.update': z.object({ patch: z.record(z.string(), z.unknown()) }),
} as const;

export interface SettingsResults {
  'settings.get': Settings;
  'settings.update': Settings;
}

export type SettingKind =
  | { type: 'bool' }
  | { type: 'number'; integer: boolean; min?: number; minExclusive: boolean; max?: number; maxExclusive: boolean }
  | { type: 'list'; spacesInItems: boolean };

export interface SettingField {
  /** Dotted key, as `mamori settings set` takes it: `scan.maxFileMB`. */
  key: string;
  path: readonly string[];
  /** i18n keys (tui/i18n). */
  label: string;
  description: string;
  unit?: SettingUnit;
  editable: boolean;
  kind: SettingKind;
  default: unknown;
}

interface JsonNode {
  type?: string;
  properties?: Record<string, JsonNode>;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

function kindOf(node: JsonNode, meta: SettingMeta, key: string): SettingKind {
  if (node.type === 'boolean') return { type: 'bool' };
  if (node.type === 'array') return { type: 'list', spacesInItems: meta.spacesInItems ?? false };
  if (node.type === 'integer' || node.type === 'number') {
    const bound = (v: number | undefined) => (v === undefined || Math.abs(v) >= Number.MAX_SAFE_INTEGER ? undefined : v);
    const min = bound(node.exclusiveMinimum ?? node.minimum);
    const max = bound(node.exclusiveMaximum ?? node.maximum);
    return { type: 'number', integer: node.type === 'integer', min, minExclusive: node.exclusiveMinimum !== undefined, max, maxExclusive: node.exclusiveMaximum !== undefined };
  }
  throw new Error(`setting ${key}: a ${node.type ?? 'value'} has no form field; describe how to edit it in contract/settings.ts`);
}

/** Every setting that carries metadata, in schema order, with its bounds read from the schema itself. */
export function settingFields(schema: z.ZodType = SettingsSchema): SettingField[] {
  // zod writes the registered metadata into the JSON Schema nodes: one walk gives bounds and labels.
  const root = z.toJSONSchema(schema, { metadata: settingMeta, io: 'input', unrepresentable: 'any' }) as JsonNode;
  const out: SettingField[] = [];
  const walk = (node: JsonNode, path: string[]) => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const here = [...path, name];
      const meta = child as JsonNode & Partial<SettingMeta>;
      if (typeof meta.label === 'string' && typeof meta.description === 'string') {
        const m: SettingMeta = { label: meta.label, description: meta.description, unit: meta.unit, editable: meta.editable, spacesInItems: meta.spacesInItems };
        const key = here.join('.');
        out.push({ key, path: here, label: m.label, description: m.description, unit: m.unit, editable: m.editable ?? true, kind: kindOf(child, m, key), default: child.default });
      } else if (child.type === 'object') walk(child, here);
    }
  };
  walk(root, []);
  return out;
}

/** The value of one field in a settings object. */
export function readSetting(settings: Settings, field: Pick<SettingField, 'path'>): unknown {
  let v: unknown = settings;
  for (const p of field.path) v = (v as Record<string, unknown> | undefined)?.[p];
  return v;
}

/** `[['discovery.targets', [...]], ['retentionDays', 90]]` -> `{ discovery: { targets: [...] }, retentionDays: 90 }`. */
export function settingsPatch(edits: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of edits) {
    const path = key.split('.');
    let node = patch;
    for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return patch;
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Settings with a patch laid over them (objects merge, everything else replaces); the input is not changed. */
export function mergeSettingsPatch(settings: Settings, patch: Record<string, unknown>): Record<string, unknown> {
  const merge = (target: Record<string, unknown>, p: Record<string, unknown>): Record<string, unknown> => {
    for (const [k, v] of Object.entries(p)) {
      if (UNSAFE_KEYS.has(k)) continue;
      const cur = target[k];
      if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur))
        target[k] = merge(cur as Record<string, unknown>, v as Record<string, unknown>);
      else target[k] = v;
    }
    return target;
  };
  return merge(structuredClone(settings) as Record<string, unknown>, patch);
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; field: string; message: string };

/** Validates settings as the box stores them; a failure names the field (`settings.scan.maxFileMB`). */
export function checkSettings(candidate: unknown): SettingsCheck {
  const parsed = SettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const s = summarizeIssues(parsed.error, ['settings']);
  return { ok: false, field: s.field, message: s.text };
}
