// Temp journal folders and a logger that records lines, for the journal's tests.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../../common/log.js';
import type { JournalRecord } from '../types.js';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'mamori-journal-'));
  return { dir: join(root, 'journal'), cleanup: () => rm(root, { recursive: true, force: true }) };
}

export function recordingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger('journal', { level: 'debug', write: (l) => lines.push(l) }), lines };
}

export async function collect(it: AsyncIterable<JournalRecord>): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

export async function segmentFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.jsonl')).sort();
}

/** All record lines of all segments, in order, parsed. */
export async function allRecords(dir: string): Promise<JournalRecord[]> {
  const out: JournalRecord[] = [];
  for (const f of await segmentFiles(dir)) {
    for (const line of (await readFile(join(dir, f), 'utf8')).split('\n')) if (line) out.push(JSON.parse(line) as JournalRecord);
  }
  return out;
}
