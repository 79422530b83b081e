import { sectionHash, type InventoryData } from '../../protocol/wire.js';

/**
 * What to report: every section when a full report is due, otherwise only sections whose hash
 * differs from what was last handed to the box (plus a full report when a section disappeared).
 */
export function inventoryDelta(
  sections: Record<string, unknown>,
  lastSent: Record<string, string>,
  fullDue: boolean,
): { report: InventoryData | null; hashes: Record<string, string> } {
  const hashed = Object.fromEntries(Object.entries(sections).map(([name, data]) => [name, { hash: sectionHash(data), data }]));
  const hashes = Object.fromEntries(Object.entries(hashed).map(([n, s]) => [n, s.hash]));
  const gone = Object.keys(lastSent).some((n) => !(n in hashed));
  if (fullDue || gone) return { report: { full: true, sections: hashed }, hashes };
  const changed = Object.fromEntries(Object.entries(hashed).filter(([n, s]) => lastSent[n] !== s.hash));
  return { report: Object.keys(changed).length ? { full: false, sections: changed } : null, hashes };
}
