// Turns a caller's item into the bytes of a spool line. Items are checked here, before they get
// a seq, against the wire schema's rules: an event the box would refuse would otherwise block
// the agent's sending forever (the box refuses the batch, the agent resends it).
import { AgentEvent, Limits, eventKind } from '../../protocol/wire.js';
import { SpoolError } from './spool-error.js';

export interface SpoolItem {
  kind: string;
  data: Record<string, unknown>;
  /** ISO 8601 with offset; defaults to now. */
  time?: string;
}

/** A checked item: its line without the seq, so serialisation happens once. */
export interface PreparedItem {
  time: string;
  kind: string;
  data: Record<string, unknown>;
  /** `"time":...,"kind":...,"data":...}` — the line after `{"seq":N,`. */
  rest: string;
  restBytes: number;
}

/** `{"seq":` + `,` + `\n` around the digits. */
const LINE_OVERHEAD = 9;

export function prepareItem(item: SpoolItem): PreparedItem {
  if (!eventKind.safeParse(item.kind).success) {
    throw new SpoolError('SPOOL_BAD_EVENT', `event kind ${JSON.stringify(item.kind)} is not a lower-case dotted name`, {
      kind: item.kind,
    });
  }
  const time = item.time ?? new Date().toISOString();
  if (item.time !== undefined && !AgentEvent.shape.time.safeParse(time).success) {
    throw new SpoolError('SPOOL_BAD_EVENT', `event time ${JSON.stringify(time)} is not ISO 8601 with an offset`, {
      kind: item.kind,
      time,
    });
  }
  const data: unknown = item.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new SpoolError('SPOOL_BAD_EVENT', `event data of ${item.kind} must be an object`, { kind: item.kind });
  }
  let dataJson: string;
  try {
    dataJson = JSON.stringify(data);
  } catch (e) {
    throw new SpoolError('SPOOL_BAD_EVENT', `event data of ${item.kind} cannot be written as JSON`, { kind: item.kind }, { cause: e });
  }
  const dataBytes = Buffer.byteLength(dataJson);
  if (dataBytes > Limits.maxEventDataBytes) {
    throw new SpoolError('SPOOL_BAD_EVENT', `event data of ${item.kind} is ${dataBytes} bytes, over the ${Limits.maxEventDataBytes} limit`, {
      kind: item.kind,
      dataBytes,
    });
  }
  const rest = `"time":${JSON.stringify(time)},"kind":${JSON.stringify(item.kind)},"data":${dataJson}}`;
  return { time, kind: item.kind, data: data as Record<string, unknown>, rest, restBytes: Buffer.byteLength(rest) };
}

export function lineOf(seq: number, item: PreparedItem): string {
  return `{"seq":${seq},${item.rest}\n`;
}

export function lineBytes(seq: number, item: PreparedItem): number {
  return LINE_OVERHEAD + String(seq).length + item.restBytes;
}
