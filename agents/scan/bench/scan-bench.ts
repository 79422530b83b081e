// Scanner benchmark. Two steps in two processes, so generating the corpus does not count in the
// scan's peak RSS:
//   node scan-bench.js gen DIR     writes text (UTF-8, 200 MB), CSV (Shift_JIS, 200 MB),
//                                  UTF-16 text (60 MB) and xlsx (4 × ~100 MB of sheet XML)
//   node scan-bench.js run DIR     scans each part, prints MB/s and peak RSS as JSON
// Build first (npm run build) and run from dist/agents/scan/bench/.
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { scanTree } from '../scan-tree.js';
import { encodeCp932 } from '../test-utils/cp932.js';
import { withCheckDigit } from '../test-utils/my-numbers.js';
import { makeXlsx, type XCell } from '../test-utils/office.js';

const MB = 1024 * 1024;

function block(i: number): string {
  // Office-like lines: dates, names, addresses, phones, amounts; a My Number every 500 lines.
  const lines: string[] = [];
  for (let n = 0; n < 2000; n++) {
    const k = i * 2000 + n;
    const num = n % 500 === 0 ? `,個人番号 ${withCheckDigit(String(10_000_000_000 + k).slice(0, 11))}` : '';
    lines.push(`2025-04-${String((k % 28) + 1).padStart(2, '0')},社員${k},山田 太郎,東京都千代田区丸の内1-${k % 9}-3,03-1234-${String(k % 10000).padStart(4, '0')},${(k * 37) % 1_000_000}円,備考${num}`);
  }
  return lines.join('\n') + '\n';
}

async function writeRepeated(path: string, totalBytes: number, encode: (s: string) => Buffer): Promise<void> {
  const out = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < totalBytes; i++) {
    const b = encode(block(i));
    written += b.length;
    if (!out.write(b)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function gen(dir: string): Promise<void> {
  for (const d of ['text', 'csv', 'utf16', 'xlsx']) await mkdir(join(dir, d), { recursive: true });
  await writeRepeated(join(dir, 'text', 'big.txt'), 200 * MB, (s) => Buffer.from(s, 'utf8'));
  await writeRepeated(join(dir, 'csv', 'big-sjis.csv'), 200 * MB, encodeCp932);
  await writeRepeated(join(dir, 'utf16', 'big-utf16.txt'), 60 * MB, (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]));
  for (let f = 0; f < 4; f++) {
    const rows: XCell[][] = [[{ s: '氏名' }, { s: '個人番号' }, { s: '住所' }, { s: '金額' }]];
    for (let r = 0; r < 900_000; r++) {
      rows.push([{ s: `社員${r % 5000}` }, r % 100 === 0 ? { n: withCheckDigit(String(20_000_000_000 + r)) } : { n: String(r * 13) }, { s: `東京都千代田区${r % 300}` }, { n: String((r * 37) % 1_000_000) }]);
    }
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'xlsx', `book${f}.xlsx`), makeXlsx(rows));
  }
}

async function run(dir: string): Promise<void> {
  const parts: Record<string, unknown> = {};
  let totalBytes = 0;
  let totalMs = 0;
  for (const d of (await readdir(dir)).sort()) {
    const r = await scanTree(join(dir, d));
    const mbps = r.stats.bytesScanned / MB / (r.stats.durationMs / 1000);
    parts[d] = { files: r.stats.filesScanned, mb: +(r.stats.bytesScanned / MB).toFixed(1), seconds: r.stats.durationMs / 1000, mbPerSecond: +mbps.toFixed(1), filesWithNumbers: r.stats.filesWithNumbers, occurrences: r.stats.occurrences, skipped: r.skipped.length };
    totalBytes += r.stats.bytesScanned;
    totalMs += r.stats.durationMs;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ node: process.version, parts, totalMb: +(totalBytes / MB).toFixed(1), totalMbPerSecond: +(totalBytes / MB / (totalMs / 1000)).toFixed(1), peakRssMb: +peakRssMb.toFixed(1) }, null, 2) + '\n');
}

const [cmd, dir] = process.argv.slice(2);
if (dir === undefined || (cmd !== 'gen' && cmd !== 'run')) {
  process.stderr.write('usage: scan-bench (gen|run) DIR\n');
  process.exitCode = 2;
} else if (cmd === 'gen') await gen(dir);
else {
  await stat(dir);
  await run(dir);
}
