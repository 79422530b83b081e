#!/usr/bin/env node
// `mamori`: the box's daemon, admin commands and terminal UI. The appliance's commands and the TUI
// are composed here, so appliance/ never imports tui/.
import { buildProgram } from '../appliance/cli/program.js';
import { runCli } from '../appliance/cli/run-cli.js';
import { registerTui } from '../tui/register-tui.js';

const program = buildProgram();
registerTui(program);
await runCli(program, process.argv);
