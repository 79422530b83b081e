// The base snapshot, fetched once per inventory run and shared by the Windows collectors that need it.
import type { CollectContext } from '../collector.js';
import { perRun } from '../per-run.js';
import { WINDOWS_BASE_SCRIPT } from './base-script.js';
import { asRecord } from '../json-values.js';
import { runPowerShellJson } from './powershell.js';

export type RunScript = (script: string, what: string) => Promise<unknown>;

export function windowsBase(ctx: CollectContext, run: RunScript = runPowerShellJson): Promise<Record<string, unknown>> {
  return perRun(ctx, 'windows-base', async () => asRecord(await run(WINDOWS_BASE_SCRIPT, 'windows base inventory')));
}
