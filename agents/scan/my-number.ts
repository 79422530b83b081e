// Finds My Numbers in text, streaming-friendly. What counts as one (see README.md "Matching rules"):
// 12 digits, or 4-4-4 joined by the same separator twice; half- or full-width digits; standing alone;
// correct check digit. The numbers live only inside one counter, and only until end().
import { digitValue, isValidMyNumber } from './check-digits.js';

export { isValidCorporateNumber, isValidMyNumber } from './check-digits.js';

export type Confidence = 'high' | 'low';
export interface MyNumberTally {
  /** Distinct valid numbers (a lower bound when countCapped). */
  count: number;
  occurrences: number;
  confidence: Confidence | null;
  countCapped: boolean;
}

const D = '[0-9\\uFF10-\\uFF19]';
// Space, ideographic space, hyphen-minus and its look-alikes in Japanese text, and ー (U+30FC):
// an IME in kana mode types ー for the minus key, so "1234ー5678ー9012" is a real way people write it.
const SPACES = ' \u3000';
const HYPHENS = '-\u2010\u2011\u2012\u2013\u2212\uFF0D\u30FC';
const SEPARATORS = SPACES + HYPHENS;
const escapeClass = (s: string) => s.replace(/[-\\\]^]/g, '\\$&');
const CANDIDATE = new RegExp(
  `(?<!${D})(?:${D}{12}|${D}{4}([${escapeClass(SEPARATORS)}])${D}{4}\\1${D}{4})(?!${D})`,
  'g',
);

/** Words that, within WINDOW characters of a number, make it "high" confidence. */
export const KEYWORDS = ['個人番号', 'マイナンバー', 'ﾏｲﾅﾝﾊﾞｰ', '番号', 'My Number', 'MyNumber', 'my_number'];
const KEYWORD_RE = /番号|マイナンバー|ﾏｲﾅﾝﾊﾞｰ|[mｍ][yｙ][\s\u3000_\-－]?[nｎ][uｕ][mｍ][bｂ][eｅ][rｒ]/iu;
export const KEYWORD_WINDOW = 40;

const MAX_CANDIDATE = 14;
// Characters kept after a round: enough for a whole candidate, its two characters of context on
// each side and the keyword window, so a match across a chunk boundary is judged exactly once.
const TAIL = MAX_CANDIDATE + 2 + KEYWORD_WINDOW;
// Small pushes (one spreadsheet cell, one docx run) are gathered before a regex pass.
const BATCH = 64 * 1024;
/** Above this many distinct numbers in one file the count is reported as a lower bound. */
export const MAX_DISTINCT = 200_000;

const isDigit = (c: number) => digitValue(c) >= 0;
const isSeparator = (c: number) => c >= 0 && SEPARATORS.includes(String.fromCharCode(c));
const isHyphen = (c: number) => c >= 0 && HYPHENS.includes(String.fromCharCode(c));
const isDot = (c: number) => c === 0x2e || c === 0xff0e;

export function containsKeyword(text: string): boolean {
  return KEYWORD_RE.test(text);
}

export class MyNumberCounter {
  #seen = new Set<number>();
  #occurrences = 0;
  #high = 0;
  #capped = false;
  #buf = '';
  #from = 0; // first index in #buf not yet tried as a candidate start
  readonly #batch: number;
  readonly #maxDistinct: number;

  /** `batch`: characters gathered before a regex pass (tests use 1 to cut at every push). */
  constructor(options: { batch?: number; maxDistinct?: number } = {}) {
    this.#batch = options.batch ?? BATCH;
    this.#maxDistinct = options.maxDistinct ?? MAX_DISTINCT;
  }

