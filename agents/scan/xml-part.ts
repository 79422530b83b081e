// Feeds one XML part of a zip through saxes, with element names stripped of their prefix
// (Word writes w:t, some spreadsheet writers x:c, most none).
import { SaxesParser } from 'saxes';
import { SkipFile } from './skip.js';
import type { ZipArchive } from './zip-archive.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

export async function parseXmlPart(zip: ZipArchive, part: string, handlers: XmlHandlers, signal: AbortSignal): Promise<void> {
  const parser = new SaxesParser();
  let failure: unknown = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => handlers.open(local(tag.name), tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => handlers.close(local(tag.name)));
  parser.on('text', (t) => handlers.text(t));
  parser.on('cdata', (t) => handlers.text(t));
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of zip.read(part, signal)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure !== null) break;
  }
  if (failure === null) parser.write(decoder.decode()).close();
  // The parser's message can quote document text, so only the part name goes into the detail.
  if (failure !== null) throw new SkipFile('corrupt', 'xml', { cause: failure });
}
