// `apt-get -s upgrade` (simulate): one "Inst" line per package that would be upgraded, e.g.
//   Inst libssl3 [3.0.11-1~deb12u2] (3.0.15-1~deb12u1 Debian-Security:12/stable-security [amd64])
//   Inst tzdata [2024a-1ubuntu0.1] (2024b-0ubuntu0.24.04 Ubuntu:24.04/noble-updates, Ubuntu:24.04/noble-security [all])
// A package is a security upgrade when one of its origins is a -security suite.
import type { PendingUpdate } from './schema.js';

export const APT_SOURCE = 'apt-get -s upgrade';

const INST_RE = /^Inst (\S+) (?:\[([^\]]*)\] )?\((\S+) ([^[]*?)\s*\[([^\]]*)\]\)/;

export function parseAptSimulate(text: string): PendingUpdate[] {
  const out: PendingUpdate[] = [];
  for (const line of text.split('\n')) {
    const m = INST_RE.exec(line);
    if (!m) continue;
    const origins = m[4] ?? '';
    out.push({
      name: m[1]!,
      version: m[3]!,
      security: /-security\b|Debian-Security:/i.test(origins),
      source: APT_SOURCE,
    });
  }
  return out;
}
