// Cheap shape checks on the hot path; the wire schema (zod) has already validated agent events.
import { MamoriError } from '../errors/mamori-error.js';

export function checkInput(src: unknown, kind: unknown, data: unknown, aseq: unknown): void {
  if (typeof src !== 'string' || src === '' || typeof kind !== 'string' || kind === '') {
    throw new MamoriError('BAD_INPUT', 'journal input needs a non-empty src and kind', { src, kind });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new MamoriError('BAD_INPUT', 'journal input data must be an object', { src, kind });
  }
  if (aseq !== undefined && !(Number.isSafeInteger(aseq) && (aseq as number) >= 0)) {
    throw new MamoriError('BAD_INPUT', 'journal input aseq must be a non-negative integer', { src, kind, aseq });
  }
}
