// One way to run a command for a collector: bounded in time and output, no shell, C locale, and
// "not installed" (ENOENT) reported as null so a missing tool means a missing fact, not a failure.
import { execFile } from 'node:child_process';
import { CollectorError } from './collector-error.js';

export interface CommandResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

export interface RunOptions {
  timeoutMs?: number;
  maxBuffer?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `file args`; null when the program does not exist. A non-zero exit is returned, not thrown:
 * several tools report facts through their exit code (dnf check-update 100, firewall-cmd 252).
 * Timeouts and signals throw COMMAND_FAILED.
 */
export function runCommand(file: string, args: readonly string[], opts: RunOptions = {}): Promise<CommandResult | null> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        encoding: 'buffer',
        timeout: opts.timeoutMs ?? 20_000,
        maxBuffer: opts.maxBuffer ?? 32 * 1024 * 1024,
        env: opts.env ?? { ...process.env, LC_ALL: 'C', LANG: 'C' },
        windowsHide: true,
      },
      (err, stdout, stderr) => {
        const stderrText = stderr.toString('utf8');
        if (err === null) return resolve({ stdout, stderr: stderrText, exitCode: 0 });
        const e = err as NodeJS.ErrnoException & { code?: unknown; killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT' || e.code === 'EACCES') return resolve(null);
        if (typeof e.code === 'number' && !e.killed && !e.signal) return resolve({ stdout, stderr: stderrText, exitCode: e.code });
        reject(
          new CollectorError('COMMAND_FAILED', `${file} ${args.join(' ')}: ${e.killed ? 'timed out' : e.message}`, { file }, { cause: err }),
        );
      },
    );
  });
}

/** stdout as UTF-8 text when the command ran with one of `okExitCodes`, else null. */
export async function commandText(
  file: string,
  args: readonly string[],
  okExitCodes: readonly number[] = [0],
  opts: RunOptions = {},
): Promise<string | null> {
  const r = await runCommand(file, args, opts);
  if (r === null || !okExitCodes.includes(r.exitCode)) return null;
  return r.stdout.toString('utf8');
}
