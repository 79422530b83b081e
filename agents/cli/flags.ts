import type { z } from 'zod';

/** Validates parsed CLI flags; the error names the flag, e.g. `--fingerprint must look like ...`. */
export function parseFlags<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const flag = issue.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}` : 'flags';
  throw new Error(`${flag} ${issue.message}`);
}
