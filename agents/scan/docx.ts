// Word documents: the text of each paragraph is the concatenation of its runs, so a number that
// Word split over several <w:r><w:t> (spell check, formatting, revisions) is seen whole.
import type { MyNumberCounter } from './my-number.js';
import { parseXmlPart } from './xml-part.js';
import type { ZipArchive } from './zip-archive.js';

const PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

export function isDocx(zip: ZipArchive): boolean {
  return zip.has('word/document.xml');
}

export async function scanDocx(zip: ZipArchive, counter: MyNumberCounter, signal: AbortSignal): Promise<void> {
  const parts = zip.names().filter((n) => PART.test(n)).sort();
  for (const part of parts) {
    let inText = false;
    await parseXmlPart(
      zip,
      part,
      {
        open(name) {
          // delText is tracked-change deleted text: still stored in the file, so still counted.
          if (name === 't' || name === 'delText') inText = true;
          else if (name === 'tab') counter.push('\t');
          else if (name === 'br' || name === 'cr') counter.push('\n');
        },
        close(name) {
          if (name === 't' || name === 'delText') inText = false;
          else if (name === 'p' || name === 'tc') counter.push('\n');
        },
        text(t) {
          if (inText) counter.push(t);
        },
      },
      signal,
    );
    counter.push('\n');
  }
}
