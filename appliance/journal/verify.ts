// `mamori journal verify`: walks every segment in order, checking JSON, seq continuity and the hash
// chain over the exact bytes on disk, and names the first broken record. Streams; memory stays flat.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MamoriError } from '../errors/mamori-error.js';
import { readLinesForward } from './line-reader.js';
import { checkLineHash, GENESIS_HASH } from './record.js';
import { listSegments } from './segment-files.js';
import type { VerifyResult } from './types.js';

export async function verifyJournal(dir: string): Promise<VerifyResult> {
  const st = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new MamoriError('NOT_FOUND', `no journal folder at ${dir}`, { dir }, { cause: e });
    throw e;
  });
  if (!st.isDirectory()) throw new MamoriError('BAD_INPUT', `${dir} is not a folder`, { dir });
  let prevH = GENESIS_HASH;
  let expect = 1;
  let count = 0;
  const broken = (segment: string, line: number, reason: string): VerifyResult => ({
    ok: false,
    count,
    lastSeq: expect - 1,
    firstBroken: { seq: expect, segment, line, reason },
  });
  for (const seg of await listSegments(dir)) {
    if (seg.firstSeq !== expect) return broken(seg.name, 1, `segment name says first seq ${seg.firstSeq}, expected ${expect}`);
    let lineNo = 0;
    for await (const lines of readLinesForward(join(dir, seg.name))) {
      for (const { buf, terminated } of lines) {
        lineNo++;
        if (!terminated) return broken(seg.name, lineNo, 'last line has no newline (torn write)');
        const reason = recordProblem(buf, expect);
        if (reason) return broken(seg.name, lineNo, reason);
        const c = checkLineHash(prevH, buf);
        if (!c.ok) return broken(seg.name, lineNo, c.reason);
        prevH = c.h;
        expect++;
        count++;
      }
    }
  }
  return { ok: true, count, lastSeq: expect - 1 };
}

function recordProblem(buf: Buffer, expect: number): string | null {
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
  return null;
}
