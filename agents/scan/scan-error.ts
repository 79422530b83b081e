// Errors that stop a whole scan (a single unreadable file is a skip, not an error). Stable codes,
// like appliance/errors, which agents/ may not import.
export const ScanErrorCodes = {
  ROOT_UNREADABLE: 'the folder to scan does not exist or cannot be read',
  ROOT_NOT_DIRECTORY: 'the path to scan is not a folder',
} as const;
export type ScanErrorCode = keyof typeof ScanErrorCodes;

export class ScanError extends Error {
  readonly code: ScanErrorCode;
  readonly context: Record<string, unknown>;
  constructor(code: ScanErrorCode, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(ScanErrorCodes[code], options);
    this.name = 'ScanError';
    this.code = code;
    this.context = context;
  }
}
