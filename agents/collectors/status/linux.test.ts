import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectStatusLinux, parseUptime } from './linux.js';

describe('collectStatusLinux', () => {
  it('reads the boot time (whole minutes) from a fixture tree, not the ever-changing uptime', async () => {
    expect(await collectStatusLinux({ root: fixtureRoots.debian12 })).toEqual({ bootTime: '2024-11-19T07:06:00.000Z' });
  });

  it('omits what is missing', async () => {
    expect(await collectStatusLinux({ root: fixtureRoots.ubuntu2404 })).toEqual({});
    expect(parseUptime('garbage')).toBeNull();
  });

  it('on this machine: boot time plus uptime is about now, and two collections are identical', async () => {
    const s = await collectStatusLinux({ root: '/' });
    const uptime = parseUptime(readFileSync('/proc/uptime', 'utf8'))!;
    expect(Math.abs(Date.parse(s.bootTime ?? '') + uptime * 1000 - Date.now())).toBeLessThan(65_000);
    expect(await collectStatusLinux({ root: '/' })).toEqual(s);
  });
});
