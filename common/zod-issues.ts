// One way to turn a zod failure into words that name the field: `assets[3].macs[0]: Invalid input`.
// Files, settings, control requests and CLI flags all report through here.
import type { z } from 'zod';

/** `assets[3].macs[0]` from zod's `['assets', 3, 'macs', 0]`; `(root)` for the value itself. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += (out ? '.' : '') + String(key);
  }
  return out || '(root)';
}

export interface IssueSummary {
  /** Where the first problem is, as fieldPath() writes it. */
  field: string;
  /** zod's message for it. */
  message: string;
  /** `field: message`, plus `(and N more)` when there were several. */
  text: string;
  /** Every problem (at most 20), for a log or an error's context. */
  issues: Array<{ field: string; message: string }>;
}

/** The first issue named by its field, and how many more there were. */
export function summarizeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): IssueSummary {
  const issues = error.issues.map((i) => ({ field: fieldPath([...prefix, ...i.path]), message: i.message }));
  const first = issues[0] ?? { field: fieldPath(prefix), message: 'invalid' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { field: first.field, message: first.message, text: `${first.field}: ${first.message}${more}`, issues: issues.slice(0, 20) };
}
