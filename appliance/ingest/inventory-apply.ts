import { MAX_INVENTORY_SECTIONS, sectionHash, type InventoryData } from '../../protocol/wire.js';
import type { IngestDeps } from './ingest-deps.js';
import { summarizeInventory } from './inventory-summary.js';
import { computePosture } from './posture.js';

export class InventoryRefused extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/**
 * Merges an inventory report into inventory/<assetId>.json (durably) and the ledger summary.
 * Returns what changed, which is what the journal records (not the whole document).
 */
export async function applyInventory(ctx: IngestDeps, assetId: string, data: InventoryData, at: string) {
  for (const [name, section] of Object.entries(data.sections)) {
    if (sectionHash(section.data) !== section.hash)
      throw new InventoryRefused(`data.sections.${name}.hash`, `the hash of section "${name}" does not match its data`);
  }
  const doc = (await ctx.inventory.get(assetId)) ?? { assetId, updatedAt: at, sections: {} };
  const changed: string[] = [];
  for (const [name, section] of Object.entries(data.sections)) {
    if (doc.sections[name]?.hash === section.hash) continue;
    doc.sections[name] = { hash: section.hash, data: section.data, updatedAt: at };
    changed.push(name);
  }
  const removed = data.full ? Object.keys(doc.sections).filter((n) => !(n in data.sections)) : [];
  for (const n of removed) delete doc.sections[n];
  // Deltas add sections one report at a time: the document as a whole stays bounded too.
  if (Object.keys(doc.sections).length > MAX_INVENTORY_SECTIONS)
    throw new InventoryRefused('data.sections', `an inventory may hold at most ${MAX_INVENTORY_SECTIONS} sections; send a full report`);
  if (changed.length || removed.length) {
    doc.updatedAt = at;
    await ctx.inventory.put(assetId, doc);
    const sections = Object.fromEntries(Object.entries(doc.sections).map(([k, v]) => [k, v.data]));
    const summary = summarizeInventory(sections);
    const posture = computePosture(sections, ctx.ledger.liveCount(assetId));
    await ctx.state.update((d) => {
      const asset = d.assets.find((a) => a.assetId === assetId);
      if (!asset) return;
      asset.posture = { ...posture };
      for (const [k, v] of Object.entries(summary)) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) (asset as Record<string, unknown>)[k] = v;
      if (summary.hostname) asset.name = summary.hostname;
    });
  }
  return { full: data.full, changed, removed, hashes: Object.fromEntries(Object.entries(doc.sections).map(([k, v]) => [k, v.hash])) };
}
