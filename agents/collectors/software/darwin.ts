// macOS `software` facts: one system_profiler run over the applications (several seconds on a full Mac).
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import { parseSoftwareDarwin } from './parse-darwin.js';
import type { SoftwareSection } from './schema.js';

export async function collectSoftwareDarwin(
  _ctx: CollectContext,
  run: () => Promise<string | null> = () => commandText('system_profiler', ['-json', 'SPApplicationsDataType'], [0], { timeoutMs: 120_000 }),
): Promise<SoftwareSection> {
  return parseSoftwareDarwin(await run());
}
