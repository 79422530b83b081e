// The journal module's public surface.
export { Journal } from './journal.js';
export { verifyJournal } from './verify.js';
export { kindMatcher } from './record.js';
export type { JournalInput, JournalOptions, JournalQuery, JournalRecord, QueryStats, SegmentIndex, VerifyResult } from './types.js';
export { isEvent, journalEvent, type EventData, type EventKind, type EventOf } from './event-kinds.js';
