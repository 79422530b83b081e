// macOS `patches` facts from softwareupdate's cached list (no scan, so no network).
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import type { PatchesSection } from './schema.js';
import { MAX_LISTED_UPDATES } from './schema.js';
import { parseSoftwareUpdateList, SOFTWAREUPDATE_SOURCE } from './softwareupdate.js';

export async function collectPatchesDarwin(
  _ctx: CollectContext,
  run: () => Promise<string | null> = () => commandText('softwareupdate', ['--list', '--no-scan'], [0], { timeoutMs: 60_000 }),
): Promise<PatchesSection> {
  const text = await run();
  const section: PatchesSection = { hotfixes: [], pending: null, securityPending: null, pendingUpdates: [], rebootRequired: null, pendingSource: SOFTWAREUPDATE_SOURCE };
  if (text === null) {
    section.pendingError = 'softwareupdate gave no answer';
    return section;
  }
  const rows = parseSoftwareUpdateList(text);
  section.pending = rows.length;
  section.securityPending = rows.filter((r) => r.security).length;
  section.pendingUpdates = rows.slice(0, MAX_LISTED_UPDATES);
  return section;
}
