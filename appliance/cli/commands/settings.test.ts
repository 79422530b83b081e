import { describe, expect, it } from 'vitest';
import { settingPatch } from './settings.js';

describe('settingPatch', () => {
  it('nests dotted keys and parses JSON values', () => {
    expect(settingPatch('discovery.targets', '["192.0.2.0/24"]')).toEqual({ discovery: { targets: ['192.0.2.0/24'] } });
    expect(settingPatch('retentionDays', '90')).toEqual({ retentionDays: 90 });
    expect(settingPatch('discovery.interfaces', 'eth0')).toEqual({ discovery: { interfaces: 'eth0' } });
  });

  it('refuses keys that are not plain dotted names', () => {
    expect(() => settingPatch('__proto__.x', '1')).toThrow(/not a settings key/);
    expect(() => settingPatch('a..b', '1')).toThrow(/not a settings key/);
  });
});
