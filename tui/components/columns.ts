// Column layout by display width: fixed columns keep their width, flexible ones share the rest.
import { fitToWidth } from '../text/display-width.js';

export interface Column<T> {
  title: string;
  /** Fixed width in cells; otherwise the column is flexible. */
  width?: number;
  /** Share of the remaining width for flexible columns (default 1). */
  flex?: number;
  min?: number;
  align?: 'left' | 'right';
  value(row: T): string;
}

export const MARKER_WIDTH = 2;

/** Widths per column so that marker + columns + single-space gaps fill exactly `total` cells when possible. */
export function layoutColumns<T>(columns: readonly Column<T>[], total: number): number[] {
  const gaps = Math.max(0, columns.length - 1);
  const fixed = columns.reduce((n, c) => n + (c.width ?? 0), 0);
  const flexCols = columns.filter((c) => c.width === undefined);
  const weight = flexCols.reduce((n, c) => n + (c.flex ?? 1), 0);
  const rest = Math.max(0, total - MARKER_WIDTH - gaps - fixed);
  const widths = columns.map((c) => c.width ?? Math.max(c.min ?? 4, Math.floor((rest * (c.flex ?? 1)) / (weight || 1))));
  // Hand out the cells lost to rounding (fewer than one per flexible column), left to right.
  let used = widths.reduce((a, b) => a + b, 0) + gaps + MARKER_WIDTH;
  for (let i = 0; i < columns.length && used < total; i++) {
    if (columns[i]!.width === undefined) {
      widths[i]!++;
      used++;
    }
  }
  return widths;
}

export function renderRow<T>(columns: readonly Column<T>[], widths: readonly number[], row: T, selected: boolean): string {
  const cells = columns.map((c, i) => fitToWidth(c.value(row), widths[i]!, c.align));
  return (selected ? '> ' : '  ') + cells.join(' ');
}

export function renderHeader<T>(columns: readonly Column<T>[], widths: readonly number[]): string {
  return '  ' + columns.map((c, i) => fitToWidth(c.title, widths[i]!, c.align)).join(' ');
}
