import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MyNumberCounter } from './my-number.js';
import { sniff } from './sniff.js';
import { encodeCp932 } from './test-utils/cp932.js';
import { scanTextFile } from './text-file.js';

describe('encodeCp932 (fixture helper)', () => {
  it('matches bytes from the JIS X 0208 / CP932 table', () => {
    // 個 8CC2, 人 906C, 番 94D4, 号 8D86, ｱ B1, ０ 824F
    expect([...encodeCp932('個人番号ｱ０1')]).toEqual([0x8c, 0xc2, 0x90, 0x6c, 0x94, 0xd4, 0x8d, 0x86, 0xb1, 0x82, 0x4f, 0x31]);
  });
});

describe('sniff', () => {
  const jp = '個人番号のお知らせ\r\n';
  it('tells the encodings apart', () => {
    expect(sniff(Buffer.from(jp, 'utf8'))).toEqual({ kind: 'text', encoding: 'utf-8', bomLength: 0 });
    expect(sniff(Buffer.from('\uFEFF' + jp, 'utf8'))).toEqual({ kind: 'text', encoding: 'utf-8', bomLength: 3 });
    expect(sniff(encodeCp932(jp.repeat(3)))).toEqual({ kind: 'text', encoding: 'shift_jis', bomLength: 0 });
    // Japanese-only UTF-16 without BOM: the only NULs are those of CR LF.
    expect(sniff(Buffer.from(jp.repeat(20), 'utf16le'))).toEqual({ kind: 'text', encoding: 'utf-16le', bomLength: 0 });
    expect(sniff(Buffer.from('plain ascii 123', 'utf8'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('accepts a head cut in the middle of a character', () => {
    const bytes = Buffer.from('番号'.repeat(100), 'utf8');
    expect(sniff(bytes.subarray(0, bytes.length - 1))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
  });

  it('calls NULs on both byte parities, and control-heavy text, binary', () => {
    expect(sniff(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]))).toEqual({ kind: 'binary' });
    expect(sniff(Buffer.from('\x01\x02\x03\x04abc'))).toEqual({ kind: 'binary' });
  });
});

describe('scanTextFile', () => {
  it('finds numbers and keywords cut by the 1 MiB read boundary, and multi-byte characters cut too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mamori-text-'));
    try {
      const MiB = 1024 * 1024;
      // "番号 " is 7 bytes in UTF-8; the number's 12 digits straddle the first read boundary.
      const prefix = 'a'.repeat(MiB - 7 - 5);
      const text = `${prefix}番号 123456789018 ${'b'.repeat(MiB)}個人番号:987654321093`;
      const path = join(dir, 'big.txt');
      await writeFile(path, text);
      const counter = new MyNumberCounter();
      let bytes = 0;
      await scanTextFile(path, 'utf-8', 0, counter, new AbortController().signal, (n) => (bytes += n));
      expect(counter.end()).toEqual({ count: 2, occurrences: 2, confidence: 'high', countCapped: false });
      expect(bytes).toBe(Buffer.byteLength(text));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
