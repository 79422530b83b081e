import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMyNumbers, isValidCorporateNumber, isValidMyNumber, MyNumberCounter } from './my-number.js';
import { corporateWithCheckDigit, grouped, remainderOf, toFullWidth, withCheckDigit } from './test-utils/my-numbers.js';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const validNumber = digits(11).map(withCheckDigit);
// Text that cannot join a number: no digits, separators or dots.
const filler = fc.string({ unit: fc.constantFrom(...'abcxyz氏名山田太郎様、。\n\t,:;()（）'), maxLength: 30 });

describe('check digits (GUIDELINE.md examples)', () => {
  it('accepts the guideline examples and rejects other check digits', () => {
    for (const n of ['123456789018', '987654321093', '000000000060']) {
      expect(isValidMyNumber(n)).toBe(true);
      expect(isValidMyNumber(toFullWidth(n))).toBe(true);
      for (let c = 0; c <= 9; c++) if (String(c) !== n[11]) expect(isValidMyNumber(n.slice(0, 11) + c)).toBe(false);
    }
    expect(isValidMyNumber('12345678901')).toBe(false);
    expect(isValidMyNumber('12345678901a')).toBe(false);
  });

  it('validates the National Tax Agency corporate number', () => {
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    expect(isValidCorporateNumber('6000012050002')).toBe(false);
  });

  it('agrees with an independent oracle on one-digit changes', () => {
    fc.assert(
      fc.property(validNumber, fc.nat(11), fc.integer({ min: 1, max: 9 }), (n, pos, delta) => {
        const changed = n.slice(0, pos) + String((Number(n[pos]) + delta) % 10) + n.slice(pos + 1);
        // A changed data digit moves the remainder; only a move between 0 and 1 keeps check digit 0.
        const stillValid = pos < 11 && remainderOf(n) <= 1 && remainderOf(changed) <= 1;
        expect(isValidMyNumber(changed)).toBe(stillValid);
      }),
    );
  });
});

describe('findMyNumbers', () => {
  it('finds every accepted shape', () => {
    const n = '123456789018';
    for (const text of [n, grouped(n, '-'), grouped(n, ' '), grouped(n, '\u3000'), grouped(n, '－'), grouped(n, '‐'), grouped(n, 'ー'), toFullWidth(n), toFullWidth(grouped(n, '－'))]) {
      expect(findMyNumbers(`氏名 山田 ${text} 以上`), text).toEqual({ count: 1, occurrences: 1, confidence: 'low' });
    }
  });

  it('counts distinct numbers and occurrences, with confidence from nearby keywords', () => {
    const text = `個人番号: 123456789018\n${'x'.repeat(100)} 1234-5678-9018 ${'x'.repeat(100)} 987654321093`;
    expect(findMyNumbers(text)).toEqual({ count: 2, occurrences: 3, confidence: 'high' });
    expect(findMyNumbers(`Ｍｙ　Ｎｕｍｂｅｒ：９８７６５４３２１０９３`).confidence).toBe('high');
    expect(findMyNumbers(`${'x'.repeat(41)}987654321093 番号`).confidence).toBe('high');
    expect(findMyNumbers(`番号${'x'.repeat(41)}987654321093`).confidence).toBe('low');
    expect(findMyNumbers('nothing here')).toEqual({ count: 0, occurrences: 0, confidence: null });
  });

  it('rejects decoys', () => {
    const decoys = [
      '7000012050002', // corporate number
      '7-0000-1205-0002', // corporate number in groups
      '123456789017', // wrong check digit
      '0123456789018', '1234567890189', // inside longer runs
      '1234-5678-9018-1111', '1111-1234-5678-9018', // card-like 4-4-4-4
      '1234-5678 9018', // mixed separators
      '123,456,789,018', // an amount
      '03-1234-5678', '090-1234-5678', // phone numbers
      '0.123456789018', '123456789018.5', // decimals
      'AB-123456789018-1', // hyphenated code
    ];
    for (const d of decoys) expect(findMyNumbers(`金額 ${d} 円`).occurrences, d).toBe(0);
  });

  it('finds random valid numbers in random text, in any shape', () => {
    const shape = fc.constantFrom((n: string) => n, (n: string) => grouped(n, '-'), (n: string) => toFullWidth(grouped(n, '\u3000')));
    fc.assert(
      fc.property(filler, validNumber, shape, filler, (a, n, s, b) => {
        expect(findMyNumbers(a + s(n) + b).occurrences).toBe(1);
      }),
    );
  });

  it('never reports corporate numbers, invalid numbers or numbers inside longer digit runs', () => {
    fc.assert(
      fc.property(filler, digits(12), filler, (a, base, b) => {
        expect(findMyNumbers(a + corporateWithCheckDigit(base) + b).occurrences).toBe(0);
      }),
    );
    fc.assert(
      fc.property(filler, validNumber, fc.integer({ min: 1, max: 9 }), filler, (a, n, d, b) => {
        const wrong = n.slice(0, 11) + String((Number(n[11]) + d) % 10);
        expect(findMyNumbers(a + wrong + b).occurrences).toBe(0);
      }),
    );
    fc.assert(
      fc.property(filler, digits(1), validNumber, digits(1), fc.boolean(), filler, (a, p, n, q, before, b) => {
        expect(findMyNumbers(a + (before ? p + n : n + q) + b).occurrences).toBe(0);
      }),
    );
  });

  it('gives the same answer however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(filler, validNumber), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), (parts, cuts) => {
        const text = parts.map(([f, n]) => `${f} ${n} 番号${f}`).join('\n').repeat(3);
        const whole = findMyNumbers(text);
        const counter = new MyNumberCounter({ batch: 1 });
        let at = 0;
        for (const c of [...cuts.map((c) => c % (text.length + 1))].sort((x, y) => x - y)) {
          counter.push(text.slice(at, c));
          at = c;
        }
        counter.push(text.slice(at));
        const { count, occurrences, confidence } = counter.end();
        expect({ count, occurrences, confidence }).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('judges a number cut at every possible point exactly once', () => {
    const text = `番号 1234-5678-9018 ${'y'.repeat(60)} 987654321093 ${'z'.repeat(60)}`;
    for (let cut = 0; cut <= text.length; cut++) {
      const counter = new MyNumberCounter({ batch: 1 });
      counter.push(text.slice(0, cut));
      counter.push(text.slice(cut));
      expect(counter.end()).toMatchObject({ count: 2, occurrences: 2, confidence: 'high' });
    }
  });

  it('bounds the memory of distinct counting and says when the count is a lower bound', () => {
    const counter = new MyNumberCounter({ maxDistinct: 2 });
    counter.push('123456789018 987654321093 123456789018 ');
    expect(counter.end()).toEqual({ count: 2, occurrences: 3, confidence: 'low', countCapped: false });
    counter.push('123456789018 987654321093 000000000060 123456789018');
    expect(counter.end()).toEqual({ count: 2, occurrences: 4, confidence: 'low', countCapped: true });
  });
});
