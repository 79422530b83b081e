// Typed errors for the collectors. agents/ may not import appliance/errors, so the agent keeps its own
// small catalogue; codes are stable strings a log reader (or the box, via an error event) can act on.
export const CollectorErrorCodes = {
  READ_FAILED: 'a file the collector needs could not be read',
  COMMAND_FAILED: 'a command the collector runs failed',
  BAD_OUTPUT: 'a collector produced data that does not match its schema',
} as const;
export type CollectorErrorCode = keyof typeof CollectorErrorCodes;

export class CollectorError extends Error {
  readonly code: CollectorErrorCode;
  readonly context: Record<string, unknown>;
  constructor(code: CollectorErrorCode, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CollectorError';
    this.code = code;
    this.context = context;
  }
}
