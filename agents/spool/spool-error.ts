// The spool's catalogue of stable codes, with the context a user needs.
import { CodedError } from '../../common/coded-error.js';

export const SpoolErrorCodes = {
  SPOOL_CORRUPT: 'the agent spool on disk is damaged',
  SPOOL_BAD_EVENT: 'an event cannot be spooled',
  SPOOL_BAD_ARGUMENT: 'a spool option or acknowledgement is not valid',
  SPOOL_CLOSED: 'the agent spool is closed',
  SPOOL_IO: 'the agent spool could not read or write its files',
} as const;
export type SpoolErrorCode = keyof typeof SpoolErrorCodes;

export class SpoolError extends CodedError<SpoolErrorCode> {
  constructor(code: SpoolErrorCode, message?: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(code, message ?? SpoolErrorCodes[code], context, options);
  }
}

export function isSpoolError(e: unknown, code?: SpoolErrorCode): e is SpoolError {
  return e instanceof SpoolError && (code === undefined || e.code === code);
}
