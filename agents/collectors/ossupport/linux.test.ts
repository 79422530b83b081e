import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import { collectOsSupportLinux } from './linux.js';
import { OsSupportSection } from './schema.js';

const now = new Date('2026-01-15T00:00:00Z');

describe('collectOsSupportLinux on fixture trees', () => {
  it('Debian 12, Ubuntu 24.04, Rocky 9.4, and Alpine (not in the table)', async () => {
    const debian = OsSupportSection.parse(await collectOsSupportLinux({ root: fixtureRoots.debian12 }, now, ''));
    expect(debian).toMatchObject({ status: 'supported', os: 'Debian GNU/Linux 12 (bookworm)', product: 'Debian 12', endOfSupport: '2028-06-30', table: { origin: 'bundled' } });
    expect(await collectOsSupportLinux({ root: fixtureRoots.ubuntu2404 }, now, '')).toMatchObject({ product: 'Ubuntu 24.04 LTS', endOfSupport: '2029-05-31' });
    expect(await collectOsSupportLinux({ root: fixtureRoots.rocky9 }, now, '')).toMatchObject({ product: 'Rocky Linux 9', endOfSupport: '2032-05-31' });
    const alpine = await collectOsSupportLinux({ root: fixtureRoots.alpine }, now, '');
    expect(alpine.status).toBe('unknown');
    expect(alpine.endOfSupport).toBeUndefined();
  });
});

describe('collectOsSupportLinux on this machine', () => {
  it('judges the running distribution', async () => {
    const s = OsSupportSection.parse(await collectOsSupportLinux({ root: '/' }, new Date(), ''));
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?(.*?)"?$/m.exec(release)?.[1];
    expect(s.os).toBe(pretty);
    const id = /^ID=(.*)$/m.exec(release)?.[1]?.replace(/"/g, '');
    if (id === 'debian' || id === 'ubuntu') expect(s.status).not.toBe('unknown');
  });
});
