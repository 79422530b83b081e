import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectStatusLinux, parseUptime } from './linux.js';

describe('collectStatusLinux', () => {
  it('reads uptime and boot time from a fixture tree', async () => {
    expect(await collectStatusLinux({ root: fixtureRoots.debian12 })).toEqual({
      uptimeSeconds: 351234,
      bootTime: '2024-11-19T07:06:40.000Z',
    });
  });

  it('omits what is missing', async () => {
    expect(await collectStatusLinux({ root: fixtureRoots.ubuntu2404 })).toEqual({});
    expect(parseUptime('garbage')).toBeNull();
  });

  it('on this machine: boot time plus uptime is about now', async () => {
    const s = await collectStatusLinux({ root: '/' });
    expect(s.uptimeSeconds).toBeGreaterThan(0);
    const bootMs = Date.parse(s.bootTime ?? '');
    expect(Math.abs(bootMs + (s.uptimeSeconds ?? 0) * 1000 - Date.now())).toBeLessThan(5_000);
  });
});
