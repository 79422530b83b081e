// The human form of a ScanResult: a table with Japanese/English headers, then what was skipped.
// Like the JSON, it holds paths and counts only.
import type { ScanResult } from './scan-tree.js';

const MAX_SKIPPED_LINES = 50;

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

const pad = (s: string, width: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
};

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

const localTime = (iso: string) => {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
};

export function formatReport(r: ScanResult): string {
  const lines: string[] = [`走査フォルダ / Root: ${r.root}`];
  if (r.files.length === 0) lines.push('個人番号を含むファイルはありません / No files with My Numbers found.');
  else {
    const header = ['確度/Conf', '番号数/Numbers', '出現/Hits', 'サイズ/Size', '更新/Modified', 'パス/Path'];
    const rows = r.files.map((f) => [f.confidence === 'high' ? '高/high' : '低/low', `${f.myNumberCount}${f.countCapped ? '+' : ''}`, String(f.occurrences), formatSize(f.size), localTime(f.modified), f.path]);
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] ?? ''))));
    const right = [false, true, true, true, false, false];
    const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] ?? 0, right[i]))).join('  ');
    lines.push('', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  }
  if (r.skipped.length > 0) {
    const byReason = new Map<string, number>();
    for (const s of r.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    lines.push('', `スキップ / Skipped (${r.skipped.length}): ${[...byReason].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    for (const s of r.skipped.slice(0, MAX_SKIPPED_LINES)) lines.push(`  ${s.reason}${s.detail ? ` (${s.detail})` : ''}  ${s.path}`);
    if (r.skipped.length > MAX_SKIPPED_LINES) lines.push(`  … ${r.skipped.length - MAX_SKIPPED_LINES} more / ほか ${r.skipped.length - MAX_SKIPPED_LINES} 件 (--json)`);
  }
  const s = r.stats;
  lines.push(
    '',
    `走査 / Scanned: ${s.filesScanned} files, ${formatSize(s.bytesScanned)} in ${(s.durationMs / 1000).toFixed(1)} s; ` +
      `該当 / With numbers: ${s.filesWithNumbers}${s.aborted ? '  (中断 / aborted: incomplete)' : ''}`,
  );
  return lines.join('\n') + '\n';
}
