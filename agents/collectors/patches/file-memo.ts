// Reuse a command's answer while the files it depends on are unchanged. `apt-get -s upgrade` costs about
// two seconds of CPU and its answer only changes when the package database or the package lists do.
import { stat } from 'node:fs/promises';

export function memoByFiles<T>(paths: readonly string[], load: () => Promise<T>): () => Promise<T> {
  let last: { key: string; value: T } | null = null;
  return async () => {
    const key = (await Promise.all(paths.map((p) => stat(p).then((s) => `${s.mtimeMs}:${s.size}`, () => 'absent')))).join('|');
    if (last !== null && last.key === key) return last.value;
    const value = await load();
    last = { key, value };
    return value;
  };
}
