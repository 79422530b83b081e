import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAptSimulate } from './apt.js';
import { markSecurity, parseDnfCheckUpdate, parseDnfSecurity } from './dnf.js';
import { compareVersions, newestKernel } from './kernel.js';
import { parseSoftwareUpdateList } from './softwareupdate.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseAptSimulate', () => {
  it('Debian 12: Inst lines only, security from the -security suite', () => {
    expect(parseAptSimulate(fixture('apt-simulate-debian12.txt')).map((r) => [r.name, r.version, r.security])).toEqual([
      ['base-files', '12.4+deb12u8', false],
      ['libssl3', '3.0.15-1~deb12u1', true],
      ['openssl', '3.0.15-1~deb12u1', true],
      ['tzdata', '2024b-0+deb12u1', false],
    ]);
  });

  it('Ubuntu 24.04: a package offered by -updates and -security counts as security', () => {
    expect(parseAptSimulate(fixture('apt-simulate-ubuntu2404.txt')).map((r) => [r.name, r.security])).toEqual([
      ['libcurl4t64', true],
      ['python3-jinja2', false],
    ]);
  });

  it('nothing to upgrade', () => {
    expect(parseAptSimulate(fixture('apt-simulate-none.txt'))).toEqual([]);
  });
});

describe('dnf', () => {
  it('check-update rows stop at "Obsoleting Packages"; updateinfo marks security with severity', () => {
    const rows = markSecurity(parseDnfCheckUpdate(fixture('dnf-check-update-rocky9.txt')), parseDnfSecurity(fixture('dnf-updateinfo-security-rocky9.txt')));
    expect(rows.map((r) => [r.name, r.version, r.security, r.severity])).toEqual([
      ['kernel', '5.14.0-427.42.1.el9_4', true, 'Important'],
      ['kernel-core', '5.14.0-427.42.1.el9_4', true, 'Important'],
      ['openssl-libs', '1:3.0.7-28.el9_4', true, 'Moderate'],
      ['tzdata', '2024b-2.el9', false, undefined],
    ]);
  });
});

describe('kernel versions', () => {
  it('natural order', () => {
    expect(compareVersions('6.1.0-9-amd64', '6.1.0-25-amd64')).toBeLessThan(0);
    expect(newestKernel(['6.1.0-25-amd64', '6.1.0-27-amd64', '6.1.0-9-amd64'])).toBe('6.1.0-27-amd64');
    expect(newestKernel([])).toBeUndefined();
  });
});

describe('parseSoftwareUpdateList', () => {
  it('labels, titles, versions; recommended updates count as security', () => {
    expect(parseSoftwareUpdateList(fixture('softwareupdate-list-sonoma.txt')).map((r) => [r.name, r.version, r.security])).toEqual([
      ['macOS Sonoma 14.7.1', '14.7.1', true],
      ['Safari', '18.1', true],
      ['Command Line Tools for Xcode', '16.1', false],
    ]);
    expect(parseSoftwareUpdateList(fixture('softwareupdate-list-none.txt'))).toEqual([]);
  });
});
