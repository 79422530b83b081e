import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../exec.js';
import { machine } from '../windows/test-utils/fixtures.js';
import { parseSocketFilterState } from './darwin.js';
import { collectFirewallLinux } from './linux.js';
import { iptablesFiltersInput, nftFiltersInput, ufwEnabled } from './parse-linux.js';
import { parseFirewallWin32 } from './parse-win32.js';
import { FirewallSection } from './schema.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('Linux firewall parsers', () => {
  it('nftables: an input chain with policy drop filters; Docker NAT with an open INPUT does not', () => {
    expect(nftFiltersInput(fixture('nft-ruleset-filter.json'))).toEqual({ enabled: true, detail: 'inet filter input: policy drop, 3 rules' });
    expect(nftFiltersInput(fixture('nft-ruleset-docker-only.json'))).toEqual({ enabled: false, detail: 'ip filter INPUT: policy accept, no rules' });
    expect(nftFiltersInput('{"nftables":[{"metainfo":{}}]}')).toEqual({ enabled: false, detail: 'no input chain' });
    expect(nftFiltersInput('Error: Operation not permitted')).toBeNull();
  });

  it('iptables -S INPUT and ufw.conf', () => {
    expect(iptablesFiltersInput(fixture('iptables-S-input-drop.txt'))).toEqual({ enabled: true, detail: 'policy DROP, 3 rules' });
    expect(iptablesFiltersInput(fixture('iptables-S-input-open.txt'))).toEqual({ enabled: false, detail: 'policy ACCEPT, 0 rules' });
    expect(ufwEnabled(fixture('ufw-on/etc/ufw/ufw.conf'))).toBe(true);
    expect(ufwEnabled('ENABLED=no\n')).toBe(false);
  });
});

describe('collectFirewallLinux', () => {
  it('recorded tool output: firewalld not running, nftables filtering → enabled', async () => {
    const outputs: Record<string, CommandResult | null> = {
      nft: { stdout: Buffer.from(fixture('nft-ruleset-filter.json')), stderr: '', exitCode: 0 },
      iptables: null,
      'firewall-cmd': { stdout: Buffer.from('not running\n'), stderr: '', exitCode: 252 },
    };
    const fw = FirewallSection.parse(await collectFirewallLinux({ root: '/nonexistent-root' }, { run: async (f) => outputs[f] ?? null }));
    expect(fw).toEqual({ enabled: null, backends: [] }); // a fixture root runs no tools and has no ufw.conf
    const live = await collectFirewallLinux({ root: '/' }, { run: async (f) => outputs[f] ?? null });
    expect(live.enabled).toBe(true);
    expect(live.backends.filter((b) => b.name !== 'ufw')).toEqual([
      { name: 'nftables', enabled: true, detail: 'inet filter input: policy drop, 3 rules', source: 'nft -j list ruleset' },
      { name: 'firewalld', enabled: false, detail: 'not running', source: 'firewall-cmd --state' },
    ]);
  });

  it('a fixture tree with ufw enabled', async () => {
    const root = fileURLToPath(new URL('./fixtures/ufw-on', import.meta.url));
    expect(await collectFirewallLinux({ root })).toEqual({ enabled: true, backends: [{ name: 'ufw', enabled: true, source: '/etc/ufw/ufw.conf' }] });
  });

  it('on this machine: a valid section listing exactly the tools installed here', async () => {
    const fw = FirewallSection.parse(await collectFirewallLinux({ root: '/' }));
    const has = (tool: string): boolean => {
      try {
        execFileSync('sh', ['-c', `command -v ${tool}`]);
        return true;
      } catch {
        return false;
      }
    };
    expect(fw.backends.some((b) => b.name === 'nftables')).toBe(has('nft'));
    expect(fw.backends.some((b) => b.name === 'iptables')).toBe(has('iptables'));
    expect(fw.backends.some((b) => b.name === 'firewalld')).toBe(has('firewall-cmd'));
  });
});

describe('Windows and macOS firewall', () => {
  it('Japanese Windows 11: all three profiles on', () => {
    const fw = parseFirewallWin32(machine('win11-pro-23h2-ja').posture);
    expect(fw.enabled).toBe(true);
    expect(fw.backends.map((b) => [b.profile, b.enabled, b.detail])).toEqual([
      ['Domain', true, 'default inbound NotConfigured'],
      ['Private', true, 'default inbound NotConfigured'],
      ['Public', true, 'default inbound Block'],
    ]);
  });

  it('Windows 10 with the Public profile off is not protected', () => {
    expect(parseFirewallWin32(machine('win10-pro-22h2').posture).enabled).toBe(false);
    expect(parseFirewallWin32({ firewall: null })).toEqual({ enabled: null, backends: [] });
  });

  it('socketfilterfw --getglobalstate', () => {
    expect(parseSocketFilterState('Firewall is enabled. (State = 1)\n')).toBe(true);
    expect(parseSocketFilterState('Firewall is disabled. (State = 0)\n')).toBe(false);
    expect(parseSocketFilterState('Firewall is blocking all non-essential incoming connections (State = 2)\n')).toBe(true);
    expect(parseSocketFilterState('')).toBeNull();
  });
});
