import { describe, expect, it } from 'vitest';
import { settingsPatch } from './settings.js';

describe('settingsPatch', () => {
  it('nests dotted keys and parses JSON values', () => {
    expect(settingsPatch('discovery.targets', '["192.0.2.0/24"]')).toEqual({ discovery: { targets: ['192.0.2.0/24'] } });
    expect(settingsPatch('retentionDays', '90')).toEqual({ retentionDays: 90 });
    expect(settingsPatch('discovery.interfaces', 'eth0')).toEqual({ discovery: { interfaces: 'eth0' } });
  });

  it('refuses keys that are not plain dotted names', () => {
    expect(() => settingsPatch('__proto__.x', '1')).toThrow(/not a settings key/);
    expect(() => settingsPatch('a..b', '1')).toThrow(/not a settings key/);
  });
});
