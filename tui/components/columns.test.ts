import { describe, expect, it } from 'vitest';
import { displayWidth } from '../text/display-width.js';
import { layoutColumns, renderRow, type Column } from './columns.js';

interface Row {
  name: string;
  ip: string;
}
const cols: Column<Row>[] = [
  { title: 'Name', flex: 2, value: (r) => r.name },
  { title: 'IP', width: 15, value: (r) => r.ip },
  { title: 'Vendor', value: () => 'キヤノン' },
];

describe('column layout', () => {
  it('fills the width exactly at 80 and 120 columns', () => {
    for (const total of [80, 120, 81]) {
      const w = layoutColumns(cols, total);
      expect(w.reduce((a, b) => a + b, 0) + 2 + 2).toBe(total);
      expect(w[1]).toBe(15);
    }
  });

  it('aligns rows with full-width names to the same display width', () => {
    const w = layoutColumns(cols, 80);
    const a = renderRow(cols, w, { name: '経理部のパソコン', ip: '198.51.100.10' }, false);
    const b = renderRow(cols, w, { name: 'printer-2f', ip: '10.0.0.5' }, true);
    expect(displayWidth(a)).toBe(80);
    expect(displayWidth(b)).toBe(80);
    // The IP column starts at the same cell in both rows.
    const cellOf = (row: string, text: string) => displayWidth(row.slice(0, row.indexOf(text)));
    expect(cellOf(a, '198.51.100.10')).toBe(cellOf(b, '10.0.0.5'));
  });
});
