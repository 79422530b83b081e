// Root-aware file readers: every collector reads `<root>/<path>` so it runs the same on the live
// machine (root '/') and on a fixture tree in tests (Telegraf's HOST_ROOT idea).
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CollectorError } from './collector-error.js';

/** Errors meaning "this fact is not available here": the field is omitted, the collection goes on. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'ENXIO', 'ENODEV', 'EINVAL']);

export function underRoot(root: string, path: string): string {
  return join(root, path);
}

function isAbsent(e: unknown): boolean {
  return typeof e === 'object' && e !== null && ABSENT.has(String((e as { code?: unknown }).code));
}

/** The file's text, or null when it is missing or unreadable (e.g. a root-only DMI file for a normal user). */
export async function readText(root: string, path: string): Promise<string | null> {
  const full = underRoot(root, path);
  try {
    return await readFile(full, 'utf8');
  } catch (e) {
    if (isAbsent(e)) return null;
    throw new CollectorError('READ_FAILED', `cannot read ${full}`, { path: full }, { cause: e });
  }
}

/** Like readText, trimmed; an empty file counts as absent. */
export async function readTrimmed(root: string, path: string): Promise<string | null> {
  const text = await readText(root, path);
  if (text === null) return null;
  const t = text.trim();
  return t === '' ? null : t;
}

/** Sorted entry names of a folder, or null when it is missing or unreadable. */
export async function listDir(root: string, path: string): Promise<string[] | null> {
  const full = underRoot(root, path);
  try {
    return (await readdir(full)).sort();
  } catch (e) {
    if (isAbsent(e)) return null;
    throw new CollectorError('READ_FAILED', `cannot list ${full}`, { path: full }, { cause: e });
  }
}

/** Whether the path exists (following symlinks, as sysfs `device` links must be followed). */
export async function exists(root: string, path: string): Promise<boolean> {
  try {
    await stat(underRoot(root, path));
    return true;
  } catch (e) {
    if (isAbsent(e)) return false;
    throw new CollectorError('READ_FAILED', `cannot stat ${underRoot(root, path)}`, { path }, { cause: e });
  }
}
