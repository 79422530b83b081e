// kill -9 in the middle of appends: every record whose append() resolved is in the journal exactly once
// after reopening, and the chain verifies. Runs the compiled module (npm test builds it) in a real child.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from './journal.js';
import { collect, tempDir } from './test-utils/journal-dir.js';
import { verifyJournal } from './verify.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const compiled = resolve(here, '../../dist/appliance/journal/journal.js');
const child = join(here, 'test-utils/append-forever.mjs');
const hasDist = existsSync(compiled);
if (!hasDist) console.warn(`journal-kill.test: skipped, ${compiled} is missing; run \`npm run build\` first`);

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** Runs the child until it has acked at least `minAcks` records (plus a random moment), then SIGKILLs it. */
function runAndKill(dir: string, minAcks: number): Promise<Map<number, number>> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child, dir, compiled], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked = new Map<number, number>(); // seq -> n
    let buffered = '';
    let stderr = '';
    let killing = false;
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, seq, n] = line.split(' ');
        if (word === 'acked') acked.set(Number(seq), Number(n));
      }
      if (!killing && acked.size >= minAcks) {
        killing = true;
        setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 30));
      }
    });
    // 'close' comes after the pipes are drained, so lines written just before the kill count.
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`child exited with ${String(code)}: ${stderr}`));
      done(acked);
    });
  });
}

describe.skipIf(!hasDist)('Journal under kill -9', () => {
  it('keeps every acked record exactly once and a valid chain, round after round', async () => {
    const t = await tempDir();
    cleanups.push(t.cleanup);
    for (let round = 0; round < 3; round++) {
      const acked = await runAndKill(t.dir, 2000);
      expect(acked.size).toBeGreaterThanOrEqual(2000);

      const v = await verifyJournal(t.dir);
      // A torn tail may remain until the next open repairs it; everything before it must chain.
      if (!v.ok) expect(v.firstBroken?.reason).toMatch(/torn|not valid JSON/);

      const j = await Journal.open(t.dir);
      const records = await collect(j.query({}));
      await j.close();
      const bySeq = new Map(records.map((r) => [r.seq, r]));
      const ns = records.map((r) => r.aseq);
      expect(new Set(ns).size).toBe(ns.length); // no record twice
      expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i + 1));
      const lost = [...acked].filter(([seq, n]) => bySeq.get(seq)?.aseq !== n);
      expect(lost).toEqual([]);
      expect(await verifyJournal(t.dir)).toMatchObject({ ok: true, count: records.length });
    }
  });
});
