// rpm's package list, read by running rpm (its database is a binary format).
import { execFile } from 'node:child_process';
import { CollectorError } from '../collector-error.js';
import type { Package } from './schema.js';

export const RPM_QUERY_FORMAT = '%{NAME}\\t%{EPOCH}\\t%{VERSION}\\t%{RELEASE}\\t%{ARCH}\\n';

/** Parses `rpm -qa --queryformat RPM_QUERY_FORMAT` output. Version is `[epoch:]version-release`. */
export function parseRpmQuery(text: string): Package[] {
  const out: Package[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length !== 5) continue;
    const [name, epoch, version, release, arch] = f as [string, string, string, string, string];
    // gpg-pubkey entries are imported signing keys, not software.
    if (name === '' || name === 'gpg-pubkey') continue;
    const e = epoch === '(none)' || epoch === '' || epoch === '0' ? '' : `${epoch}:`;
    const pkg: Package = { manager: 'rpm', name, version: `${e}${version}-${release}` };
    if (arch !== '(none)' && arch !== '') pkg.arch = arch;
    out.push(pkg);
  }
  return out;
}

/** Runs rpm against `root`; null when rpm is not installed. */
export function queryRpm(root: string, timeoutMs = 20_000): Promise<string | null> {
  // rpm expands the \t and \n escapes of a queryformat itself.
  const args = ['--root', root, '-qa', '--queryformat', RPM_QUERY_FORMAT];
  return new Promise((resolve, reject) => {
    execFile('rpm', args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err === null) return resolve(stdout);
      // EACCES: a PATH entry this user may not enter (e.g. under /root) — as good as not installed.
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') return resolve(null);
      reject(new CollectorError('COMMAND_FAILED', `rpm -qa failed: ${stderr.trim() || err.message}`, { root }, { cause: err }));
    });
  });
}
