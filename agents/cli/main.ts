#!/usr/bin/env node
// `mamori-agent`: the endpoint agent for office PCs.
import { CommanderError } from 'commander';
import { buildAgentProgram } from './program.js';

const program = buildAgentProgram();
program.exitOverride();
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode;
  else {
    process.exitCode = 2;
    process.stderr.write(`mamori-agent: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.MAMORI_DEBUG) console.error(e);
  }
}
