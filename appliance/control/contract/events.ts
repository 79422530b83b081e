// The journal through the control socket: query, follow live, and count per day. Records come back
// as the journal holds them; `data` is typed by kind through isEvent() (journal/event-kinds.ts).
import { z } from 'zod';
import type { JournalRecord } from '../../journal/types.js';

export { isEvent, type EventData, type EventKind, type EventOf } from '../../journal/event-kinds.js';

const isoTime = z.string().datetime({ offset: true });

export const eventMethods = {
  'events.query': z.object({
    since: isoTime.optional(),
    until: isoTime.optional(),
    asset: z.string().max(64).optional(),
    kind: z.string().max(64).optional(),
    afterSeq: z.number().int().nonnegative().optional(),
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().positive().max(10_000).default(100),
    order: z.enum(['asc', 'desc']).default('desc'),
  }),
  /** Pushes matching records as they are written; `kind` ending in '.' matches a family. */
  'events.subscribe': z.object({ asset: z.string().max(64).optional(), kind: z.string().max(64).optional() }),
  'events.unsubscribe': z.object({ sub: z.number().int() }),
  'events.perDay': z.object({ days: z.number().int().positive().max(366).default(14) }),
} as const;

/** One journal record: seq, receive time, source, kind, data and its chain hash. */
export type EventRecord = JournalRecord;

export interface DayCount {
  /** YYYY-MM-DD, the box's local day. */
  day: string;
  count: number;
}

export interface EventResults {
  'events.query': EventRecord[];
  'events.subscribe': { sub: number };
  'events.unsubscribe': { ok: true };
  'events.perDay': DayCount[];
}
