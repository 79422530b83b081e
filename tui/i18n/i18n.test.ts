import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { ja } from './ja.js';
import { createI18n, detectLang, formatDate, formatDay } from './i18n.js';

describe('i18n', () => {
  it('takes --lang first, then LC_ALL, then LANG', () => {
    expect(detectLang('en', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang(undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(detectLang(undefined, { LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(detectLang(undefined, { LC_ALL: 'C.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(detectLang(undefined, {})).toBe('en');
  });

  it('translates every key with the same placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ja[key]), key).toEqual(names(en[key]));
      expect(ja[key].length, key).toBeGreaterThan(0);
    }
  });

  it('fills placeholders', () => {
    expect(createI18n('ja').t('common.count', { shown: 3, total: 10 })).toBe('3/10 件');
  });

  it('formats dates in local time, Japanese style in Japanese', () => {
    const iso = '2025-03-04T05:06:07.000Z';
    const d = new Date(iso);
    const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    expect(formatDate(iso, 'ja', 'long')).toBe(`${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${hm}:07`);
    expect(formatDate(iso, 'ja')).toBe(`${d.getMonth() + 1}/${d.getDate()} ${hm}`);
    expect(formatDate(iso, 'en', 'long')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:07$/);
    expect(formatDate(undefined, 'en')).toBe('-');
    expect(formatDay('2025-03-04', 'ja')).toBe('3/4');
    expect(formatDay('2025-03-04', 'en')).toBe('03-04');
  });
});
