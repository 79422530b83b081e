// XProtect, macOS's built-in malware scanner: always on, updated silently by Apple. Its version is the
// CFBundleShortVersionString of the bundle's Info.plist (XML); the date is when that file was written.
export const XPROTECT_PLIST = '/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist';

/** Apple ships XProtect data every few weeks; a copy older than this missed updates. */
export const XPROTECT_MAX_AGE_DAYS = 45;

export function plistString(xml: string, key: string): string | undefined {
  const re = new RegExp(`<key>${key}</key>\\s*<string>([^<]*)</string>`);
  return re.exec(xml)?.[1]?.trim() || undefined;
}
