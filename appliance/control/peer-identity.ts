// Node cannot read SO_PEERCRED, so a client proves its OS user by creating a file named after a
// one-time challenge in a sticky, group-writable folder; the kernel sets the file's owner for us.
import { randomBytes } from 'node:crypto';
import { mkdir, chmod, lstat, unlink, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const CHALLENGE_DIR = 'control.d';

export async function prepareChallengeDir(dataDir: string): Promise<string> {
  const dir = join(dataDir, CHALLENGE_DIR);
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o1770);
  return dir;
}

export function newChallenge(): string {
  return randomBytes(24).toString('hex');
}

/** The user who created the challenge file, or null when the client did not prove anything. */
export async function claimChallenge(dir: string, challenge: string): Promise<{ uid: number; user: string } | null> {
  const path = join(dir, challenge);
  try {
    const st = await lstat(path);
    await unlink(path).catch(() => {});
    if (!st.isFile()) return null;
    return { uid: st.uid, user: await userName(st.uid) };
  } catch {
    return null;
  }
}

async function userName(uid: number): Promise<string> {
  try {
    const passwd = await readFile('/etc/passwd', 'utf8');
    for (const line of passwd.split('\n')) {
      const [name, , id] = line.split(':');
      if (name && id === String(uid)) return name;
    }
  } catch {
    // no /etc/passwd: fall through to the numeric id
  }
  return `uid:${uid}`;
}
