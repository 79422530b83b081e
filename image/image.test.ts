import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const here = new URL('.', import.meta.url).pathname;
const nft = ['/usr/sbin/nft', '/sbin/nft'].find((p) => existsSync(p));

describe('image files', () => {
  it('shell scripts parse', () => {
    for (const f of ['install.sh', 'firstboot.sh']) execFileSync('sh', ['-n', join(here, f)]);
  });

  it('the service runs the built entry with the data folder the admin commands default to', () => {
    const unit = readFileSync(join(here, 'systemd/mamori.service'), 'utf8');
    expect(unit).toMatch(/ExecStart=\/usr\/bin\/node \/opt\/mamori\/dist\/cli\/mamori\.js serve --data \/var\/lib\/mamori/);
    expect(unit).toMatch(/^User=mamori$/m);
    expect(unit).toMatch(/^CapabilityBoundingSet=$/m);
    const pkg = JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.mamori).toBe('dist/cli/mamori.js');
  });

  it.skipIf(!nft)(`the firewall ruleset is valid nftables syntax${nft ? '' : ' (skipped: nft is not installed)'}`, () => {
    // nft -c still needs CAP_NET_ADMIN; a non-root developer gets it inside a user + network namespace.
    const args = ['-c', '-f', join(here, 'nftables/mamori.nft')];
    const r = process.getuid?.() === 0 ? spawnSync(nft!, args, { encoding: 'utf8' }) : spawnSync('unshare', ['-r', '-n', nft!, ...args], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
