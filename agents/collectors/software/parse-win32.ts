// Windows `software` section from the Uninstall-key rows. Entries with SystemComponent=1 are hidden
// from Apps & features (runtimes installed as parts of other products); entries with a ParentKeyName
// or an update ReleaseType are patches of another entry. The same program often appears in several
// hives or twice in one (broken uninstallers): rows are de-duplicated by name and version.
import { num, records, str } from '../json-values.js';
import type { Package, SoftwareSection } from './schema.js';
import { sortPackages } from './schema.js';

const UPDATE_RELEASE_TYPES = new Set(['update', 'hotfix', 'security update', 'service pack']);

export function parseSoftwareWin32(rows: unknown): SoftwareSection {
  const seen = new Map<string, Package>();
  for (const r of records(rows)) {
    const name = str(r.DisplayName);
    if (name === undefined) continue;
    if (num(r.SystemComponent) === 1 || str(r.ParentKeyName) !== undefined) continue;
    if (UPDATE_RELEASE_TYPES.has((str(r.ReleaseType) ?? '').toLowerCase())) continue;
    const version = str(r.DisplayVersion) ?? '';
    const key = `${name.toLowerCase()}\u0000${version.toLowerCase()}`;
    if (seen.has(key)) continue;
    const pkg: Package = { manager: 'registry', name, version };
    const hive = str(r.Hive) ?? '';
    if (hive === 'HKLM') pkg.arch = 'x64';
    else if (hive === 'HKLM-WOW6432Node') pkg.arch = 'x86';
    const vendor = str(r.Publisher);
    if (vendor !== undefined) pkg.vendor = vendor;
    seen.set(key, pkg);
  }
  return { packages: sortPackages([...seen.values()]) };
}
