import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCvdHeader } from './clamav.js';
import { collectAntivirusLinux } from './linux.js';
import { AntivirusSection } from './schema.js';

const tree = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('parseCvdHeader', () => {
  it('reads the version and build time (stime, or the text date with a "-" in the time)', () => {
    expect(parseCvdHeader('ClamAV-VDB:20 Nov 2024 08-26 +0000:27464:2068112:90:X:X:raynman:1732091160   ')).toEqual({
      version: '27464',
      buildTime: '2024-11-20T08:26:00.000Z',
    });
    expect(parseCvdHeader('ClamAV-VDB:14 Nov 2024 18-46 +0900:27458:1:90:x:y:z:')).toEqual({ version: '27458', buildTime: '2024-11-14T09:46:00.000Z' });
    expect(parseCvdHeader('\u001f\u008b binary')).toBeNull();
  });
});

describe('collectAntivirusLinux on fixture trees', () => {
  it('clamd running, daily.cld newer than daily.cvd, 5 days old: up to date', async () => {
    const av = AntivirusSection.parse(await collectAntivirusLinux({ root: tree('clamav') }, new Date('2024-11-25T08:00:00Z')));
    expect(av.products).toEqual([
      {
        name: 'ClamAV',
        vendor: 'Cisco Talos',
        enabled: true,
        upToDate: true,
        signatureVersion: '27464',
        signatureDate: '2024-11-20T08:26:00.000Z',
        source: 'clamav',
      },
    ]);
  });

  it('the same signatures a month later are out of date', async () => {
    const av = await collectAntivirusLinux({ root: tree('clamav') }, new Date('2024-12-25T08:00:00Z'));
    expect(av.products[0]?.upToDate).toBe(false);
  });

  it('Falcon running, ESET installed but not running', async () => {
    const av = await collectAntivirusLinux({ root: tree('sensors') });
    expect(av.products).toEqual([
      { name: 'CrowdStrike Falcon', vendor: 'CrowdStrike', enabled: true, upToDate: null, source: 'process' },
      { name: 'ESET Server Security', vendor: 'ESET', enabled: false, upToDate: null, source: 'path' },
    ]);
  });
});

describe('collectAntivirusLinux on this machine', () => {
  it('returns a valid section; ClamAV is listed exactly when it is installed here', async () => {
    const av = AntivirusSection.parse(await collectAntivirusLinux({ root: '/' }));
    const { existsSync } = await import('node:fs');
    const clam = ['/usr/sbin/clamd', '/usr/bin/clamscan', '/var/lib/clamav'].some((p) => existsSync(p));
    expect(av.products.some((p) => p.name === 'ClamAV')).toBe(clam);
  });
});
