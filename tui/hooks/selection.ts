// List navigation as pure functions: which row is selected and which slice of rows is on screen.
import { Command } from '../keys/commands.js';

export function moveSelection(index: number, count: number, page: number, command: Command): number {
  if (count <= 0) return 0;
  const step: Partial<Record<Command, number>> = {
    [Command.Up]: -1,
    [Command.Down]: 1,
    [Command.PageUp]: -Math.max(1, page),
    [Command.PageDown]: Math.max(1, page),
  };
  let next = index;
  if (command === Command.Top) next = 0;
  else if (command === Command.Bottom) next = count - 1;
  else next = index + (step[command] ?? 0);
  return clamp(next, count);
}

export function clamp(index: number, count: number): number {
  return Math.min(Math.max(0, index), Math.max(0, count - 1));
}

/** First visible row so that `index` stays within a window of `height` rows, moving as little as possible. */
export function windowStart(previousStart: number, index: number, count: number, height: number): number {
  if (height <= 0 || count <= height) return 0;
  let start = previousStart;
  if (index < start) start = index;
  if (index >= start + height) start = index - height + 1;
  return Math.min(Math.max(0, start), count - height);
}
