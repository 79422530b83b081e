// Windows `firewall` section: Get-NetFirewallProfile, one row per profile. Enabled arrives as a
// GpoBoolean (1/0 in Windows PowerShell 5.1, "True"/"False" in 7).
import { records, str } from '../json-values.js';
import { bool } from '../windows/json.js';
import type { FirewallBackend, FirewallSection } from './schema.js';

export function parseFirewallWin32(posture: Record<string, unknown>): FirewallSection {
  const backends: FirewallBackend[] = [];
  for (const p of records(posture.firewall)) {
    const profile = str(p.Name);
    if (profile === undefined) continue;
    const row: FirewallBackend = { name: 'windows-profile', profile, enabled: bool(p.Enabled) ?? null, source: 'Get-NetFirewallProfile' };
    const inbound = str(p.DefaultInboundAction);
    if (inbound !== undefined) row.detail = `default inbound ${inboundAction(inbound)}`;
    backends.push(row);
  }
  // Every profile must be on: which one applies changes as the PC moves between networks.
  const enabled = backends.some((b) => b.enabled === false)
    ? false
    : backends.length === 0 || backends.some((b) => b.enabled === null)
      ? null
      : true;
  return { enabled, backends };
}

// NetSecurity.Action: 0 NotConfigured, 2 Allow, 4 Block.
function inboundAction(v: string): string {
  return ({ '0': 'NotConfigured', '2': 'Allow', '4': 'Block' } as Record<string, string>)[v] ?? v;
}
