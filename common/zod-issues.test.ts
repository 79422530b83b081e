import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldPath, summarizeIssues } from './zod-issues.js';

describe('fieldPath', () => {
  it('joins keys and indexes', () => {
    expect(fieldPath(['assets', 3, 'macs', 0])).toBe('assets[3].macs[0]');
    expect(fieldPath([])).toBe('(root)');
  });
});

describe('summarizeIssues', () => {
  it('names the first field, with a prefix, and counts the rest', () => {
    const r = z.object({ a: z.number(), b: z.array(z.string()) }).safeParse({ a: 'x', b: [1] });
    expect(r.success).toBe(false);
    const s = summarizeIssues(r.error!, ['settings']);
    expect(s.field).toBe('settings.a');
    expect(s.text).toMatch(/^settings\.a: .+ \(and 1 more\)$/);
    expect(s.issues.map((i) => i.field)).toEqual(['settings.a', 'settings.b[0]']);
  });
});
