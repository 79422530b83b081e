// The box's catalogue of error codes with messages a user can act on (after fastify's lib/errors.js).
import { CodedError } from '../../common/coded-error.js';

export const ErrorCodes = {
  DATA_LOCKED: 'another mamori daemon already owns this data folder',
  NO_DAEMON: 'no mamori daemon is answering on this control socket',
  CONTROL_DENIED: 'permission denied on the control socket',
  BAD_REQUEST: 'the request was not valid',
  NOT_FOUND: 'no such item',
  TOKEN_INVALID: 'the enrollment token is not valid',
  JOURNAL_CORRUPT: 'the journal is damaged',
  BAD_INPUT: 'the input was not valid',
  VERSION_MISMATCH: 'the daemon speaks a different version',
  INTERNAL: 'internal error',
} as const;
export type ErrorCode = keyof typeof ErrorCodes;

export class MamoriError extends CodedError<ErrorCode> {
  constructor(code: ErrorCode, message?: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(code, message ?? ErrorCodes[code], context, options);
  }
}

export function isMamoriError(e: unknown, code?: ErrorCode): e is MamoriError {
  return e instanceof MamoriError && (code === undefined || e.code === code);
}
