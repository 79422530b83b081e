import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureRoots, rocky9RpmQuery } from '../fixtures/roots.js';
import { parseDpkgStatus } from './dpkg.js';
import { collectSoftwareLinux } from './linux.js';
import { parseRpmQuery, queryRpm } from './rpm.js';
import { SoftwareSection } from './schema.js';

const noRpm = { queryRpm: async () => null };

function hasCommand(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('dpkg', () => {
  it('keeps installed and held packages; drops removed (config-files) and half-configured ones', async () => {
    const s = await collectSoftwareLinux({ root: fixtureRoots.debian12 }, noRpm);
    expect(s.packages).toEqual([
      { manager: 'dpkg', name: 'adduser', version: '3.134', arch: 'all' },
      { manager: 'dpkg', name: 'bash', version: '5.2.15-2+b7', arch: 'amd64' },
      { manager: 'dpkg', name: 'firefox-esr', version: '128.5.0esr-1~deb12u1', arch: 'amd64' },
      { manager: 'dpkg', name: 'libc6', version: '2.36-9+deb12u8', arch: 'amd64' },
      { manager: 'dpkg', name: 'libc6', version: '2.36-9+deb12u8', arch: 'i386' },
      { manager: 'dpkg', name: 'tzdata', version: '2024a-0+deb12u1', arch: 'all' },
    ]);
  });

  it('Ubuntu 24.04', async () => {
    const s = await collectSoftwareLinux({ root: fixtureRoots.ubuntu2404 }, noRpm);
    expect(s.packages.map((p) => p.name)).toEqual(['bash', 'google-chrome-stable', 'snapd']);
  });

  it('ignores a stanza without a name or version', () => {
    expect(parseDpkgStatus('Status: install ok installed\nVersion: 1\n\nPackage: x\nStatus: install ok installed\n')).toEqual([]);
  });
});

describe('rpm', () => {
  it('parses query output: epoch folded into the version, signing keys dropped, two kernels kept', () => {
    const pkgs = parseRpmQuery(readFileSync(rocky9RpmQuery, 'utf8'));
    expect(pkgs).toContainEqual({ manager: 'rpm', name: 'openssl', version: '1:3.0.7-27.el9', arch: 'x86_64' });
    expect(pkgs).toContainEqual({ manager: 'rpm', name: 'tzdata', version: '2024a-1.el9', arch: 'noarch' });
    expect(pkgs.filter((p) => p.name === 'kernel')).toHaveLength(2);
    expect(pkgs.some((p) => p.name === 'gpg-pubkey')).toBe(false);
    expect(pkgs).toHaveLength(9);
  });

  it('Rocky 9: asks rpm only where an rpm database exists, and sorts the answer', async () => {
    const asked: string[] = [];
    const replay = async (root: string) => {
      asked.push(root);
      return readFileSync(rocky9RpmQuery, 'utf8');
    };
    const s = await collectSoftwareLinux({ root: fixtureRoots.rocky9 }, { queryRpm: replay });
    expect(asked).toEqual([fixtureRoots.rocky9]);
    expect(s.packages.slice(0, 3).map((p) => `${p.name}.${p.arch}`)).toEqual(['bash.x86_64', 'glibc.i686', 'glibc.x86_64']);
    await collectSoftwareLinux({ root: fixtureRoots.debian12 }, { queryRpm: replay });
    expect(asked).toHaveLength(1);
  });

  it.skipIf(hasCommand('rpm'))('queryRpm answers null when rpm is not installed', async () => {
    expect(await queryRpm('/')).toBeNull();
  });
});

describe('apk', () => {
  it('Alpine', async () => {
    const s = await collectSoftwareLinux({ root: fixtureRoots.alpine }, noRpm);
    expect(s.packages).toEqual([
      { manager: 'apk', name: 'busybox', version: '1.36.1-r29', arch: 'aarch64' },
      { manager: 'apk', name: 'musl', version: '1.2.5-r0', arch: 'aarch64' },
      { manager: 'apk', name: 'openssh-server', version: '9.7_p1-r4', arch: 'aarch64' },
    ]);
  });
});

describe.skipIf(!hasCommand('dpkg-query'))('on this machine', () => {
  it('finds bash with the version dpkg-query reports', async () => {
    const s = SoftwareSection.parse(await collectSoftwareLinux({ root: '/' }));
    const [version, arch] = execFileSync('dpkg-query', ['-W', '-f', '${Version}\t${Architecture}', 'bash'], { encoding: 'utf8' }).split('\t');
    expect(s.packages).toContainEqual({ manager: 'dpkg', name: 'bash', version, arch });
    const count = execFileSync('dpkg-query', ['-W', '-f', '${db:Status-Status}\n'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l === 'installed').length;
    expect(s.packages.filter((p) => p.manager === 'dpkg')).toHaveLength(count);
  });
});