  push(text: string): void {
    this.#buf += text;
    if (this.#buf.length - this.#from >= this.#batch + TAIL) this.#scan(false);
  }

  /** Counts one already-isolated 12-digit value (e.g. a numeric spreadsheet cell). */
  addDigits(digits12: string, high: boolean): void {
    if (isValidMyNumber(digits12)) this.#record(digits12, high);
  }

  /** Counts a number found in an isolated piece of text (see forEachMyNumber). */
  addFound(digits12: string, high: boolean): void {
    this.#record(digits12, high);
  }

  /** Adds a number to the distinct count without an occurrence (a spreadsheet's shared string). */
  remember(digits12: string): void {
    this.#remember(digits12);
  }

  /** Adds occurrences of numbers already remembered (cells referring to a shared string). */
  addOccurrences(n: number, high: boolean): void {
    this.#occurrences += n;
    if (high) this.#high += n;
  }

  /** Finishes the text, forgets every number seen and starts afresh. */
  end(): MyNumberTally {
    this.#scan(true);
    const tally: MyNumberTally = {
      count: this.#seen.size,
      occurrences: this.#occurrences,
      confidence: this.#occurrences === 0 ? null : this.#high > 0 ? 'high' : 'low',
      countCapped: this.#capped,
    };
    this.#seen.clear();
    this.#buf = '';
    this.#from = 0;
    this.#occurrences = 0;
    this.#high = 0;
    this.#capped = false;
    return tally;
  }

  #scan(final: boolean): void {
    const buf = this.#buf;
    const limit = final ? buf.length : buf.length - TAIL;
    if (limit <= this.#from) return;
    scanRange(buf, this.#from, limit, (digits, nearKeyword) => this.#record(digits, nearKeyword));
    const keepFrom = Math.max(0, limit - KEYWORD_WINDOW - 2);
    this.#buf = final ? '' : buf.slice(keepFrom);
    this.#from = final ? 0 : limit - keepFrom;
  }

  #record(digits: string, high: boolean): void {
    this.#occurrences++;
    if (high) this.#high++;
    this.#remember(digits);
  }

  #remember(digits: string): void {
    if (this.#seen.size < this.#maxDistinct) this.#seen.add(Number(digits));
    else if (!this.#seen.has(Number(digits))) this.#capped = true;
  }
}

/** Calls visit for each valid, standalone number in a complete piece of text. */
export function forEachMyNumber(text: string, visit: (digits12: string, nearKeyword: boolean) => void): void {
  scanRange(text, 0, text.length, visit);
}

/** Tries every candidate starting in [from, limit); buf must hold TAIL characters of context past limit. */
function scanRange(buf: string, from: number, limit: number, visit: (digits12: string, nearKeyword: boolean) => void): void {
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(buf); m !== null && m.index < limit; m = CANDIDATE.exec(buf)) {
    const start = m.index;
    const end = start + m[0].length;
    // Joined to more digits through a separator (a card number 4-4-4-4, a 1-4-4-4 corporate
    // number, a hyphenated code) or a decimal point: part of something longer, not a My Number.
    const joins = end - start !== 12 ? (c: number) => isSeparator(c) || isDot(c) : (c: number) => isHyphen(c) || isDot(c);
    const at = (i: number) => (i >= 0 && i < buf.length ? buf.charCodeAt(i) : -1);
    if (joins(at(start - 1)) && isDigit(at(start - 2))) continue;
    if (joins(at(end)) && isDigit(at(end + 1))) continue;
    let digits = '';
    for (let i = start; i < end; i++) {
      const v = digitValue(buf.charCodeAt(i));
      if (v >= 0) digits += String.fromCharCode(0x30 + v);
    }
    if (!isValidMyNumber(digits)) continue;
    visit(digits, KEYWORD_RE.test(buf.slice(Math.max(0, start - KEYWORD_WINDOW), end + KEYWORD_WINDOW)));
  }
}

/** One-shot form of MyNumberCounter. */
export function findMyNumbers(text: string): { count: number; occurrences: number; confidence: Confidence | null } {
  const counter = new MyNumberCounter();
  counter.push(text);
  const { count, occurrences, confidence } = counter.end();
  return { count, occurrences, confidence };
}
