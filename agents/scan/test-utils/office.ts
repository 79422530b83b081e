// Hand-written OOXML parts, zipped with zip-writer: the smallest files Excel and Word open.
import { makeZip, type ZipInput } from './zip-writer.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** paragraphs: each a list of runs, so a test can split a number across <w:r> elements. */
export function makeDocx(paragraphs: string[][], extra: ZipInput[] = []): Buffer {
  const body = paragraphs
    .map((runs) => `<w:p>${runs.map((r) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(r)}</w:t></w:r><w:proofErr w:type="spellStart"/>`).join('')}</w:p>`)
    .join('');
  return makeZip([
    { name: '[Content_Types].xml', data: `${CT}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'word/document.xml', data: `${CT}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` },
    ...extra,
  ]);
}

export type XCell = { s: string } | { n: string; style?: number } | { inline: string };

/** rows of cells (column A, B, …); string cells go to the shared-string table. */
export function makeXlsx(rows: XCell[][], options: { paddedStyle?: boolean; orphanStrings?: string[] } = {}): Buffer {
  const strings: string[] = [];
  const ref = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const sheetRows = rows
    .map((cells, r) => {
      const xml = cells
        .map((c, i) => {
          const at = `${String.fromCharCode(65 + i)}${r + 1}`;
          if ('s' in c) return `<c r="${at}" t="s"><v>${ref(c.s)}</v></c>`;
          if ('inline' in c) return `<c r="${at}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`;
          return `<c r="${at}"${c.style === undefined ? '' : ` s="${c.style}"`}><v>${c.n}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  for (const s of options.orphanStrings ?? []) ref(s);
  const sst = strings.map((s) => `<si><t>${esc(s)}</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>`).join('');
  const styles = options.paddedStyle
    ? `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="000000000000"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`
    : `<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`;
  return makeZip([
    { name: '[Content_Types].xml', data: `${CT}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'xl/workbook.xml', data: `${CT}<workbook><sheets><sheet name="名簿" sheetId="1"/></sheets></workbook>` },
    { name: 'xl/styles.xml', data: CT + styles },
    { name: 'xl/sharedStrings.xml', data: `${CT}<sst count="${strings.length}" uniqueCount="${strings.length}">${sst}</sst>` },
    { name: 'xl/worksheets/sheet1.xml', data: `${CT}<worksheet><sheetData>${sheetRows}</sheetData></worksheet>` },
  ]);
}
