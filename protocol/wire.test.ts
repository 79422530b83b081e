import { describe, expect, it } from 'vitest';
import { agentIdOf, AgentMsg, fingerprintOfSpki, FINGERPRINT_RE, InventoryData, MAX_INVENTORY_SECTIONS, sectionHash, stableStringify } from './wire.js';

describe('wire protocol', () => {
  it('hashes sections independently of key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(sectionHash({ x: 1, y: 2 })).toBe(sectionHash({ y: 2, x: 1 }));
  });

  it('formats fingerprints and agent ids that the CLI flags accept', () => {
    const der = Buffer.from('not really a key');
    expect(fingerprintOfSpki(der)).toMatch(FINGERPRINT_RE);
    expect(agentIdOf(der)).toMatch(/^ag-[0-9a-f]{20}$/);
  });

  it('names the field of a bad event and refuses non-object data without copying good data', () => {
    const r = AgentMsg.safeParse({ t: 'events', batch: [{ seq: 1, time: 'now', kind: 'x', data: {} }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['batch', 0, 'time']);
    expect(AgentMsg.safeParse({ t: 'events', batch: [{ seq: 1, time: new Date().toISOString(), kind: 'x', data: [1] }] }).success).toBe(false);
    const data = { n: 1 };
    const ok = AgentMsg.parse({ t: 'events', batch: [{ seq: 1, time: new Date().toISOString(), kind: 'x', data }] });
    expect(ok.t === 'events' && ok.batch[0]!.data).toBe(data);
  });

  it('bounds the number of inventory sections', () => {
    const section = { hash: sectionHash({}), data: {} };
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}`, section]));
    expect(InventoryData.safeParse({ full: true, sections: many(MAX_INVENTORY_SECTIONS) }).success).toBe(true);
    expect(InventoryData.safeParse({ full: true, sections: many(MAX_INVENTORY_SECTIONS + 1) }).success).toBe(false);
  });
});
