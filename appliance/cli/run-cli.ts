import { CommanderError, type Command } from 'commander';
import { MamoriError } from '../errors/mamori-error.js';

/** Runs a commander program; expected failures print one clear line (no stack trace) and exit non-zero. */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    process.exitCode = 2;
    process.stderr.write(`${program.name()}: ${describeError(e)}\n`);
    if (process.env.MAMORI_DEBUG) console.error(e);
  }
}

export function describeError(e: unknown): string {
  if (e instanceof MamoriError) return e.message;
  if (e instanceof Error) return e.message;
  return String(e);
}
