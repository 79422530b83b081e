// Builds the `ossupport` section from OS facts and the loaded table; shared by every platform.
import type { OsSupportFacts } from './evaluate.js';
import { evaluateSupport } from './evaluate.js';
import type { LoadedTable } from './load-table.js';
import type { OsSupportSection } from './schema.js';

export function osSupportSection(facts: OsSupportFacts, loaded: LoadedTable, now: Date): OsSupportSection {
  const v = evaluateSupport(loaded.table, facts, now);
  const section: OsSupportSection = {
    status: v.status,
    os: facts.display,
    table: { origin: loaded.origin, updated: loaded.table.updated, source: loaded.table.source },
  };
  if (loaded.overrideRejected !== undefined) section.table.overrideRejected = loaded.overrideRejected;
  if (v.entry !== undefined) {
    section.product = v.entry.product;
    section.endOfSupport = v.entry.endOfSupport;
    if (v.entry.estimated === true) section.estimated = true;
    if (v.entry.note !== undefined) section.note = v.entry.note;
  }
  if (v.daysLeft !== undefined) section.daysLeft = v.daysLeft;
  return section;
}
