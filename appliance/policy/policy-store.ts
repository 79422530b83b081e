// The policy the box pushes to its agents, versioned. The version lives in <data>/policy.json (not in
// state.json) and only grows: an agent re-applies (and scans at once) when it sees a new version.
import { join } from 'node:path';
import { z } from 'zod';
import { AgentPolicy, stableStringify, type PolicyMsg } from '../../protocol/wire.js';
import { readJsonOrNull, writeFileAtomic } from '../store/atomic-file.js';
import { MamoriError } from '../errors/mamori-error.js';
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
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private current: PolicyFile | null,
  ) {}

  /** Reads the stored policy and brings it in line with `settings` (a hand-edited state.json counts). */
  static async open(dataDir: string, settings: Settings): Promise<PolicyStore> {
    const file = join(dataDir, POLICY_FILE);
    const raw = await readJsonOrNull<unknown>(file);
    let current: PolicyFile | null = null;
    if (raw !== null) {
      const parsed = PolicyFile.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new MamoriError('BAD_INPUT', `${file} is not a valid policy file: ${issue.path.join('.')}: ${issue.message}`, { path: file }, { cause: parsed.error });
      }
      current = parsed.data;
    }
    const store = new PolicyStore(file, current);
    await store.refresh(settings);
    return store;
  }

  get version(): number {
    return this.current?.version ?? 0;
  }

  message(): PolicyMsg {
    const c = this.current!;
    return { t: 'policy', version: c.version, policy: c.policy };
  }

  /** Resolves true when the policy changed (a new version was stored); calls run one after another. */
  refresh(settings: Settings): Promise<boolean> {
    const next = this.queue.then(async () => {
      const policy = policyFromSettings(settings);
      if (this.current && stableStringify(this.current.policy) === stableStringify(policy)) return false;
      const updated: PolicyFile = { version: this.version + 1, policy, changedAt: new Date().toISOString() };
      await writeFileAtomic(this.file, JSON.stringify(updated, null, 2) + '\n');
      this.current = updated;
      return true;
    });
    this.queue = next.catch(() => {});
    return next;
  }
}
