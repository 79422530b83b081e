import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { journalDir, startBox } from './harness/box.js';
import { BUILT, cleanup, mamori, NOT_BUILT_REASON } from './harness/processes.js';

async function lastSegment(dir: string): Promise<string> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
  return join(dir, names.at(-1)!);
}

describe.skipIf(!BUILT)(`journal tail repair and tamper detection through the CLI${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  afterAll(cleanup);

  it('cuts a torn last record at start, says so in the log, and keeps a valid chain', async () => {
    let box = await startBox();
    for (let i = 0; i < 3; i++) expect((await mamori(['token', 'create', '--data', box.dataDir])).code).toBe(0);
    await box.proc.stop();
    const seg = await lastSegment(journalDir(box));
    const size = (await stat(seg)).size;
    await truncate(seg, size - 25); // power loss in the middle of the last line

    box = await startBox({ dataDir: box.dataDir });
    await box.proc.waitFor(/journal tail repaired/, 5000, 'stderr');
    expect((await mamori(['token', 'create', '--data', box.dataDir])).code).toBe(0);
    await box.proc.stop();
    const verify = await mamori(['journal', 'verify', '--data', box.dataDir]);
    expect(verify.stdout).toContain('journal OK');
    expect(verify.code).toBe(0);
  });

  it('names the first tampered record and exits 1', async () => {
    const box = await startBox();
    for (let i = 0; i < 3; i++) await mamori(['token', 'create', '--data', box.dataDir]);
    await box.proc.stop();
    const seg = await lastSegment(journalDir(box));
    const lines = (await readFile(seg, 'utf8')).split('\n');
    const victim = lines.findIndex((l) => l.includes('admin.token_created'));
    const seq = (JSON.parse(lines[victim]!) as { seq: number }).seq;
    lines[victim] = lines[victim]!.replace('"uses":1', '"uses":9');
    await writeFile(seg, lines.join('\n'));
    const verify = await mamori(['journal', 'verify', '--data', box.dataDir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`seq ${seq}`);
  });
});
