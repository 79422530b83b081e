import { describe, expect, it } from 'vitest';
import { decodeProductState } from './product-state.js';

describe('decodeProductState (GUIDELINE examples)', () => {
  it.each([
    [397568, { state: 'on', microsoft: true, upToDate: true }],
    [393472, { state: 'off', microsoft: true, upToDate: true }],
    [266240, { state: 'on', microsoft: false, upToDate: true }],
    [266256, { state: 'on', microsoft: false, upToDate: false }],
  ])('%i', (ps, expected) => {
    expect(decodeProductState(ps)).toEqual(expected);
  });

  it('snoozed, expired, and an unknown signature byte', () => {
    expect(decodeProductState(0x042000).state).toBe('snoozed');
    expect(decodeProductState(0x043000).state).toBe('expired');
    expect(decodeProductState(0x041001).upToDate).toBeNull();
  });
});
