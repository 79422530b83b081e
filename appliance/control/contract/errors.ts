// The errors a client of the control socket sees, re-exported so clients import only the contract.
export { ErrorCodes, isMamoriError, MamoriError, type ErrorCode } from '../../errors/mamori-error.js';
