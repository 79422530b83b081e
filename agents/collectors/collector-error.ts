// The collectors' catalogue: codes are stable strings a log reader (or the box, via an error event)
// can act on.
import { CodedError } from '../../common/coded-error.js';

export const CollectorErrorCodes = {
  READ_FAILED: 'a file the collector needs could not be read',
  COMMAND_FAILED: 'a command the collector runs failed',
  BAD_OUTPUT: 'a collector produced data that does not match its schema',
} as const;
export type CollectorErrorCode = keyof typeof CollectorErrorCodes;

export class CollectorError extends CodedError<CollectorErrorCode> {}
