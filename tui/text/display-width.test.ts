import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayWidth, fitToWidth, truncateToWidth } from './display-width.js';

describe('displayWidth', () => {
  it('counts full-width Japanese as two cells and ASCII as one', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('資産')).toBe(4);
    expect(displayWidth('ﾌﾟﾘﾝﾀ')).toBe(5); // half-width katakana stay narrow
    expect(displayWidth('ＰＣ１')).toBe(6);
    expect(displayWidth('が')).toBe(2);
    expect(displayWidth('か\u3099')).toBe(2); // combining voiced mark adds nothing
  });

  it('truncates without splitting a wide character', () => {
    expect(truncateToWidth('経理部のパソコン', 7)).toBe('経理部…');
    expect(displayWidth(truncateToWidth('経理部のパソコン', 8))).toBeLessThanOrEqual(8);
    expect(truncateToWidth('short', 10)).toBe('short');
  });

  it('fits any text to exactly the requested width', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (s, w) => {
        const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
        expect(displayWidth(fitToWidth(clean, w))).toBe(w);
      }),
    );
  });
});
