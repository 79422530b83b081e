// dpkg's database (/var/lib/dpkg/status): RFC 822-style stanzas separated by blank lines.
import type { Package } from './schema.js';

/** Packages whose Status says they are installed (`install ok installed`, `hold ok installed`). */
export function parseDpkgStatus(text: string): Package[] {
  const out: Package[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const f = fields(stanza);
    const status = (f.get('Status') ?? '').split(/\s+/);
    // The third word is the state; half-configured, config-files, unpacked... are not installed.
    if (status[2] !== 'installed') continue;
    const name = f.get('Package');
    const version = f.get('Version');
    if (!name || version === undefined) continue;
    const pkg: Package = { manager: 'dpkg', name, version };
    const arch = f.get('Architecture');
    if (arch) pkg.arch = arch;
    out.push(pkg);
  }
  return out;
}

function fields(stanza: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of stanza.split('\n')) {
    // Continuation lines (Description body, Conffiles) start with white space.
    if (line === '' || line.startsWith(' ') || line.startsWith('\t')) continue;
    const i = line.indexOf(':');
    if (i > 0) m.set(line.slice(0, i), line.slice(i + 1).trim());
  }
  return m;
}
