import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTable, LIFECYCLE_ENV, loadLifecycleTable } from './load-table.js';
import { LifecycleTable } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-lifecycle-'));
const write = (name: string, content: unknown): string => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('the bundled lifecycle table', () => {
  it('is valid and carries the dates the guideline states', () => {
    const t = LifecycleTable.parse(bundledTable());
    const end = (product: string) => t.entries.find((e) => e.product === product)?.endOfSupport;
    expect(end('Windows 10 22H2')).toBe('2025-10-14');
    expect(end('Windows 10 Enterprise LTSC 2019')).toBe('2029-01-09');
    expect(end('Windows 10 Enterprise LTSC 2021')).toBe('2027-01-12');
    expect(t.source).not.toBe('');
  });
});

describe('loadLifecycleTable', () => {
  const newer = { ...bundledTable(), updated: '2099-01-01', source: 'USB stick from the vendor' };

  it('no override: the bundled table', async () => {
    expect(await loadLifecycleTable('')).toMatchObject({ origin: 'bundled' });
  });

  it('a valid, newer override wins (also through MAMORI_LIFECYCLE_FILE)', async () => {
    const p = write('newer.json', newer);
    expect(await loadLifecycleTable(p)).toMatchObject({ origin: 'override', table: { updated: '2099-01-01' } });
    process.env[LIFECYCLE_ENV] = p;
    try {
      expect((await loadLifecycleTable()).origin).toBe('override');
    } finally {
      delete process.env[LIFECYCLE_ENV];
    }
  });

  it('a BOM in front of the override is fine (Notepad saves one)', async () => {
    expect((await loadLifecycleTable(write('bom.json', `\uFEFF${JSON.stringify(newer)}`))).origin).toBe('override');
  });

  it('older, invalid, broken or missing overrides are refused with the reason', async () => {
    const older = await loadLifecycleTable(write('older.json', { ...newer, updated: '2020-01-01' }));
    expect(older).toMatchObject({ origin: 'bundled', overrideRejected: expect.stringContaining('not newer') });
    const invalid = await loadLifecycleTable(write('invalid.json', { ...newer, entries: [{ os: 'windows', product: 'x', endOfSupport: 'soon' }] }));
    expect(invalid.overrideRejected).toMatch(/entries\[0\]\.endOfSupport/);
    expect((await loadLifecycleTable(write('broken.json', '{"updated":'))).overrideRejected).toMatch(/not valid JSON/);
    expect((await loadLifecycleTable(join(dir, 'missing.json'))).overrideRejected).toMatch(/ENOENT/);
  });
});
