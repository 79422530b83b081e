// Runs a PowerShell script on Windows and turns what it prints into text. Windows PowerShell 5.1 is
// on every supported Windows, so nothing is installed. The script goes in as -EncodedCommand
// (base64 of UTF-16LE): a multi-line script passed through CreateProcess quoting loses its quotes.
import { CollectorError } from '../collector-error.js';
import { runCommand } from '../exec.js';

/**
 * Prepended to every script: without it, output to a pipe uses the OEM code page (CP932 on a
 * Japanese PC) and every Japanese name arrives as mojibake or '?'.
 */
export const UTF8_PRELUDE =
  "$ErrorActionPreference='Stop';$ProgressPreference='SilentlyContinue';" +
  '[Console]::OutputEncoding=New-Object System.Text.UTF8Encoding $false;';

export function encodeCommand(script: string): string {
  return Buffer.from(UTF8_PRELUDE + script, 'utf16le').toString('base64');
}

/**
 * Bytes PowerShell (or a saved copy of its output) produced, as text: UTF-16LE/BE with BOM,
 * UTF-16LE without BOM (Out-File's default in 5.1 with its BOM stripped), UTF-8 with or without BOM,
 * and CP932 when the prelude could not take effect. CRLF becomes LF.
 */
export function decodePowerShellOutput(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text: string;
  if (b[0] === 0xff && b[1] === 0xfe) text = b.subarray(2).toString('utf16le');
  else if (b[0] === 0xfe && b[1] === 0xff) text = new TextDecoder('utf-16be').decode(b.subarray(2));
  else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) text = b.subarray(3).toString('utf8');
  else if (looksUtf16le(b)) text = b.toString('utf16le');
  else text = decodeUtf8OrCp932(b);
  return text.replace(/\r\n?/g, '\n');
}

// ASCII-heavy UTF-16LE has a NUL in most odd positions; UTF-8 text never contains NUL.
function looksUtf16le(b: Buffer): boolean {
  if (b.length < 4 || b.length % 2 !== 0) return false;
  let nul = 0;
  const n = Math.min(b.length, 512);
  for (let i = 1; i < n; i += 2) if (b[i] === 0) nul++;
  return nul >= n / 4;
}

function decodeUtf8OrCp932(b: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return new TextDecoder('shift_jis').decode(b);
  }
}

/** The JSON value a script printed (it ends with ConvertTo-Json), or null when it printed nothing. */
export function parsePowerShellJson(bytes: Uint8Array, what: string): unknown {
  const text = decodePowerShellOutput(bytes).trim();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CollectorError('BAD_OUTPUT', `${what}: PowerShell printed something that is not JSON`, { what, head: text.slice(0, 120) }, { cause: e });
  }
}

export interface PowerShellOptions {
  timeoutMs?: number;
  /** powershell.exe by default; pwsh works too. */
  exe?: string;
}

/** Runs `script` and returns its raw stdout bytes. A missing powershell.exe or a failure is an error. */
export async function runPowerShell(script: string, what: string, opts: PowerShellOptions = {}): Promise<Buffer> {
  const exe = opts.exe ?? 'powershell.exe';
  const r = await runCommand(
    exe,
    ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodeCommand(script)],
    { timeoutMs: opts.timeoutMs ?? 60_000, env: process.env },
  );
  if (r === null) throw new CollectorError('COMMAND_FAILED', `${what}: ${exe} not found`, { what });
  if (r.exitCode !== 0) {
    throw new CollectorError('COMMAND_FAILED', `${what}: PowerShell exited ${r.exitCode}: ${r.stderr.trim().slice(0, 300)}`, {
      what,
      exitCode: r.exitCode,
    });
  }
  return r.stdout;
}

/** Runs a script ending in ConvertTo-Json and parses what it printed. */
export async function runPowerShellJson(script: string, what: string, opts: PowerShellOptions = {}): Promise<unknown> {
  return parsePowerShellJson(await runPowerShell(script, what, opts), what);
}
