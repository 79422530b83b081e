// dnf, run only from its cache (-C): `dnf -q -C check-update` prints "name.arch  version  repo" per
// available upgrade (exit 100 when there are some, 0 when none); `dnf -q -C updateinfo list --security`
// prints "RHSA-2024:1234 Important/Sec. openssl-libs-1:3.0.7-27.el9.x86_64" per advisory and package.
import type { PendingUpdate } from './schema.js';

export const DNF_SOURCE = 'dnf -C check-update';

export function parseDnfCheckUpdate(text: string): PendingUpdate[] {
  const out: PendingUpdate[] = [];
  for (const line of text.split('\n')) {
    // Obsoleted packages follow a header and repeat names already listed.
    if (/^Obsoleting Packages/i.test(line)) break;
    const f = line.trim().split(/\s+/);
    if (f.length !== 3 || !/^\S+\.\S+$/.test(f[0]!) || !/\d/.test(f[1]!)) continue;
    const name = f[0]!.slice(0, f[0]!.lastIndexOf('.'));
    out.push({ name, version: f[1]!, security: false, source: DNF_SOURCE });
  }
  return out;
}

/** Package names (NEVRA with version stripped) with a pending security advisory, and its severity. */
export function parseDnfSecurity(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 3 || !/^[A-Z]+SA-\d{4}:/.test(f[0]!)) continue;
    const severity = f[1]!.replace(/\/Sec\.$/, '');
    // name-[epoch:]version-release.arch: the name is everything before the second-to-last '-'.
    const nevra = f[2]!;
    const parts = nevra.split('-');
    const name = parts.slice(0, -2).join('-');
    if (name !== '') out.set(name, severity);
  }
  return out;
}

/** check-update rows marked security from the updateinfo list. */
export function markSecurity(rows: PendingUpdate[], security: Map<string, string>): PendingUpdate[] {
  return rows.map((r) => {
    const severity = security.get(r.name);
    return severity === undefined ? r : { ...r, security: true, severity };
  });
}
