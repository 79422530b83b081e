import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureRoots } from '../fixtures/roots.js';
import type { PatchesLinuxDeps } from './linux.js';
import { collectPatchesLinux } from './linux.js';
import { PatchesSection } from './schema.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const tree = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const replay = (files: Partial<Record<keyof PatchesLinuxDeps, string>>): PatchesLinuxDeps => ({
  aptSimulate: async () => (files.aptSimulate === undefined ? null : fixture(files.aptSimulate)),
  dnfCheckUpdate: async () => (files.dnfCheckUpdate === undefined ? null : fixture(files.dnfCheckUpdate)),
  dnfSecurity: async () => (files.dnfSecurity === undefined ? null : fixture(files.dnfSecurity)),
});

describe('collectPatchesLinux on fixture trees with recorded tool output', () => {
  it('Debian: apt counts, a newer kernel installed and the reboot-required flag', async () => {
    const p = PatchesSection.parse(await collectPatchesLinux({ root: tree('debian-reboot') }, replay({ aptSimulate: 'apt-simulate-debian12.txt' })));
    expect(p).toMatchObject({
      pending: 4,
      securityPending: 2,
      pendingSource: 'apt-get -s upgrade',
      kernel: { running: '6.1.0-25-amd64', installed: '6.1.0-27-amd64' },
      rebootRequired: true,
      hotfixes: [],
    });
    expect(p.pendingUpdates.every((u) => u.source === 'apt-get -s upgrade')).toBe(true);
  });

  it('Rocky 9: dnf from cache, booted on the newest kernel', async () => {
    const p = await collectPatchesLinux(
      { root: tree('rocky9') },
      replay({ dnfCheckUpdate: 'dnf-check-update-rocky9.txt', dnfSecurity: 'dnf-updateinfo-security-rocky9.txt' }),
    );
    expect(p).toMatchObject({ pending: 4, securityPending: 3, pendingSource: 'dnf -C check-update', rebootRequired: false });
  });

  it('dnf without a cache: pending unknown, and the section says why', async () => {
    const p = await collectPatchesLinux({ root: tree('rocky9') }, replay({}));
    expect(p.pending).toBeNull();
    expect(p.pendingError).toMatch(/no answer/);
  });

  it('a fixture tree never runs the live package tools', async () => {
    const p = await collectPatchesLinux({ root: fixtureRoots.debian12 });
    expect(p.pending).toBeNull();
  });
});

describe('collectPatchesLinux on this machine', () => {
  it('counts what apt-get -s upgrade shows even with no network at all', async () => {
    const p = PatchesSection.parse(await collectPatchesLinux({ root: '/' }));
    // The same simulation inside a fresh network namespace with no interfaces: it cannot fetch, so
    // matching counts show the collector's answer comes from local caches only.
    // -r (a user namespace, root inside it) lets a non-root developer make the empty network namespace too.
    const asRoot = process.getuid?.() === 0;
    const offline = execFileSync('unshare', [...(asRoot ? ['-n'] : ['-r', '-n']), 'apt-get', '-s', '-o', 'Debug::NoLocking=1', 'upgrade'], {
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: 'C' },
    });
    const inst = offline.split('\n').filter((l) => l.startsWith('Inst ')).length;
    expect(p.pending).toBe(inst);
    expect(p.securityPending).toBe(offline.split('\n').filter((l) => l.startsWith('Inst ') && /-security/.test(l)).length);
    expect(p.kernel?.running).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    expect(typeof p.rebootRequired).toBe('boolean');
  });
});
