// A virtualised table: only the rows that fit are rendered, each as one line padded by display width.
import { Box, Text } from 'ink';
import { useRef } from 'react';
import { windowStart } from '../hooks/selection.js';
import { layoutColumns, renderHeader, renderRow, type Column } from './columns.js';

export interface TableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  selected: number;
  /** Lines available including the header. */
  height: number;
  width: number;
  /** Shown instead of rows when there are none. */
  empty?: string;
}

export function Table<T>({ columns, rows, selected, height, width, empty }: TableProps<T>) {
  const startRef = useRef(0);
  const bodyHeight = Math.max(1, height - 1);
  const start = windowStart(startRef.current, selected, rows.length, bodyHeight);
  startRef.current = start;
  const widths = layoutColumns(columns, width);
  const visible = rows.slice(start, start + bodyHeight);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        {renderHeader(columns, widths)}
      </Text>
      {rows.length === 0 && empty ? <Text dimColor>{'  ' + empty}</Text> : null}
      {visible.map((row, i) => {
        const isSelected = start + i === selected;
        return (
          <Text key={start + i} inverse={isSelected} wrap="truncate-end">
            {renderRow(columns, widths, row, isSelected)}
          </Text>
        );
      })}
    </Box>
  );
}
