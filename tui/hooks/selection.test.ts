import { describe, expect, it } from 'vitest';
import { Command } from '../keys/commands.js';
import { moveSelection, windowStart } from './selection.js';

describe('selection', () => {
  it('moves within bounds', () => {
    expect(moveSelection(0, 5, 3, Command.Up)).toBe(0);
    expect(moveSelection(0, 5, 3, Command.Down)).toBe(1);
    expect(moveSelection(1, 5, 3, Command.PageDown)).toBe(4);
    expect(moveSelection(4, 5, 3, Command.PageDown)).toBe(4);
    expect(moveSelection(3, 5, 3, Command.Top)).toBe(0);
    expect(moveSelection(0, 5, 3, Command.Bottom)).toBe(4);
    expect(moveSelection(0, 0, 3, Command.Down)).toBe(0);
  });

  it('scrolls the window only as far as needed', () => {
    expect(windowStart(0, 3, 100, 10)).toBe(0);
    expect(windowStart(0, 10, 100, 10)).toBe(1);
    expect(windowStart(20, 15, 100, 10)).toBe(15);
    expect(windowStart(95, 99, 100, 10)).toBe(90);
    expect(windowStart(50, 5, 8, 10)).toBe(0);
  });
});
