import { describe, expect, it } from 'vitest';
import { asArray, num, str } from '../json-values.js';
import { bool, winDate } from './json.js';

describe('ConvertTo-Json readers', () => {
  it('asArray: null, one object, an array', () => {
    expect(asArray(null)).toEqual([]);
    expect(asArray({ a: 1 })).toEqual([{ a: 1 }]);
    expect(asArray([1, 2])).toEqual([1, 2]);
  });

  it('str/num: trimmed strings, uint64 as string, NULs dropped', () => {
    expect(str('  PF4XK2QH \0')).toBe('PF4XK2QH');
    expect(str('')).toBeUndefined();
    expect(num('16837312512')).toBe(16837312512);
    expect(num('abc')).toBeUndefined();
  });

  it('bool: booleans, 0/1, English and Japanese words', () => {
    expect([bool(true), bool(1), bool('True'), bool('有効'), bool('オン')]).toEqual([true, true, true, true, true]);
    expect([bool(false), bool(0), bool('無効'), bool('Off')]).toEqual([false, false, false, false]);
    expect(bool('不明')).toBeUndefined();
  });

  it('winDate: /Date()/, WMI datetime, en-US, ja-JP and 年月日 dates; "never" is undefined', () => {
    expect(winDate('/Date(1732520000000)/')).toBe('2024-11-25T07:33:20.000Z');
    expect(winDate('20241113093000.000000+540')).toBe('2024-11-13T00:30:00.000Z');
    expect(winDate('11/13/2024')).toBe('2024-11-13T00:00:00.000Z');
    expect(winDate('2024/11/13')).toBe('2024-11-13T00:00:00.000Z');
    expect(winDate('2024年11月13日')).toBe('2024-11-13T00:00:00.000Z');
    expect(winDate('/Date(-11644473600000)/')).toBeUndefined();
    expect(winDate('')).toBeUndefined();
    expect(winDate('13/13/2024')).toBeUndefined();
  });
});
