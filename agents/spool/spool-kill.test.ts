// kill -9 in the middle of adds and acks: everything add() reported is still there after
// reopening, acks are kept, and seqs never go backwards. Runs the compiled module in a real child.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Spool } from './spool.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const compiled = resolve(here, '../../dist/agents/spool/spool.js');
const child = join(here, 'test-utils/add-forever.mjs');
const hasDist = existsSync(compiled);
if (!hasDist) console.warn(`spool-kill.test: skipped, ${compiled} is missing; run \`npm run build\` first`);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mamori-spool-kill-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  startSeq: number;
  seqs: number[];
  maxAck: number;
}

/** Starts the child, lets it report at least `minSeqs` seqs (plus a little random time), SIGKILLs it. */
function runAndKill(dir: string, minSeqs: number): Promise<Run> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dir, compiled], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { startSeq: -1, seqs: [], maxAck: 0 };
    let buffered = '';
    let stderr = '';
    let killing = false;
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'ready') run.startSeq = Number(n);
        else if (word === 'seq') run.seqs.push(Number(n));
        else if (word === 'ack') run.maxAck = Math.max(run.maxAck, Number(n));
      }
      if (!killing && run.seqs.length >= minSeqs) {
        killing = true;
        setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 30));
      }
    });
    // 'close' comes after the pipes are drained, so lines written just before the kill count.
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`child exited with ${String(code)}: ${stderr}`));
      if (buffered.startsWith('seq ')) run.seqs.push(Number(buffered.slice(4)));
      done(run);
    });
  });
}

describe.skipIf(!hasDist)('Spool under kill -9', () => {
  it('keeps every reported seq and ack, and never goes backwards', async () => {
    const dir = join(root, 'spool');
    let highest = 0;
    for (let round = 0; round < 4; round++) {
      const run = await runAndKill(dir, 300);
      expect(run.seqs.length).toBeGreaterThanOrEqual(300);
      expect(run.startSeq).toBeGreaterThanOrEqual(highest);
      const reported = Math.max(...run.seqs);
      expect(Math.min(...run.seqs)).toBeGreaterThan(highest);

      const spool = await Spool.open(dir);
      try {
        expect(spool.lastSeq).toBeGreaterThanOrEqual(reported);
        expect(spool.ackedSeq).toBeGreaterThanOrEqual(run.maxAck);
        const held = new Set((await spool.pending(0, 1_000_000)).map((e) => e.seq));
        const missing = run.seqs.filter((s) => s > spool.ackedSeq && !held.has(s));
        expect(missing).toEqual([]);
        const [next] = await spool.add([{ kind: 'test.after', data: { round } }]);
        expect(next?.seq).toBe(spool.lastSeq);
        expect(next?.seq).toBeGreaterThan(reported);
        highest = spool.lastSeq;
      } finally {
        await spool.close();
      }
    }
  });
});
