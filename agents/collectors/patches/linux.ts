// Linux `patches` facts. apt and dnf run only from their local caches (apt-get -s, dnf -C): the agent
// never fetches package lists, so the counts are as fresh as the machine's own last update check.
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import { exists, listDir, readTrimmed } from '../read.js';
import { APT_SOURCE, parseAptSimulate } from './apt.js';
import { DNF_SOURCE, markSecurity, parseDnfCheckUpdate, parseDnfSecurity } from './dnf.js';
import { memoByFiles } from './file-memo.js';
import { compareVersions, newestKernel } from './kernel.js';
import type { PatchesSection, PendingUpdate } from './schema.js';
import { MAX_LISTED_UPDATES } from './schema.js';

export interface PatchesLinuxDeps {
  /** Each returns the command's output, or null when the tool is missing or failed. */
  aptSimulate: () => Promise<string | null>;
  dnfCheckUpdate: () => Promise<string | null>;
  dnfSecurity: () => Promise<string | null>;
}

const APT_STATE = ['/var/lib/dpkg/status', '/var/lib/apt/lists', '/var/cache/apt/pkgcache.bin', '/etc/apt/preferences.d'];
const DNF_STATE = ['/var/lib/rpm', '/usr/lib/sysimage/rpm', '/var/cache/dnf'];

export const livePatchesDeps: PatchesLinuxDeps = {
  // Debug::NoLocking lets a non-root agent simulate while apt holds its lock; -s never downloads.
  aptSimulate: memoByFiles(APT_STATE, () => commandText('apt-get', ['-s', '-o', 'Debug::NoLocking=1', 'upgrade'], [0], { timeoutMs: 120_000 })),
  dnfCheckUpdate: memoByFiles(DNF_STATE, () => commandText('dnf', ['-q', '-C', 'check-update'], [0, 100], { timeoutMs: 120_000 })),
  dnfSecurity: memoByFiles(DNF_STATE, () => commandText('dnf', ['-q', '-C', 'updateinfo', 'list', '--security'], [0], { timeoutMs: 120_000 })),
};

/** On a fixture tree the live package tools would describe this machine, not the tree: none run. */
const noCommands: PatchesLinuxDeps = { aptSimulate: async () => null, dnfCheckUpdate: async () => null, dnfSecurity: async () => null };

export async function collectPatchesLinux(
  ctx: Pick<CollectContext, 'root'>,
  deps: PatchesLinuxDeps = ctx.root === '/' ? livePatchesDeps : noCommands,
): Promise<PatchesSection> {
  const { root } = ctx;
  const section: PatchesSection = { hotfixes: [], pending: null, securityPending: null, pendingUpdates: [], rebootRequired: null };
  const debian = await exists(root, '/var/lib/dpkg/status');
  const rpm = (await exists(root, '/var/lib/rpm')) || (await exists(root, '/usr/lib/sysimage/rpm'));
  let rows: PendingUpdate[] | null = null;
  if (debian) {
    const text = await deps.aptSimulate();
    if (text !== null) rows = parseAptSimulate(text);
    section.pendingSource = APT_SOURCE;
  } else if (rpm) {
    const text = await deps.dnfCheckUpdate();
    if (text !== null) {
      const sec = await deps.dnfSecurity();
      rows = markSecurity(parseDnfCheckUpdate(text), sec === null ? new Map() : parseDnfSecurity(sec));
    }
    section.pendingSource = DNF_SOURCE;
  }
  if (rows !== null) {
    section.pending = rows.length;
    section.securityPending = rows.filter((r) => r.security).length;
    section.pendingUpdates = rows.slice(0, MAX_LISTED_UPDATES);
  } else if (section.pendingSource !== undefined) {
    section.pendingError = `${section.pendingSource} gave no answer (tool missing, or no local package cache)`;
  }
  const running = await readTrimmed(root, '/proc/sys/kernel/osrelease');
  const modules = (await listDir(root, '/lib/modules')) ?? (await listDir(root, '/usr/lib/modules')) ?? [];
  const installed = newestKernel(modules);
  if (running !== null) section.kernel = installed === undefined ? { running } : { running, installed };
  // Debian/Ubuntu flag a needed reboot with this file; elsewhere a newer installed kernel is the sign.
  const flagged = (await exists(root, '/run/reboot-required')) || (await exists(root, '/var/run/reboot-required'));
  const newerKernel = running !== null && installed !== undefined && compareVersions(installed, running) > 0;
  if (flagged || newerKernel) section.rebootRequired = true;
  else if (debian || (running !== null && installed !== undefined)) section.rebootRequired = false;
  return section;
}
