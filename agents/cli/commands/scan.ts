// `mamori-agent scan --path DIR [--json]`: a one-off My Number file scan. Prints paths, counts and
// reasons only; the numbers themselves never reach stdout, stderr or a log.
import type { Command } from 'commander';
import { formatReport, formatSize } from '../../scan/format-report.js';
import { ScanError } from '../../scan/scan-error.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_MS, scanTree } from '../../scan/scan-tree.js';

export interface ScanIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number`);
  return n;
};

export function registerScan(program: Command, io: ScanIo = { stdout: process.stdout, stderr: process.stderr }): Command {
  return program
    .command('scan')
    .description('find files holding My Numbers (個人番号) under a folder; prints counts, never the numbers')
    .requiredOption('--path <dir>', 'folder to scan')
    .option('--json', 'print one JSON object instead of a table')
    .option('--max-file-mb <n>', 'skip files larger than this (too_large)', positive('--max-file-mb'), DEFAULT_MAX_FILE_BYTES / 1024 / 1024)
    .option('--max-file-seconds <n>', 'give up on a file after this long (timeout)', positive('--max-file-seconds'), DEFAULT_MAX_FILE_MS / 1000)
    .option('--exclude <glob...>', 'paths to leave out, relative to --path (** * ?; a bare name matches at any depth)')
    .action(async (opts: { path: string; json?: boolean; maxFileMb: number; maxFileSeconds: number; exclude?: string[] }, command: Command) => {
      const ac = new AbortController();
      const onSigint = () => ac.abort();
      process.once('SIGINT', onSigint);
      const progress = io.stderr.isTTY === true;
      let last = 0;
      try {
        const result = await scanTree(opts.path, {
          maxFileBytes: Math.round(opts.maxFileMb * 1024 * 1024),
          maxFileMs: Math.round(opts.maxFileSeconds * 1000),
          exclude: opts.exclude ?? [],
          signal: ac.signal,
          onProgress: progress
            ? (p) => {
                const now = Date.now();
                if (now - last < 100) return;
                last = now;
                io.stderr.write(`\r\x1b[K走査中 / scanning: ${p.files} files, ${formatSize(p.bytes)}  ${p.current.slice(-60)}`);
              }
            : undefined,
        });
        if (progress) io.stderr.write('\r\x1b[K');
        io.stdout.write(opts.json ? JSON.stringify(result) + '\n' : formatReport(result));
      } catch (e) {
        if (progress) io.stderr.write('\r\x1b[K');
        if (e instanceof ScanError) command.error(`mamori-agent scan: ${e.message}: ${opts.path}`, { exitCode: 2, code: `scan.${e.code}` });
        throw e;
      } finally {
        process.off('SIGINT', onSigint);
      }
    });
}
