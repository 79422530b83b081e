// Applies a policy from the box and says, rule by rule, what became of it: the box journals that as
// `agent.policy_applied`, so an administrator sees which PCs follow which version.
import { POLICY_APPLIED_KIND, type AgentPolicy } from '../../protocol/wire.js';
import type { ScanSchedule } from './scan-schedule.js';
import type { SpoolItemLike } from './scan-events.js';
import { resolveScanRoots } from './scan-paths.js';

export type RuleResult =
  | { rule: 'scan'; status: 'applied'; roots: string[]; usedDefaults: boolean; intervalHours: number }
  | { rule: 'collectIntervalMinutes'; status: 'applied'; minutes: number }
  | { rule: string; status: 'unsupported' | 'failed'; message: string };

const KNOWN = new Set(['scan', 'collectIntervalMinutes']);

export interface PolicyTargets {
  scans: ScanSchedule;
  setCollectEveryMs(ms: number): void;
  platform?: NodeJS.Platform;
}

/**
 * Applies `policy`. A new version scans at once (`lastScanAt` undefined); at start-up the stored
 * policy is re-applied with the last scan time, so a restart does not rescan.
 */
export async function applyPolicy(policy: AgentPolicy, targets: PolicyTargets, lastScanAt?: string): Promise<RuleResult[]> {
  const results: RuleResult[] = [];
  try {
    const { roots, usedDefaults } = await resolveScanRoots(policy.scan.paths, targets.platform);
    targets.scans.apply(policy.scan, lastScanAt);
    results.push({ rule: 'scan', status: 'applied', roots, usedDefaults, intervalHours: policy.scan.intervalHours });
  } catch (err) {
    results.push({ rule: 'scan', status: 'failed', message: err instanceof Error ? err.message.slice(0, 200) : 'failed' });
  }
  if (policy.collectIntervalMinutes !== undefined) {
    targets.setCollectEveryMs(policy.collectIntervalMinutes * 60_000);
    results.push({ rule: 'collectIntervalMinutes', status: 'applied', minutes: policy.collectIntervalMinutes });
  }
  for (const rule of Object.keys(policy)) {
    if (!KNOWN.has(rule)) results.push({ rule, status: 'unsupported', message: 'this agent version does not know this rule' });
  }
  return results;
}

export function policyAppliedEvent(version: number, results: RuleResult[]): SpoolItemLike {
  const ok = results.every((r) => r.status === 'applied');
  return { kind: POLICY_APPLIED_KIND, data: { version, ok, results } };
}
