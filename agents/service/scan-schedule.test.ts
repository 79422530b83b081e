import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../common/log.js';
import type { SpoolItemLike } from './scan-events.js';
import { ScanSchedule } from './scan-schedule.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const d = await realpath(await mkdtemp(join(tmpdir(), 'mamori-sched-')));
  dirs.push(d);
  await writeFile(join(d, 'staff.csv'), '個人番号\n123456789018\n');
  return d;
}

function schedule() {
  const emitted: SpoolItemLike[] = [];
  const finished: string[] = [];
  const lines: string[] = [];
  let onFinish: (() => void) | null = null;
  const s = new ScanSchedule({
    log: createLogger('agent', { write: (l) => lines.push(l) }),
    emit: async (items) => void emitted.push(...items),
    onFinished: async (at) => {
      finished.push(at);
      onFinish?.();
    },
  });
  const nextFinish = () => new Promise<void>((r) => (onFinish = r));
  return { s, emitted, finished, lines, nextFinish };
}

describe('ScanSchedule', () => {
  it('scans at once when there was no scan before, and logs start and finish', async () => {
    const dir = await folder();
    const { s, emitted, lines, nextFinish } = schedule();
    const done = nextFinish();
    s.apply({ paths: [dir], intervalHours: 24 });
    await done;
    await s.stop();
    expect(emitted.map((e) => e.kind)).toEqual(['scan.file', 'scan.completed']);
    expect(emitted[1]!.data).toMatchObject({ root: dir, complete: true, files: 1 });
    expect(lines.some((l) => l.includes('my number scan finished'))).toBe(true);
    expect(lines.join('\n')).not.toContain('123456789018');
  });

  it("applies the policy's per-file limits: a file over maxFileBytes is skipped with the reason", async () => {
    const dir = await folder();
    const { s, emitted, nextFinish } = schedule();
    const done = nextFinish();
    s.apply({ paths: [dir], intervalHours: 24, maxFileBytes: 8 });
    await done;
    await s.stop();
    expect(emitted.map((e) => e.kind)).toEqual(['scan.completed']);
    expect(JSON.stringify(emitted[0]!.data)).toContain('too_large');
  });

  it('waits for the interval after a recent scan', async () => {
    const { s, emitted, finished } = schedule();
    s.apply({ paths: [await folder()], intervalHours: 1 }, new Date().toISOString());
    await new Promise((r) => setTimeout(r, 300));
    await s.stop();
    expect(finished).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('runs a requested scan after the one in progress, not beside it', async () => {
    const dir = await folder();
    const { s, emitted, finished } = schedule();
    s.apply({ paths: [dir], intervalHours: 24 }, new Date().toISOString());
    await Promise.all([s.runNow(), s.runNow()]);
    await new Promise((r) => setTimeout(r, 100));
    while (finished.length < 2) await new Promise((r) => setTimeout(r, 20));
    await s.stop();
    expect(finished).toHaveLength(2);
    const ids = emitted.filter((e) => e.kind === 'scan.completed').map((e) => e.data.scanId);
    expect(new Set(ids).size).toBe(2);
  });

  it('sends nothing for a folder that vanished, so nothing is marked gone', async () => {
    const dir = await folder();
    const { s, emitted } = schedule();
    s.apply({ paths: [dir], intervalHours: 24 }, new Date().toISOString());
    await rm(dir, { recursive: true });
    // The root is resolved at run time: a vanished folder is simply not a root any more.
    await s.runNow();
    await s.stop();
    expect(emitted).toEqual([]);
  });
});
