// Spreadsheets: string cells (shared or inline) go through the text matcher; numeric cells are
// judged as numbers, because Excel stores 123456789018 as a double and may write it as
// 1.23456789018E+11 and drops leading zeros (see numericCellDigits).
import { containsKeyword, forEachMyNumber, type MyNumberCounter } from './my-number.js';
import { zeroPaddedStyles } from './xlsx-styles.js';
import { readSharedStrings, type SharedStringHits } from './xlsx-shared-strings.js';
import { parseXmlPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

export function isXlsx(zip: ZipArchive): boolean {
  return zip.has('xl/workbook.xml');
}

/**
 * The 12 digits a numeric cell shows, or null. A value of 12 digits is checked as is. A shorter
 * integer is padded only when its style pads to 12 zeros: otherwise the cell does not show 12
 * digits, and padding every small number would turn one in eleven of them into a "My Number".
 */
export function numericCellDigits(value: string, zeroPadded: boolean): string | null {
  const x = Number(value.trim());
  if (value.trim() === '' || !Number.isInteger(x) || x < 0 || x >= 1e12) return null;
  if (x >= 1e11) return String(x);
  return zeroPadded ? String(x).padStart(12, '0') : null;
}

type Cell = { col: string; kind: 'shared'; index: number } | { col: string; kind: 'text'; text: string } | { col: string; kind: 'number'; value: string; padded: boolean };

export async function scanXlsx(zip: ZipArchive, counter: MyNumberCounter, signal: AbortSignal): Promise<void> {
  const padded = await zeroPaddedStyles(zip, signal);
  const shared = await readSharedStrings(zip, counter, signal);
  const sheets = zip.names().filter((n) => SHEET.test(n)).sort();
  for (const sheet of sheets) await scanSheet(zip, sheet, shared, padded, counter, signal);
  // A shared string no cell points at is still stored in the file.
  for (const s of shared.numbers.values()) if (!s.referenced) counter.addOccurrences(s.occurrences, s.high);
}

async function scanSheet(zip: ZipArchive, part: string, shared: SharedStringHits, padded: Set<number>, counter: MyNumberCounter, signal: AbortSignal): Promise<void> {
  // Columns headed by a keyword ("個人番号") make every number below them high confidence.
  const keywordColumns = new Set<string>();
  let row: Cell[] = [];
  let cell: { col: string; type: string; style: number } | null = null;
  let value = '';
  let inline = '';
  let where: 'v' | 't' | null = null;
  let inPhonetic = false;
  let position = 0;
  await parseXmlPart(
    zip,
    part,
    {
      open(name, a) {
        if (name === 'row') {
          row = [];
          position = 0;
        } else if (name === 'c') {
          position++;
          cell = { col: (a.r ?? '').replace(/\d+$/, '') || `#${position}`, type: a.t ?? 'n', style: Number(a.s ?? 0) };
          value = '';
          inline = '';
        } else if (name === 'v') where = 'v';
        else if (name === 't') where = 't';
        else if (name === 'rPh') inPhonetic = true;
      },
      text(t) {
        if (where === 'v') value += t;
        else if (where === 't' && !inPhonetic) inline += t;
      },
      close(name) {
        if (name === 'v' || name === 't') where = null;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c' && cell !== null) {
          const { col, type, style } = cell;
          if (type === 's') row.push({ col, kind: 'shared', index: Number(value) });
          else if (type === 'inlineStr') row.push({ col, kind: 'text', text: inline });
          else if (type === 'str') row.push({ col, kind: 'text', text: value });
          else if (type === 'n') row.push({ col, kind: 'number', value, padded: padded.has(style) });
          cell = null;
        } else if (name === 'row') {
          countRow(row, shared, keywordColumns, counter);
          row = [];
        }
      },
    },
    signal,
  );
}

function countRow(row: Cell[], shared: SharedStringHits, keywordColumns: Set<string>, counter: MyNumberCounter): void {
  const isLabel = (c: Cell) => (c.kind === 'shared' ? shared.keywords.has(c.index) : c.kind === 'text' && containsKeyword(c.text));
  const rowHasKeyword = row.some(isLabel);
  for (const c of row) {
    const high = rowHasKeyword || keywordColumns.has(c.col);
    if (c.kind === 'shared') {
      const hit = shared.numbers.get(c.index);
      if (hit !== undefined) {
        hit.referenced = true;
        counter.addOccurrences(hit.occurrences, hit.high || high);
      }
    } else if (c.kind === 'text') {
      forEachMyNumber(c.text, (digits, near) => counter.addFound(digits, near || high));
    } else {
      const digits = numericCellDigits(c.value, c.padded);
      if (digits !== null) counter.addDigits(digits, high);
    }
  }
  for (const c of row) if (isLabel(c)) keywordColumns.add(c.col);
}
