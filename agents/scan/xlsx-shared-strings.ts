// First pass over an xlsx: the shared-string table. Only what later cells need is kept: for each
// string that holds numbers, how many and whether a keyword sat beside them; for each string that
// is a keyword label, its index. The numbers go straight into the file's distinct count.
import { containsKeyword, forEachMyNumber, type MyNumberCounter } from './my-number.js';
import { parseXmlPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

export interface SharedStringHits {
  numbers: Map<number, { occurrences: number; high: boolean; referenced: boolean }>;
  keywords: Set<number>;
}

export async function readSharedStrings(zip: ZipArchive, counter: MyNumberCounter, signal: AbortSignal): Promise<SharedStringHits> {
  const hits: SharedStringHits = { numbers: new Map(), keywords: new Set() };
  if (!zip.has('xl/sharedStrings.xml')) return hits;
  let index = -1;
  let text = '';
  let inT = false;
  let inPhonetic = false;
  await parseXmlPart(
    zip,
    'xl/sharedStrings.xml',
    {
      open(name) {
        if (name === 'si') {
          index++;
          text = '';
        } else if (name === 'rPh') inPhonetic = true; // furigana readings, not the cell's text
        else if (name === 't') inT = true;
      },
      close(name) {
        if (name === 't') inT = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'si') {
          let occurrences = 0;
          let high = false;
          forEachMyNumber(text, (digits, near) => {
            counter.remember(digits);
            occurrences++;
            high ||= near;
          });
          if (occurrences > 0) hits.numbers.set(index, { occurrences, high, referenced: false });
          if (containsKeyword(text)) hits.keywords.add(index);
          text = '';
        }
      },
      text(t) {
        if (inT && !inPhonetic) text += t;
      },
    },
    signal,
  );
  return hits;
}
