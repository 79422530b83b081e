// Alpine's apk database (/lib/apk/db/installed): one letter keys, stanzas separated by blank lines.
import type { Package } from './schema.js';

export function parseApkInstalled(text: string): Package[] {
  const out: Package[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    let name = '';
    let version = '';
    let arch = '';
    for (const line of stanza.split('\n')) {
      if (line.startsWith('P:')) name = line.slice(2).trim();
      else if (line.startsWith('V:')) version = line.slice(2).trim();
      else if (line.startsWith('A:')) arch = line.slice(2).trim();
    }
    if (name === '') continue;
    const pkg: Package = { manager: 'apk', name, version };
    if (arch !== '') pkg.arch = arch;
    out.push(pkg);
  }
  return out;
}
