// Settings: validated as a whole after the patch, stored, journaled; then the modules that follow
// settings hear of it (discovery reschedules; a changed agent policy gets a new version and is pushed).
import { MamoriError } from '../../errors/mamori-error.js';
import { journalEvent, type Journal } from '../../journal/index.js';
import type { Settings } from '../../store/state-schema.js';
import type { StateStore } from '../../store/state.js';
import { checkSettings, mergeSettingsPatch } from '../contract/index.js';
import type { Handlers } from '../control-server.js';
import { adminSource } from './admin-source.js';

export interface SettingsDeps {
  state: Pick<StateStore, 'data' | 'update'>;
  journal: Pick<Journal, 'append'>;
  discovery: { onSettingsChanged(): void };
  policy: { refresh(settings: Settings): Promise<boolean>; readonly version: number };
  /** Sends the current policy to every connected agent; returns how many. */
  pushPolicy(): number;
}

export function settingsHandlers(deps: SettingsDeps): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': async () => deps.state.data.settings,

    'settings.update': async ({ patch }, ctx) => {
      const check = checkSettings(mergeSettingsPatch(deps.state.data.settings, patch));
      if (!check.ok) throw new MamoriError('BAD_REQUEST', check.message, { field: check.field.replace(/^settings\./, '') });
      const settings = check.settings;
      await deps.state.update((d) => void (d.settings = settings));
      await deps.journal.append([journalEvent(adminSource(ctx.user), 'admin.settings_changed', { patch })]);
      deps.discovery.onSettingsChanged();
      if (await deps.policy.refresh(settings)) {
        const agentsNotified = deps.pushPolicy();
        await deps.journal.append([journalEvent('system', 'policy.changed', { version: deps.policy.version, agentsNotified })]);
      }
      return settings;
    },
  };
}
