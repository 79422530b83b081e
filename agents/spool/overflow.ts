// Deciding what a full spool throws away: whole segments, oldest first, until the new write
// (plus the overflow event that reports the loss) fits under maxEvents and maxBytes.
import { segmentCount, type SegmentInfo } from './segment.js';

/** Room kept for the `agent.spool_overflow` event's own line. */
export const OVERFLOW_EVENT_RESERVE = 256;

export interface OverflowPlan {
  segments: SegmentInfo[];
  /** Unacknowledged events lost (acked ones in a dropped segment are not a loss). */
  dropped: number;
  fromSeq: number;
  toSeq: number;
}

/** Limits count what is on disk, acked-but-not-yet-deleted lines included, because that is
 *  what the disk holds. Returns null when the new lines fit without dropping anything. A write
 *  larger than the limits on its own is still written, after everything older is dropped. */
export function planOverflow(
  segments: readonly SegmentInfo[],
  ackedSeq: number,
  limits: { maxBytes: number; maxEvents: number },
  newEvents: number,
  newBytes: number,
): OverflowPlan | null {
  let events = 0;
  let bytes = 0;
  for (const seg of segments) {
    events += segmentCount(seg);
    bytes += seg.bytes;
  }
  const fits = (extraEvents: number, extraBytes: number) =>
    events + newEvents + extraEvents <= limits.maxEvents && bytes + newBytes + extraBytes <= limits.maxBytes;
  if (fits(0, 0)) return null;
  const victims: SegmentInfo[] = [];
  let dropped = 0;
  let fromSeq = 0;
  let toSeq = 0;
  for (const seg of segments) {
    if (fits(1, OVERFLOW_EVENT_RESERVE)) break;
    victims.push(seg);
    events -= segmentCount(seg);
    bytes -= seg.bytes;
    const from = Math.max(seg.firstSeq, ackedSeq + 1);
    if (seg.lastSeq >= from) {
      dropped += seg.lastSeq - from + 1;
      if (fromSeq === 0) fromSeq = from;
      toSeq = seg.lastSeq;
    }
  }
  return victims.length > 0 ? { segments: victims, dropped, fromSeq, toSeq } : null;
}
