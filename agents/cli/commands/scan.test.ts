import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, PLANTED } from '../../scan/test-utils/corpus.js';
import { registerScan } from './scan.js';

let root: string;
let expectedFiles: number;
beforeAll(async () => {
  const corpus = await buildCorpus();
  root = corpus.root;
  expectedFiles = corpus.expected.size;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(args: string[], tty: boolean): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const program = new Command('mamori-agent').exitOverride().configureOutput({ writeErr: (s) => (stderr += s) });
  registerScan(program, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: tty } });
  await program.parseAsync(['node', 'mamori-agent', 'scan', ...args]);
  return { stdout, stderr };
}

/** Fails if any planted number shows up in any form: digits of either width, with any separators, masked or hashed. */
function expectNoNumbers(output: string): void {
  const digitsOnly = output.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');
  for (const n of PLANTED) {
    expect(digitsOnly.includes(n), 'a planted number appears in the output').toBe(false);
    for (const algo of ['sha256', 'sha1', 'md5']) {
      const h = createHash(algo).update(n);
      expect(output.includes(h.copy().digest('hex')) || output.includes(h.digest('base64'))).toBe(false);
    }
  }
  expect(output).not.toMatch(/[*＊●×xX]{4}[-\s]?\d{4}/);
}

describe('mamori-agent scan', () => {
  it('prints one JSON object with the files that hold numbers, and no number', async () => {
    const { stdout, stderr } = await run(['--path', root, '--json'], true);
    const result = JSON.parse(stdout) as { root: string; files: unknown[]; skipped: unknown[]; stats: Record<string, unknown> };
    expect(Object.keys(result)).toEqual(['root', 'files', 'skipped', 'stats']);
    expect(result.files).toHaveLength(expectedFiles);
    expect(result.stats).toMatchObject({ filesWithNumbers: expectedFiles, aborted: false });
    expectNoNumbers(stdout);
    expectNoNumbers(stderr);
  });

  it('prints a readable table, and no number', async () => {
    const { stdout, stderr } = await run(['--path', root, '--exclude', 'skip'], false);
    expect(stdout).toContain('確度/Conf');
    expect(stdout).toMatch(/高\/high +2 +3 .* shift_jis\/名簿\.csv/);
    expect(stdout).toContain(`該当 / With numbers: ${expectedFiles}`);
    expect(stderr).toBe(''); // no TTY, no progress
    expectNoNumbers(stdout);
  });

  it('exits 2 with a clear message when the folder is missing', async () => {
    const err = await run(['--path', join(root, 'missing')], false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommanderError);
    expect(err).toMatchObject({ exitCode: 2, code: 'scan.ROOT_UNREADABLE' });
  });
});
