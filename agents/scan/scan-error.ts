// Errors that stop a whole scan (a single unreadable file is a skip, not an error).
import { CodedError } from '../../common/coded-error.js';

export const ScanErrorCodes = {
  ROOT_UNREADABLE: 'the folder to scan does not exist or cannot be read',
  ROOT_NOT_DIRECTORY: 'the path to scan is not a folder',
} as const;
export type ScanErrorCode = keyof typeof ScanErrorCodes;

export class ScanError extends CodedError<ScanErrorCode> {
  constructor(code: ScanErrorCode, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(code, ScanErrorCodes[code], context, options);
  }
}
