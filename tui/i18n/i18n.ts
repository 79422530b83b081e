// Language choice, message lookup and local-time date formats (Japanese style in Japanese).
import { en, type MessageKey, type Messages } from './en.js';
import { ja } from './ja.js';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];
const catalogues: Record<Lang, Messages> = { ja, en };

/** --lang wins; else LC_ALL, then LANG (POSIX precedence); Japanese when they say ja, English otherwise. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'ja' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export type Vars = Record<string, string | number>;

export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'short' for table cells, 'long' for detail views; both in the machine's local time zone. */
export function formatDate(iso: string | undefined, lang: Lang, style: 'short' | 'long' = 'short'): string {
  if (!iso) return '-';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const [y, mo, day, h, mi, s] = [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  if (lang === 'ja') {
    return style === 'long' ? `${y}年${mo}月${day}日 ${pad(h)}:${pad(mi)}:${pad(s)}` : `${mo}/${day} ${pad(h)}:${pad(mi)}`;
  }
  return style === 'long'
    ? `${y}-${pad(mo)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}`
    : `${pad(mo)}-${pad(day)} ${pad(h)}:${pad(mi)}`;
}

/** A calendar day ('YYYY-MM-DD') as a short axis label: 3/14 in Japanese, 03-14 in English. */
export function formatDay(day: string, lang: Lang): string {
  const [, m, d] = day.split('-');
  if (!m || !d) return day;
  return lang === 'ja' ? `${Number(m)}/${Number(d)}` : `${m}-${d}`;
}

export interface I18n {
  lang: Lang;
  t(key: MessageKey, vars?: Vars): string;
  date(iso: string | undefined, style?: 'short' | 'long'): string;
  day(day: string): string;
}

export function createI18n(lang: Lang): I18n {
  const messages = catalogues[lang];
  return {
    lang,
    t: (key, vars) => format(messages[key], vars),
    date: (iso, style) => formatDate(iso, lang, style),
    day: (day) => formatDay(day, lang),
  };
}

export type { MessageKey };
