// macOS `software` section from `system_profiler -json SPApplicationsDataType`: applications with
// version and vendor (the signer, or Apple). Apps inside /System are parts of the OS and left out.
import { profileItems } from '../macos/snapshot.js';
import { asArray, str } from '../json-values.js';
import type { Package, SoftwareSection } from './schema.js';
import { sortPackages } from './schema.js';

export function parseSoftwareDarwin(json: string | null): SoftwareSection {
  const seen = new Map<string, Package>();
  for (const app of profileItems(json, 'SPApplicationsDataType')) {
    const name = str(app._name);
    const path = str(app.path) ?? '';
    if (name === undefined || path.startsWith('/System/')) continue;
    const version = str(app.version) ?? '';
    const key = `${name}\u0000${version}`;
    if (seen.has(key)) continue;
    const pkg: Package = { manager: 'app', name, version };
    const vendor = vendorOf(app);
    if (vendor !== undefined) pkg.vendor = vendor;
    seen.set(key, pkg);
  }
  return { packages: sortPackages([...seen.values()]) };
}

// signed_by[0] is the leaf certificate: "Developer ID Application: Google LLC (EQHXZ8M8AV)".
function vendorOf(app: Record<string, unknown>): string | undefined {
  if (str(app.obtained_from) === 'apple') return 'Apple';
  const leaf = str(asArray(app.signed_by)[0]);
  const m = leaf === undefined ? null : /^(?:Developer ID Application|Apple Mac OS Application Signing|Mac App Store|Apple Distribution): (.+?)(?: \([A-Z0-9]{10}\))?$/.exec(leaf);
  return m?.[1] ?? (leaf === 'Software Signing' ? 'Apple' : undefined);
}
