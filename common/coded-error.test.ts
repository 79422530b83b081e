import { describe, expect, it } from 'vitest';
import { CodedError, isCodedError } from './coded-error.js';

class PartError extends CodedError<'ONE' | 'TWO'> {}

describe('CodedError', () => {
  it('carries code, context and cause, and takes the subclass name', () => {
    const cause = new Error('root');
    const e = new PartError('ONE', 'it broke', { path: '/x' }, { cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PartError');
    expect(e.context).toEqual({ path: '/x' });
    expect(e.cause).toBe(cause);
    expect(isCodedError(e)).toBe(true);
    expect(isCodedError(e, 'ONE')).toBe(true);
    expect(isCodedError(e, 'TWO')).toBe(false);
    expect(isCodedError(new Error('plain'))).toBe(false);
  });
});
