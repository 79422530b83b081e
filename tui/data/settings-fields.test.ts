import { describe, expect, it } from 'vitest';
import { buildPatch, parseField, SETTINGS_FIELDS } from './settings-fields.js';

const field = (key: string) => SETTINGS_FIELDS.find((f) => f.path.join('.') === key)!;

describe('settings fields', () => {
  it('validates numbers against their range', () => {
    expect(parseField(field('retentionDays'), '400')).toEqual({ ok: true, value: 400 });
    expect(parseField(field('retentionDays'), '0').ok).toBe(false);
    expect(parseField(field('retentionDays'), '12abc').ok).toBe(false);
    expect(parseField(field('discovery.intervalMinutes'), '99999').ok).toBe(false);
  });

  it('splits lists on commas; spaces only where a value may hold them', () => {
    expect(parseField(field('discovery.targets'), '198.51.100.0/24, 10.0.0.5:161')).toEqual({ ok: true, value: ['198.51.100.0/24', '10.0.0.5:161'] });
    expect(parseField(field('discovery.targets'), '198.51.100.0 /24').ok).toBe(false);
    expect(parseField(field('scan.paths'), 'C:\\Program Files,D:\\共有')).toEqual({ ok: true, value: ['C:\\Program Files', 'D:\\共有'] });
  });

  it('builds one nested patch from several edits', () => {
    const patch = buildPatch(new Map<string, boolean | number | string[]>([['discovery.enabled', true], ['discovery.targets', ['10.0.0.0/24']], ['retentionDays', 90]]));
    expect(patch).toEqual({ discovery: { enabled: true, targets: ['10.0.0.0/24'] }, retentionDays: 90 });
  });
});
