// Linux `software` facts: every package manager whose database is present under `root`.
import type { CollectContext } from '../collector.js';
import { exists, readText } from '../read.js';
import { parseApkInstalled } from './apk.js';
import { parseDpkgStatus } from './dpkg.js';
import { parseRpmQuery, queryRpm } from './rpm.js';
import type { Package, SoftwareSection } from './schema.js';
import { sortPackages } from './schema.js';

export interface SoftwareDeps {
  /** rpm -qa output for `root`, or null when rpm is not installed. Injected so tests can replay it. */
  queryRpm: (root: string) => Promise<string | null>;
}

export async function collectSoftwareLinux(
  ctx: Pick<CollectContext, 'root'>,
  deps: SoftwareDeps = { queryRpm },
): Promise<SoftwareSection> {
  const { root } = ctx;
  const packages: Package[] = [];
  const dpkg = await readText(root, '/var/lib/dpkg/status');
  if (dpkg !== null) packages.push(...parseDpkgStatus(dpkg));
  const apk = await readText(root, '/lib/apk/db/installed');
  if (apk !== null) packages.push(...parseApkInstalled(apk));
  // Only ask rpm when the tree has an rpm database: Debian ships an rpm tool with an empty one.
  if ((await exists(root, '/var/lib/rpm')) || (await exists(root, '/usr/lib/sysimage/rpm'))) {
    const text = await deps.queryRpm(root);
    if (text !== null) packages.push(...parseRpmQuery(text));
  }
  return { packages: sortPackages(packages) };
}
