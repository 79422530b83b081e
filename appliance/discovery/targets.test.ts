import { describe, expect, test } from 'vitest';
import { isMamoriError } from '../errors/mamori-error.js';
import { parseTargets } from './targets.js';

describe('SNMP targets', () => {
  test('CIDR, host, host:port, lists, dedupe', () => {
    const t = parseTargets(['10.0.0.0/30', '10.0.0.2, 10.0.0.9:1161', 'printer.lan']);
    expect(t).toEqual([
      { host: '10.0.0.1', port: 161 }, { host: '10.0.0.2', port: 161 },
      { host: '10.0.0.9', port: 1161 }, { host: 'printer.lan', port: 161 },
    ]);
    expect(parseTargets(['198.51.100.0/24'])).toHaveLength(254);
    expect(parseTargets(['198.51.100.7/32'])).toEqual([{ host: '198.51.100.7', port: 161 }]);
    expect(parseTargets(['198.51.100.77/24'])[0]).toEqual({ host: '198.51.100.1', port: 161 });
  });
  test.each(['10.0.0.0/33', '10.0.0.300/24', '10.0.0.0/8', 'bad_host!', '10.0.0.1:70000', '10.0.0.256', 'a/b'])('%s is a clear BAD_INPUT error', (spec) => {
    try {
      parseTargets([spec]);
      expect.unreachable();
    } catch (e) {
      expect(isMamoriError(e, 'BAD_INPUT')).toBe(true);
      expect((e as Error).message).toContain(spec.split(':')[0]!.split('/')[0]!.slice(0, 5));
    }
  });
});
