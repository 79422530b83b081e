// Runs the handler of the first command (in the order given) whose binding matches the key pressed.
import { commandMatches } from '../keys/key-matchers.js';
import type { Command } from '../keys/commands.js';
import { useKeys } from './key-router.js';

export type CommandHandlers = Partial<Record<Command, (input: string) => void>>;

export function useCommands(handlers: CommandHandlers, { isActive = true }: { isActive?: boolean } = {}): void {
  useKeys(
    (input, key) => {
      for (const [command, handler] of Object.entries(handlers) as Array<[Command, (input: string) => void]>) {
        if (commandMatches(command, input, key)) {
          handler(input);
          return;
        }
      }
    },
    { isActive },
  );
}
