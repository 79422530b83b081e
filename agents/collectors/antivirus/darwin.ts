// macOS `antivirus` facts: XProtect's version and date.
import { stat } from 'node:fs/promises';
import type { CollectContext } from '../collector.js';
import { readText, underRoot } from '../read.js';
import type { AntivirusSection, AvProduct } from './schema.js';
import { plistString, XPROTECT_MAX_AGE_DAYS, XPROTECT_PLIST } from './xprotect.js';

export async function collectAntivirusDarwin(ctx: Pick<CollectContext, 'root'>, now: Date = new Date()): Promise<AntivirusSection> {
  const xml = await readText(ctx.root, XPROTECT_PLIST);
  if (xml === null) return { products: [] };
  const product: AvProduct = { name: 'XProtect', vendor: 'Apple', enabled: true, upToDate: null, source: 'XProtect' };
  const version = plistString(xml, 'CFBundleShortVersionString') ?? plistString(xml, 'CFBundleVersion');
  if (version !== undefined) product.signatureVersion = version;
  const mtime = (await stat(underRoot(ctx.root, XPROTECT_PLIST))).mtime;
  product.signatureDate = mtime.toISOString();
  product.upToDate = (now.getTime() - mtime.getTime()) / 86_400_000 <= XPROTECT_MAX_AGE_DAYS;
  return { products: [product] };
}
