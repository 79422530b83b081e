// Which folders a scheduled My Number scan covers: the box's policy paths, or when it names none, the
// users' document folders. A `*` or `?` inside one path segment is expanded by listing that folder
// (no `**`, no recursion, symlinked user folders not followed), and the result is capped.
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const MAX_SCAN_ROOTS = 256;

/** Template and service profiles, not people: nobody keeps documents there. */
const NOT_USERS = new Set(['default', 'default user', 'all users', 'defaultapppool', 'wdagutilityaccount']);

export function defaultScanPatterns(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') {
    const drive = process.env.SystemDrive ?? 'C:';
    return [`${drive}\\Users\\*\\Documents`, `${drive}\\Users\\*\\OneDrive\\Documents`, `${drive}\\Users\\*\\OneDrive\\ドキュメント`];
  }
  if (platform === 'darwin') return ['/Users/*/Documents'];
  // Desktop Linux names the folder after the session's language: ドキュメント on a Japanese desktop.
  return ['/home/*/Documents', '/home/*/ドキュメント', '/root/Documents'];
}

function segmentMatcher(segment: string, caseInsensitive: boolean): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, caseInsensitive ? 'iu' : 'u');
}

const hasWildcard = (s: string) => s.includes('*') || s.includes('?');

/** Existing folders matching `pattern` (absolute), resolved with realpath; an unreadable part yields nothing. */
export async function expandPattern(pattern: string, p: path.PlatformPath = path, limit = MAX_SCAN_ROOTS): Promise<string[]> {
  if (!p.isAbsolute(pattern)) return [];
  const parsed = p.parse(pattern);
  const segments = pattern.slice(parsed.root.length).split(/[\\/]+/).filter(Boolean);
  let current = [parsed.root];
  for (const segment of segments) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcard(segment)) {
        next.push(p.join(dir, segment));
        continue;
      }
      const re = segmentMatcher(segment, p.sep === '\\');
      let names: string[];
      try {
        names = (await readdir(dir)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (!re.test(name) || name.startsWith('.')) continue;
        if (NOT_USERS.has(name.toLowerCase())) continue;
        const full = p.join(dir, name);
        // A wildcard never walks through a symlink: it could lead anywhere (another disk, a loop).
        const info = await lstat(full).catch(() => null);
        if (info?.isDirectory()) next.push(full);
        if (next.length >= limit) break;
      }
    }
    current = next;
  }
  const out: string[] = [];
  for (const c of current) {
    const info = await stat(c).catch(() => null);
    if (!info?.isDirectory()) continue;
    out.push(await realpath(c).catch(() => c));
  }
  return out;
}

/** The scan roots for a policy: expanded, de-duplicated (by real path), capped. */
export async function resolveScanRoots(policyPaths: readonly string[], platform: NodeJS.Platform = process.platform): Promise<{ roots: string[]; usedDefaults: boolean }> {
  const usedDefaults = policyPaths.length === 0;
  const patterns = usedDefaults ? defaultScanPatterns(platform) : policyPaths;
  const seen = new Set<string>();
  for (const pattern of patterns) {
    for (const root of await expandPattern(pattern)) {
      if (seen.size >= MAX_SCAN_ROOTS) break;
      seen.add(root);
    }
  }
  return { roots: [...seen], usedDefaults };
}
