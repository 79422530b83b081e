// The policy the box pushes to its agents, versioned. The version lives in <data>/policy.json (not in
// state.json) and only grows: an agent re-applies (and scans at once) when it sees a new version.
import { join } from 'node:path';
import { z } from 'zod';
import { AgentPolicy, stableStringify, type PolicyMsg } from '../../protocol/wire.js';
import { JsonStore } from '../../common/json-store.js';
import type { Settings } from '../store/state-schema.js';

export const POLICY_FILE = 'policy.json';

const PolicyFile = z.object({ version: z.number().int().positive(), policy: AgentPolicy, changedAt: z.string() });
type PolicyFile = z.infer<typeof PolicyFile>;

/** The agent policy that follows from the box's settings. */
export function policyFromSettings(settings: Settings): AgentPolicy {
  const { paths, intervalHours, maxFileMB, maxFileSeconds } = settings.scan;
  return {
    scan: { paths: [...paths], intervalHours, maxFileBytes: Math.round(maxFileMB * 1024 * 1024), maxFileMs: Math.round(maxFileSeconds * 1000) },
  };
}

export class PolicyStore {
  private constructor(private readonly file: JsonStore<PolicyFile | null>) {}

  /** Reads the stored policy and brings it in line with `settings` (a hand-edited state.json counts). */
  static async open(dataDir: string, settings: Settings): Promise<PolicyStore> {
    const file = await JsonStore.open(join(dataDir, POLICY_FILE), PolicyFile.nullable(), () => null, { what: 'policy file' });
    const store = new PolicyStore(file);
    await store.refresh(settings);
    return store;
  }

  get version(): number {
    return this.file.data?.version ?? 0;
  }

  message(): PolicyMsg {
    const c = this.file.data!;
    return { t: 'policy', version: c.version, policy: c.policy };
  }

  /** Resolves true when the policy changed (a new version was stored); versions follow call order. */
  async refresh(settings: Settings): Promise<boolean> {
    const policy = policyFromSettings(settings);
    const current = this.file.data;
    if (current && stableStringify(current.policy) === stableStringify(policy)) return false;
    await this.file.set({ version: this.version + 1, policy, changedAt: new Date().toISOString() });
    return true;
  }
}
