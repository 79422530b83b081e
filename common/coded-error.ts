// The one base of our typed errors. Each part keeps its own catalogue of stable codes (the box's
// MamoriError, the agent's SpoolError, ScanError, CollectorError, the stores' DocumentError) and
// extends this class, so a CLI, a log line or the control socket can read `code` and `context`
// from any of them without knowing which part threw.

export class CodedError<C extends string = string> extends Error {
  readonly code: C;
  /** What a user or a log reader needs to act on (file, field, id); never a secret. */
  readonly context: Record<string, unknown>;

  constructor(code: C, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** True for any of our coded errors, optionally with this code. */
export function isCodedError(e: unknown, code?: string): e is CodedError {
  return e instanceof CodedError && (code === undefined || e.code === code);
}
