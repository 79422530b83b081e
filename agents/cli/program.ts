import { Command } from 'commander';
import { registerEnroll } from './commands/enroll.js';
import { registerOnce } from './commands/once.js';
import { registerRun } from './commands/run.js';
import { registerScan } from './commands/scan.js';

export const AGENT_VERSION = '0.1.0';

export function buildAgentProgram(): Command {
  const program = new Command('mamori-agent')
    .description('Mamori endpoint agent: inventory, posture and reports to the box / 守りエージェント')
    .version(AGENT_VERSION);
  registerEnroll(program);
  registerRun(program);
  registerOnce(program);
  registerScan(program);
  return program;
}
