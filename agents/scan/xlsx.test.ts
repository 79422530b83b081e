import { describe, expect, it } from 'vitest';
import { numericCellDigits } from './xlsx.js';
import { isTwelveZeroFormat } from './xlsx-styles.js';

describe('numeric cells', () => {
  it('reads 12-digit values in any notation Excel writes', () => {
    expect(numericCellDigits('123456789018', false)).toBe('123456789018');
    expect(numericCellDigits('1.23456789018E+11', false)).toBe('123456789018');
    expect(numericCellDigits('123456789018.0', false)).toBe('123456789018');
  });

  it('pads lost leading zeros only under a 12-zero number format', () => {
    expect(numericCellDigits('60', true)).toBe('000000000060');
    expect(numericCellDigits('60', false)).toBeNull();
    expect(numericCellDigits('12345678901', false)).toBeNull();
  });

  it('rejects fractions, negatives, 13 digits and blanks', () => {
    for (const v of ['123456789018.5', '-123456789018', '7000012050002', '', 'abc', '1E+12']) expect(numericCellDigits(v, true), v).toBeNull();
  });

  it('recognises zero-padding formats', () => {
    expect(isTwelveZeroFormat('000000000000')).toBe(true);
    expect(isTwelveZeroFormat('0000-0000-0000')).toBe(true);
    expect(isTwelveZeroFormat('0000" "0000" "0000;@')).toBe(true);
    expect(isTwelveZeroFormat('00000000000')).toBe(false);
    expect(isTwelveZeroFormat('#,##0')).toBe(false);
    expect(isTwelveZeroFormat('General')).toBe(false);
  });
});
