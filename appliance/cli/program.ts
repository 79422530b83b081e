import { Command } from 'commander';
import { registerDiscover } from './commands/discover.js';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('mamori')
    .description('Mamori (守り) box: daemon and admin commands / 守りアプライアンスのデーモンと管理コマンド')
    .version(VERSION);
  registerDiscover(program);
  return program;
}
