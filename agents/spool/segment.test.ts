import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSegmentName, scanSegment, segmentName } from './segment.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mamori-segment-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const line = (seq: number) => JSON.stringify({ seq, time: '2025-04-01T00:00:00Z', kind: 'test.s', data: { seq } }) + '\n';

describe('segment names', () => {
  it('pads to 16 digits so names sort by seq, and reads them back', () => {
    expect(segmentName(42)).toBe('0000000000000042.jsonl');
    expect(parseSegmentName(segmentName(9_007_199_254_740_991))).toBe(9_007_199_254_740_991);
    expect(parseSegmentName('0000000000000042.jsonl.tmp')).toBeNull();
    expect(parseSegmentName('0000000000000000.jsonl')).toBeNull();
    expect(parseSegmentName('state.json')).toBeNull();
  });
});

describe('scanSegment', () => {
  it('accepts a whole file and indexes it', async () => {
    const path = join(dir, segmentName(10));
    const text = [10, 11, 12].map(line).join('');
    await writeFile(path, text);
    const { info, cut } = await scanSegment(path, 10);
    expect(cut).toBeNull();
    expect(info).toMatchObject({ firstSeq: 10, lastSeq: 12, bytes: Buffer.byteLength(text), offsets: [0] });
  });

  it.each([
    ['a seq that skips', [line(1), line(2), line(4), line(5)].join(''), 2],
    ['zeros left by power loss', line(1) + '\0'.repeat(40) + '\n', 1],
    ['a line that is not an event', line(1) + line(2) + '{"seq":3}\n', 2],
    ['a first line for another seq', line(7), 0],
  ])('keeps the valid prefix before %s and truncates the file', async (_name, text, keep) => {
    const path = join(dir, segmentName(1));
    await writeFile(path, text);
    const { info, cut } = await scanSegment(path, 1);
    const kept = Array.from({ length: keep }, (_, i) => line(i + 1)).join('');
    expect(info.lastSeq).toBe(keep);
    expect(cut).toMatchObject({ at: Buffer.byteLength(kept), removedBytes: Buffer.byteLength(text) - Buffer.byteLength(kept) });
    expect(await readFile(path, 'utf8')).toBe(kept);
    expect((await stat(path)).size).toBe(info.bytes);
  });
});
