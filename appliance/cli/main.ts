#!/usr/bin/env node
// `mamori`: the box's daemon and admin commands. Each command lives in commands/<name>.ts.
import { buildProgram } from './program.js';
import { runCli } from './run-cli.js';

await runCli(buildProgram(), process.argv);
