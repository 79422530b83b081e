import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLinesBackward, readLinesForward, type Line } from './line-reader.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mamori-lines-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function all(gen: AsyncGenerator<Line[]>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}

/** ~3.5 MiB of lines of varied length (some longer than a 1 MiB chunk), with multi-byte text. */
function sample(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < 4000; i++) lines.push(`${i}:` + '日本'.repeat(i % 97) + 'x'.repeat((i * 37) % 500));
  lines.splice(1234, 0, 'L'.repeat(1_300_000), '');
  return lines;
}

describe('line readers', () => {
  it('forward and backward return the same lines and offsets across chunk boundaries', async () => {
    const lines = sample();
    const file = join(root, 'a.jsonl');
    const text = lines.join('\n') + '\n';
    await writeFile(file, text);
    const fwd = await all(readLinesForward(file));
    expect(fwd.map((l) => l.buf.toString('utf8'))).toEqual(lines);
    expect(fwd.every((l) => l.terminated)).toBe(true);
    const buf = Buffer.from(text);
    for (const l of fwd.slice(1230, 1240)) expect(buf.subarray(l.offset, l.offset + l.buf.length).equals(l.buf)).toBe(true);
    const back = await all(readLinesBackward(file));
    expect(back.map((l) => l.buf.toString('utf8'))).toEqual([...lines].reverse());
    expect(back.map((l) => l.offset)).toEqual(fwd.map((l) => l.offset).reverse());
  });

  it('marks a last line without newline as not terminated, both ways', async () => {
    const file = join(root, 'b.jsonl');
    await writeFile(file, 'one\ntwo\nthr');
    const fwd = await all(readLinesForward(file));
    expect(fwd.map((l) => [l.buf.toString(), l.terminated])).toEqual([['one', true], ['two', true], ['thr', false]]);
    const back = await all(readLinesBackward(file));
    expect(back.map((l) => [l.buf.toString(), l.terminated])).toEqual([['thr', false], ['two', true], ['one', true]]);
  });

  it('reads nothing from an empty file and respects ranges', async () => {
    const file = join(root, 'c.jsonl');
    await writeFile(file, '');
    expect(await all(readLinesForward(file))).toEqual([]);
    expect(await all(readLinesBackward(file))).toEqual([]);
    await writeFile(file, 'aa\nbb\ncc\n');
    expect((await all(readLinesForward(file, 3, 6))).map((l) => l.buf.toString())).toEqual(['bb']);
    expect((await all(readLinesBackward(file, 6))).map((l) => l.buf.toString())).toEqual(['bb', 'aa']);
  });
});
