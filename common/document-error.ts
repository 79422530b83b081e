// Errors of our data files: the JSON stores and any other file we read back and validate.
import { CodedError } from './coded-error.js';

export const DocumentErrorCodes = {
  DOCUMENT_INVALID: 'a data file is damaged or not in the expected form',
  DOCUMENT_CLOSED: 'the data file was already closed',
  DOCUMENT_ASYNC_UPDATE: 'an update of a data file must be synchronous',
} as const;
export type DocumentErrorCode = keyof typeof DocumentErrorCodes;

export class DocumentError extends CodedError<DocumentErrorCode> {
  constructor(code: DocumentErrorCode, message: string = DocumentErrorCodes[code], context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(code, message, context, options);
  }
}
