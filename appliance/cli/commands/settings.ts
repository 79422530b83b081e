import type { Command } from 'commander';
import { settingsPatch } from '../../control/contract/index.js';
import { MamoriError } from '../../errors/mamori-error.js';
import { addClientFlags, withClient, type ClientFlags } from '../client-flags.js';

/** `discovery.targets` + `["192.0.2.0/24"]` -> { discovery: { targets: [...] } }. Values are JSON, else text. */
export function settingPatch(path: string, value: string): Record<string, unknown> {
  if (!/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/.test(path))
    throw new MamoriError('BAD_INPUT', `"${path}" is not a settings key; use dotted names like discovery.intervalMinutes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = value;
  }
  return settingsPatch([[path, parsed]]);
}

export function registerSettings(program: Command): void {
  const settings = program.command('settings').description("the box's settings (discovery, scan folders, retention, rate limit)");
  addClientFlags(settings.command('get', { isDefault: true }).description('print the settings as JSON')).action(async (flags: ClientFlags) => {
    const s = await withClient(flags, (c) => c.call('settings.get', {}));
    process.stdout.write(JSON.stringify(s, null, 2) + '\n');
  });
  addClientFlags(
    settings
      .command('set')
      .description('change one setting; validated by the daemon and journaled with your OS user')
      .argument('<key>', 'dotted key, e.g. discovery.targets')
      .argument('<value>', 'JSON value, e.g. \'["192.0.2.0/24"]\', 60, true, or plain text'),
  ).action(async (key: string, value: string, flags: ClientFlags) => {
    const s = await withClient(flags, (c) => c.call('settings.update', { patch: settingPatch(key, value) }));
    process.stdout.write(`saved / 保存しました: ${key}\n` + JSON.stringify(s, null, 2) + '\n');
  });
}
