import { Command } from 'commander';
import { registerAgents } from './commands/agents.js';
import { registerAlerts } from './commands/alerts.js';
import { registerAssets } from './commands/assets.js';
import { registerDiscover } from './commands/discover.js';
import { registerEvents } from './commands/events.js';
import { registerJournal } from './commands/journal.js';
import { registerLedger } from './commands/ledger.js';
import { registerServe } from './commands/serve.js';
import { registerSettings } from './commands/settings.js';
import { registerToken } from './commands/token.js';
import { VERSION } from '../../common/version.js';

export function buildProgram(): Command {
  const program = new Command('mamori')
    .description('Mamori (守り) box: daemon and admin commands / 守りアプライアンスのデーモンと管理コマンド')
    .version(VERSION);
  registerServe(program);
  registerToken(program);
  registerAssets(program);
  registerEvents(program);
  registerAgents(program);
  registerAlerts(program);
  registerJournal(program);
  registerSettings(program);
  registerDiscover(program);
  registerLedger(program);
  return program;
}
