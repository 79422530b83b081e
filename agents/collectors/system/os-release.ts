// os-release(5) parser: KEY=value lines with shell-style quoting.
import type { OsFacts } from './schema.js';

export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) continue;
    out[m[1]!] = unquote(m[2]!);
  }
  return out;
}

function unquote(v: string): string {
  const q = v[0];
  if ((q === '"' || q === "'") && v.endsWith(q) && v.length >= 2) {
    const inner = v.slice(1, -1);
    // Inside double quotes the shell honours backslash escapes of $ " \ and `.
    return q === '"' ? inner.replace(/\\([$"\\`])/g, '$1') : inner;
  }
  return v;
}

/** The os-release fields we keep; defaults follow the spec (NAME=Linux, ID=linux). */
export function osFactsFromRelease(fields: Record<string, string>): OsFacts {
  const facts: OsFacts = { id: fields.ID ?? 'linux', name: fields.NAME ?? 'Linux' };
  if (fields.VERSION) facts.version = fields.VERSION;
  if (fields.VERSION_ID) facts.versionId = fields.VERSION_ID;
  if (fields.VERSION_CODENAME) facts.codename = fields.VERSION_CODENAME;
  if (fields.PRETTY_NAME) facts.prettyName = fields.PRETTY_NAME;
  if (fields.ID_LIKE) facts.idLike = fields.ID_LIKE.split(/\s+/).filter(Boolean);
  return facts;
}
