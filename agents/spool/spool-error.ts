// The spool's own typed error: agents/ may not import the appliance's MamoriError, so the
// spool carries a small catalogue of stable codes with the context a user needs.
export const SpoolErrorCodes = {
  SPOOL_CORRUPT: 'the agent spool on disk is damaged',
  SPOOL_BAD_EVENT: 'an event cannot be spooled',
  SPOOL_BAD_ARGUMENT: 'a spool option or acknowledgement is not valid',
  SPOOL_CLOSED: 'the agent spool is closed',
  SPOOL_IO: 'the agent spool could not read or write its files',
} as const;
export type SpoolErrorCode = keyof typeof SpoolErrorCodes;

export class SpoolError extends Error {
  readonly code: SpoolErrorCode;
  readonly context: Record<string, unknown>;
  constructor(code: SpoolErrorCode, message?: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message ?? SpoolErrorCodes[code], options);
    this.name = 'SpoolError';
    this.code = code;
    this.context = context;
  }
}

export function isSpoolError(e: unknown, code?: SpoolErrorCode): e is SpoolError {
  return e instanceof SpoolError && (code === undefined || e.code === code);
}
