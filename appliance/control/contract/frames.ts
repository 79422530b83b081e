// The control socket's framing: one JSON object per line, a hello with the protocol version, then
// numbered requests and their answers, and pushed records for subscriptions.
import { z } from 'zod';

export const CONTROL_PROTOCOL_VERSION = 1;
export const MAX_CONTROL_LINE_BYTES = 1024 * 1024;

export const ClientFrame = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  params: z.unknown().optional(),
});
export type ClientFrame = z.infer<typeof ClientFrame>;

export interface HelloFrame {
  t: 'hello';
  version: string;
  protocol: number;
  challenge: string;
  challengeDir: string;
}

export type ServerFrame =
  | HelloFrame
  | { id: number; result: unknown }
  | { id: number; error: { code: string; message: string; field?: string } }
  | { sub: number; records: unknown[] };
