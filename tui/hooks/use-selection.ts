// A selected row that stays valid as the list grows or shrinks, moved by the list commands.
import { useCallback, useEffect, useState } from 'react';
import { Command } from '../keys/commands.js';
import type { CommandHandlers } from './use-commands.js';
import { clamp, moveSelection } from './selection.js';

export interface Selection {
  index: number;
  setIndex(i: number): void;
  handlers: CommandHandlers;
}

export function useSelection(count: number, page: number, onMove?: (index: number) => void): Selection {
  const [index, setIndexRaw] = useState(0);
  useEffect(() => setIndexRaw((i) => clamp(i, count)), [count]);
  const setIndex = useCallback((i: number) => setIndexRaw(clamp(i, count)), [count]);
  const move = (command: Command) => () =>
    setIndexRaw((i) => {
      const next = moveSelection(i, count, page, command);
      onMove?.(next);
      return next;
    });
  const handlers: CommandHandlers = {
    [Command.Up]: move(Command.Up),
    [Command.Down]: move(Command.Down),
    [Command.PageUp]: move(Command.PageUp),
    [Command.PageDown]: move(Command.PageDown),
    [Command.Top]: move(Command.Top),
    [Command.Bottom]: move(Command.Bottom),
  };
  return { index: clamp(index, count), setIndex, handlers };
}
