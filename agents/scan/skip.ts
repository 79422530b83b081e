// Why a file was not scanned. `detail` is always one of our own fixed words, never file content:
// a parser's message could quote the very text we must not repeat.
export const SkipReasons = [
  'too_large', // bigger than maxFileBytes
  'timeout', // took longer than maxFileMs
  'binary', // NUL bytes or control characters: not text we can read
  'unsupported_format', // a container we do not open (PDF, legacy .xls/.doc, password-protected Office, other zips)
  'unreadable', // permission denied or an I/O error
  'zip_bomb', // an entry too big or compressed too well to be an honest document
  'corrupt', // a broken zip or XML part
  'symlink', // not followed
  'not_regular', // a FIFO, socket or device: reading could block or never end
] as const;
export type SkipReason = (typeof SkipReasons)[number];

export class SkipFile extends Error {
  readonly reason: SkipReason;
  readonly detail: string | undefined;
  constructor(reason: SkipReason, detail?: string, options?: { cause?: unknown }) {
    super(detail === undefined ? reason : `${reason}: ${detail}`, options);
    this.name = 'SkipFile';
    this.reason = reason;
    this.detail = detail;
  }
}

/** Maps anything thrown while reading one file to a skip reason, keeping only a safe detail. */
export function toSkip(e: unknown, fallback: SkipReason = 'unreadable'): SkipFile {
  if (e instanceof SkipFile) return e;
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return new SkipFile(fallback, typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined, { cause: e });
}
