// Discovery on demand (journaled as the administrator's) and what the schedule did last.
import type { DiscoveryService } from '../../discovery/discovery-service.js';
import { journalEvent, type Journal } from '../../journal/index.js';
import type { Handlers } from '../control-server.js';
import { adminSource } from './admin-source.js';

export interface DiscoveryDeps {
  journal: Pick<Journal, 'append'>;
  discovery: Pick<DiscoveryService, 'runNow' | 'status'>;
}

export function discoveryHandlers(deps: DiscoveryDeps): Pick<Handlers, 'discovery.run' | 'discovery.status'> {
  return {
    'discovery.run': async (_p, ctx) => {
      await deps.journal.append([journalEvent(adminSource(ctx.user), 'admin.discovery_run', {})]);
      const { devices, errors, stats, summary } = await deps.discovery.runNow();
      return { devices, errors, stats, events: summary.events };
    },

    'discovery.status': async () => deps.discovery.status(),
  };
}
