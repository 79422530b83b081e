// Open alerts, and acknowledging one with what was done.
import { MamoriError } from '../../errors/mamori-error.js';
import { journalEvent, type Journal } from '../../journal/index.js';
import type { StateStore } from '../../store/state.js';
import type { Handlers } from '../control-server.js';
import { adminSource } from './admin-source.js';

export interface AlertDeps {
  state: Pick<StateStore, 'data' | 'update'>;
  journal: Pick<Journal, 'append'>;
}

export function alertHandlers(deps: AlertDeps): Pick<Handlers, 'alerts.list' | 'alerts.ack'> {
  return {
    'alerts.list': async ({ includeAcked }) => deps.state.data.alerts.filter((a) => includeAcked || !a.ackedAt),

    'alerts.ack': async ({ id, note }, ctx) => {
      if (!deps.state.data.alerts.some((a) => a.id === id)) throw new MamoriError('NOT_FOUND', `no alert with id ${id}`, { id });
      const at = new Date().toISOString();
      await deps.state.update((d) => {
        const a = d.alerts.find((x) => x.id === id)!;
        Object.assign(a, { ackedAt: at, ackedBy: ctx.user, note });
      });
      await deps.journal.append([journalEvent(adminSource(ctx.user), 'admin.alert_acked', { alertId: id, note })]);
      return { id, ackedAt: at };
    },
  };
}
