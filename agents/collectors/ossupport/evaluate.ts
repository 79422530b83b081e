// Judging an OS against the lifecycle table: by family, build and edition (Windows) or version, never
// by the product name alone (Windows 11 calls itself Windows 10 in the registry).
import type { LifecycleEntry, LifecycleTable, OsFamily, SupportStatus } from './schema.js';
import { ENDING_WITHIN_DAYS } from './schema.js';

export interface OsSupportFacts {
  family: OsFamily | null;
  /** What to show: "Windows 11 Pro 23H2 (22631.4460)". */
  display: string;
  build?: number;
  edition?: string;
  version?: string;
}

export interface SupportVerdict {
  status: SupportStatus;
  entry?: LifecycleEntry;
  daysLeft?: number;
}

export function findEntry(table: LifecycleTable, facts: OsSupportFacts): LifecycleEntry | undefined {
  if (facts.family === null) return undefined;
  return table.entries.find((e) => {
    if (e.os !== facts.family) return false;
    if (e.build !== undefined && e.build !== facts.build) return false;
    if (e.buildMin !== undefined && (facts.build === undefined || facts.build < e.buildMin)) return false;
    if (e.buildMax !== undefined && (facts.build === undefined || facts.build > e.buildMax)) return false;
    if (e.editions !== undefined && (facts.edition === undefined || !e.editions.some((x) => x.toLowerCase() === facts.edition!.toLowerCase())))
      return false;
    if (e.version !== undefined && !versionMatches(e.version, facts.version)) return false;
    return true;
  });
}

function versionMatches(want: string, have: string | undefined): boolean {
  return have !== undefined && (have === want || have.startsWith(`${want}.`));
}

export function evaluateSupport(table: LifecycleTable, facts: OsSupportFacts, now: Date): SupportVerdict {
  const entry = findEntry(table, facts);
  if (entry === undefined) return { status: 'unknown' };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // The end date is the last day with updates (Patch Tuesday): support ends after it.
  const daysLeft = Math.round((Date.parse(`${entry.endOfSupport}T00:00:00Z`) - today) / 86_400_000);
  const status: SupportStatus = daysLeft < 0 ? 'unsupported' : daysLeft <= ENDING_WITHIN_DAYS ? 'ending' : 'supported';
  return { status, entry, daysLeft };
}
