// Linux `firewall` facts: nftables, iptables, ufw and firewalld, each checked if present.
import type { CollectContext } from '../collector.js';
import { runCommand } from '../exec.js';
import { readText } from '../read.js';
import { iptablesFiltersInput, nftFiltersInput, ufwEnabled } from './parse-linux.js';
import type { FirewallBackend, FirewallSection } from './schema.js';
import { anyEnabled } from './schema.js';

export interface FirewallLinuxDeps {
  run: typeof runCommand;
}

export async function collectFirewallLinux(ctx: Pick<CollectContext, 'root'>, deps: FirewallLinuxDeps = { run: runCommand }): Promise<FirewallSection> {
  const backends: FirewallBackend[] = [];
  // The rule tools read the live kernel; on a fixture tree only the files count.
  const live = ctx.root === '/';
  if (live) {
    const nft = await deps.run('nft', ['-j', 'list', 'ruleset']);
    if (nft !== null) {
      const v = nft.exitCode === 0 ? nftFiltersInput(nft.stdout.toString('utf8')) : null;
      backends.push({ name: 'nftables', enabled: v?.enabled ?? null, detail: v?.detail ?? nft.stderr.trim().slice(0, 200), source: 'nft -j list ruleset' });
    }
    const ipt = await deps.run('iptables', ['-S', 'INPUT']);
    if (ipt !== null) {
      const v = ipt.exitCode === 0 ? iptablesFiltersInput(ipt.stdout.toString('utf8')) : null;
      backends.push({ name: 'iptables', enabled: v?.enabled ?? null, detail: v?.detail ?? ipt.stderr.trim().slice(0, 200), source: 'iptables -S INPUT' });
    }
    const fwd = await deps.run('firewall-cmd', ['--state']);
    // 0 "running", 252 "not running"; anything else (no D-Bus) is unknown.
    if (fwd !== null) {
      const enabled = fwd.exitCode === 0 ? true : fwd.exitCode === 252 ? false : null;
      backends.push({ name: 'firewalld', enabled, detail: (fwd.stdout.toString('utf8').trim() || fwd.stderr.trim()).slice(0, 200), source: 'firewall-cmd --state' });
    }
  }
  const ufw = await readText(ctx.root, '/etc/ufw/ufw.conf');
  if (ufw !== null) backends.push({ name: 'ufw', enabled: ufwEnabled(ufw), source: '/etc/ufw/ufw.conf' });
  return { enabled: anyEnabled(backends), backends };
}
