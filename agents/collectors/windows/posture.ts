// The posture snapshot and the pending-updates search, each run once per inventory run.
import type { CollectContext } from '../collector.js';
import { perRun } from '../per-run.js';
import type { RunScript } from './base.js';
import { asRecord } from '../json-values.js';
import { WINDOWS_POSTURE_SCRIPT, WINDOWS_UPDATES_SCRIPT } from './posture-script.js';
import { runPowerShellJson } from './powershell.js';

export function windowsPosture(ctx: CollectContext, run: RunScript = runPowerShellJson): Promise<Record<string, unknown>> {
  return perRun(ctx, 'windows-posture', async () => asRecord(await run(WINDOWS_POSTURE_SCRIPT, 'windows posture')));
}

/**
 * The search result, or `{ error }` when the Windows Update agent cannot be asked (service disabled,
 * COM error): pending updates are then unknown, which the patches section says, while the rest of the
 * section (build, hotfixes) is still sent.
 */
export function windowsUpdates(ctx: CollectContext, run: RunScript = runPowerShellJson): Promise<Record<string, unknown>> {
  return perRun(ctx, 'windows-updates', async () => {
    try {
      return asRecord(await run(WINDOWS_UPDATES_SCRIPT, 'windows pending updates'));
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  });
}
