// `mamori journal verify`: walks every segment in order, checking JSON, seq continuity and the hash
// chain over the exact bytes on disk, and names the first broken record. Streams; memory stays flat.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MamoriError } from '../errors/mamori-error.js';
import { readLinesForward } from './line-reader.js';
import { PRUNED_KIND, readAnchor } from './anchor.js';
import { checkLineHash, GENESIS_HASH } from './record.js';
import { listSegments } from './segment-files.js';
import type { VerifyResult } from './types.js';

export async function verifyJournal(dir: string): Promise<VerifyResult> {
  const st = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new MamoriError('NOT_FOUND', `no journal folder at ${dir}`, { dir }, { cause: e });
    throw e;
  });
  if (!st.isDirectory()) throw new MamoriError('BAD_INPUT', `${dir} is not a folder`, { dir });
  const segments = await listSegments(dir);
  const anchor = await readAnchor(dir);
  // Retention removed older segments: start at the anchor, and check below that the chain says so.
  const pruned = anchor !== null && segments[0] !== undefined && segments[0].firstSeq === anchor.firstSeq && anchor.firstSeq > 1;
  let prevH = pruned ? anchor.prevHash : GENESIS_HASH;
  let expect = pruned ? anchor.firstSeq : 1;
  let count = 0;
  let lastPrune: { anchorSeq: unknown; anchorHash: unknown } | null = null;
  const broken = (segment: string, line: number, reason: string): VerifyResult => ({
    ok: false,
    count,
    lastSeq: expect - 1,
    firstBroken: { seq: expect, segment, line, reason },
  });
  for (const seg of segments) {
    if (seg.firstSeq !== expect) return broken(seg.name, 1, `segment name says first seq ${seg.firstSeq}, expected ${expect}`);
    let lineNo = 0;
    for await (const lines of readLinesForward(join(dir, seg.name))) {
      for (const { buf, terminated } of lines) {
        lineNo++;
        if (!terminated) return broken(seg.name, lineNo, 'last line has no newline (torn write)');
        const parsed = parseRecord(buf, expect);
        if (typeof parsed === 'string') return broken(seg.name, lineNo, parsed);
        if (parsed.kind === PRUNED_KIND) lastPrune = parsed.data as { anchorSeq: unknown; anchorHash: unknown };
        const c = checkLineHash(prevH, buf);
        if (!c.ok) return broken(seg.name, lineNo, c.reason);
        prevH = c.h;
        expect++;
        count++;
      }
    }
  }
  if (pruned && (lastPrune?.anchorSeq !== anchor.firstSeq || lastPrune.anchorHash !== anchor.prevHash)) {
    return {
      ok: false,
      count,
      lastSeq: expect - 1,
      firstBroken: { seq: anchor.firstSeq, segment: segments[0]!.name, line: 1, reason: `records before seq ${anchor.firstSeq} are gone and no journal.pruned record accounts for it` },
    };
  }
  return { ok: true, count, lastSeq: expect - 1, ...(pruned ? { prunedBefore: anchor.firstSeq } : {}) };
}

function parseRecord(buf: Buffer, expect: number): string | { kind: string; data: unknown } {
  let v: unknown;
  try {
    v = JSON.parse(buf.toString('utf8'));
  } catch {
    return 'line is not valid JSON';
  }
  if (typeof v !== 'object' || v === null) return 'line is not a JSON object';
  const r = v as Record<string, unknown>;
  if (r.seq !== expect) return `expected seq ${expect}, found ${JSON.stringify(r.seq)}`;
  if (typeof r.ts !== 'string' || typeof r.src !== 'string' || typeof r.kind !== 'string') return 'ts, src or kind missing';
  if (typeof r.data !== 'object' || r.data === null) return 'data missing';
  if (r.aseq !== undefined && typeof r.aseq !== 'number') return 'aseq is not a number';
  return { kind: r.kind, data: r.data };
}
