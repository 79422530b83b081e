// The lifecycle table to judge with: the one shipped with the agent, unless an administrator supplied
// a newer valid one (e.g. copied from a USB stick) at MAMORI_LIFECYCLE_FILE. A broken or older override
// is not used, and the section says why, so a bad file cannot silently make every PC look supported.
import { readFile } from 'node:fs/promises';
import bundledJson from './lifecycle.json' with { type: 'json' };
import { LifecycleTable } from './schema.js';
import { summarizeIssues } from '../../../common/zod-issues.js';

export const LIFECYCLE_ENV = 'MAMORI_LIFECYCLE_FILE';

export interface LoadedTable {
  table: LifecycleTable;
  origin: 'bundled' | 'override';
  overrideRejected?: string;
}

export function bundledTable(): LifecycleTable {
  return LifecycleTable.parse(bundledJson);
}

export async function loadLifecycleTable(overridePath: string | undefined = process.env[LIFECYCLE_ENV]): Promise<LoadedTable> {
  const bundled = bundledTable();
  if (overridePath === undefined || overridePath === '') return { table: bundled, origin: 'bundled' };
  const rejected = (why: string): LoadedTable => ({ table: bundled, origin: 'bundled', overrideRejected: `${overridePath}: ${why}` });
  let text: string;
  try {
    text = await readFile(overridePath, 'utf8');
  } catch (e) {
    return rejected(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return rejected('not valid JSON');
  }
  const parsed = LifecycleTable.safeParse(json);
  if (!parsed.success) {
    return rejected(`does not match the table schema at ${summarizeIssues(parsed.error).text}`);
  }
  if (parsed.data.updated <= bundled.updated) return rejected(`updated ${parsed.data.updated} is not newer than the bundled table (${bundled.updated})`);
  return { table: parsed.data, origin: 'override' };
}
