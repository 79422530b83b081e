import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setting, settingFields, settingsPatch } from '../../appliance/control/contract/index.js';
import { en } from '../i18n/en.js';
import { createI18n } from '../i18n/i18n.js';
import { ja } from '../i18n/ja.js';
import { parseField, SETTINGS_FIELDS, showValue } from './settings-fields.js';

const field = (key: string) => SETTINGS_FIELDS.find((f) => f.key === key)!;
const { t } = createI18n('en');

describe('settings fields', () => {
  it('come from the schema: every setting the box has, including the scan limits and the rate limit', () => {
    expect(SETTINGS_FIELDS.map((f) => f.key)).toEqual([
      'retentionDays',
      'rateLimit.eventsPerSecond',
      'rateLimit.burst',
      'discovery.enabled',
      'discovery.interfaces',
      'discovery.targets',
      'discovery.communities',
      'discovery.intervalMinutes',
      'discovery.browseWindowMs',
      'discovery.missingAfterMinutes',
      'scan.paths',
      'scan.intervalHours',
      'scan.maxFileMB',
      'scan.maxFileSeconds',
    ]);
    expect(field('scan.maxFileMB').kind).toEqual({ type: 'number', integer: false, min: 0, minExclusive: true, max: 65_536, maxExclusive: false });
    expect(field('discovery.intervalMinutes').kind).toMatchObject({ type: 'number', integer: false, min: 0.05 });
  });

  it('have a label, a help line and a unit text in both languages', () => {
    for (const f of SETTINGS_FIELDS) {
      for (const key of [f.label, f.description, ...(f.unit ? [`unit.${f.unit}`] : [])]) {
        expect(Object.hasOwn(en, key), `en: ${key}`).toBe(true);
        expect(Object.hasOwn(ja, key), `ja: ${key}`).toBe(true);
      }
    }
  });

  it('validates numbers against the bounds the box enforces', () => {
    expect(parseField(field('retentionDays'), '400', t)).toEqual({ ok: true, value: 400 });
    expect(parseField(field('retentionDays'), '0', t)).toEqual({ ok: false, error: 'settings.invalid.int', vars: { range: '≥ 1' } });
    expect(parseField(field('retentionDays'), '12abc', t).ok).toBe(false);
    expect(parseField(field('scan.maxFileMB'), '0.5', t)).toEqual({ ok: true, value: 0.5 });
    expect(parseField(field('scan.maxFileMB'), '0', t)).toEqual({ ok: false, error: 'settings.invalid.number', vars: { range: '> 0, ≤ 65536' } });
    expect(parseField(field('scan.maxFileMB'), '70000', t).ok).toBe(false);
    expect(parseField(field('discovery.intervalMinutes'), '0.5', t)).toEqual({ ok: true, value: 0.5 });
  });

  it('splits lists on commas; spaces only where a value may hold them', () => {
    expect(parseField(field('discovery.targets'), '198.51.100.0/24, 10.0.0.5:161', t)).toEqual({ ok: true, value: ['198.51.100.0/24', '10.0.0.5:161'] });
    expect(parseField(field('discovery.targets'), '198.51.100.0 /24', t).ok).toBe(false);
    expect(parseField(field('scan.paths'), 'C:\\Program Files,D:\\共有', t)).toEqual({ ok: true, value: ['C:\\Program Files', 'D:\\共有'] });
  });

  it('shows values with their unit', () => {
    expect(showValue(field('retentionDays'), 365, t)).toBe('365 days');
    expect(showValue(field('scan.maxFileMB'), 512, createI18n('ja').t)).toBe('512 MB');
    expect(showValue(field('discovery.enabled'), true, t)).toBe('yes');
  });

  it('builds one nested patch from several edits', () => {
    const patch = settingsPatch(new Map<string, unknown>([['discovery.enabled', true], ['discovery.targets', ['10.0.0.0/24']], ['retentionDays', 90]]));
    expect(patch).toEqual({ discovery: { enabled: true, targets: ['10.0.0.0/24'] }, retentionDays: 90 });
  });

  it('refuses a setting the form cannot edit, rather than showing it wrong', () => {
    const odd = z.object({ table: setting(z.record(z.string(), z.number()).default({}), { label: 'x', description: 'y' }) });
    expect(() => settingFields(odd)).toThrow(/setting table/);
  });
});
