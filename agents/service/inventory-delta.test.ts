import { describe, expect, it } from 'vitest';
import { sectionHash } from '../../protocol/wire.js';
import { inventoryDelta } from './inventory-delta.js';

describe('inventoryDelta', () => {
  const sections = { system: { hostname: 'pc1' }, users: [{ name: 'a' }] };
  const sent = { system: sectionHash({ hostname: 'pc1' }), users: sectionHash([{ name: 'a' }]) };

  it('sends nothing when nothing changed, only the changed section otherwise', () => {
    expect(inventoryDelta(sections, sent, false).report).toBeNull();
    const d = inventoryDelta({ ...sections, users: [{ name: 'b' }] }, sent, false);
    expect(d.report?.full).toBe(false);
    expect(Object.keys(d.report!.sections)).toEqual(['users']);
  });

  it('sends everything when a full report is due or a section vanished', () => {
    expect(Object.keys(inventoryDelta(sections, sent, true).report!.sections)).toEqual(['system', 'users']);
    expect(inventoryDelta({ system: sections.system }, sent, false).report?.full).toBe(true);
  });
});
