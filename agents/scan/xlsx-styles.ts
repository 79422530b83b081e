// Which cell styles (cellXfs indices) show a number padded with zeros to 12 digits, e.g. the
// custom format "000000000000" or "0000-0000-0000": the way people keep a My Number's leading zeros.
import { parseXmlPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

export function isTwelveZeroFormat(formatCode: string): boolean {
  const section = formatCode.split(';')[0] ?? '';
  const plain = section.replace(/["\\]/g, '');
  return /^[0\s\-]+$/.test(plain) && (plain.match(/0/g) ?? []).length === 12;
}

export async function zeroPaddedStyles(zip: ZipArchive, signal: AbortSignal): Promise<Set<number>> {
  const padded = new Set<number>();
  if (!zip.has('xl/styles.xml')) return padded;
  const paddedFormats = new Set<string>();
  let inCellXfs = false;
  let xfIndex = 0;
  await parseXmlPart(
    zip,
    'xl/styles.xml',
    {
      open(name, a) {
        if (name === 'numFmt' && a.numFmtId !== undefined && isTwelveZeroFormat(a.formatCode ?? '')) paddedFormats.add(a.numFmtId);
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          if (a.numFmtId !== undefined && paddedFormats.has(a.numFmtId)) padded.add(xfIndex);
          xfIndex++;
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
    signal,
  );
  return padded;
}
