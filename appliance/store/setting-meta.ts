// What a person needs to know about each setting, attached to its schema entry (state-schema.ts), so
// the TUI's form, the CLI and the docs are generated from the one place that also holds its bounds.
import { z } from 'zod';

export const SETTING_UNITS = ['days', 'hours', 'minutes', 'seconds', 'milliseconds', 'megabytes', 'events', 'eventsPerSecond'] as const;
export type SettingUnit = (typeof SETTING_UNITS)[number];

export interface SettingMeta {
  /** i18n key of the short label, e.g. `settings.scan.maxFileMB` (tui/i18n: en.ts and ja.ts). */
  label: string;
  /** i18n key of one sentence saying what it does and why one would change it. */
  description: string;
  unit?: SettingUnit;
  /** False for settings shown but changed only another way; default true. */
  editable?: boolean;
  /** List settings: whether an item may contain spaces (a Windows folder may; an IP address may not). */
  spacesInItems?: boolean;
}

export const settingMeta = z.registry<SettingMeta>();

/** Registers `meta` for one setting's schema entry and returns the entry. */
export function setting<T extends z.ZodType>(schema: T, meta: SettingMeta): T {
  settingMeta.add(schema, meta);
  return schema;
}
