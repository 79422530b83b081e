// Names of running processes, read from <root>/proc/<pid>/comm (no ps, works on fixture trees).
// comm is truncated to 15 characters by the kernel, so callers match on prefixes of that length.
import { listDir, readTrimmed } from './read.js';

export async function runningCommands(root: string): Promise<Set<string>> {
  const names = new Set<string>();
  for (const entry of (await listDir(root, '/proc')) ?? []) {
    if (!/^\d+$/.test(entry)) continue;
    // A process can exit between listing and reading: readTrimmed then returns null.
    const comm = await readTrimmed(root, `/proc/${entry}/comm`);
    if (comm !== null) names.add(comm);
  }
  return names;
}

export function isRunning(commands: ReadonlySet<string>, name: string): boolean {
  return commands.has(name.slice(0, 15));
}
