import { Command } from 'commander';
import { VERSION } from '../../common/version.js';
import { registerEnroll } from './commands/enroll.js';
import { registerOnce } from './commands/once.js';
import { registerRun } from './commands/run.js';
import { registerScan } from './commands/scan.js';

export function buildAgentProgram(): Command {
  const program = new Command('mamori-agent')
    .description('Mamori endpoint agent: inventory, posture and reports to the box / 守りエージェント')
    .version(VERSION);
  registerEnroll(program);
  registerRun(program);
  registerOnce(program);
  registerScan(program);
  return program;
}
