// The journal through the control socket: queries, per-day counts and live subscriptions.
import { countEventsPerDay } from '../../journal/events-per-day.js';
import type { Journal, JournalRecord } from '../../journal/index.js';
import type { StateStore } from '../../store/state.js';
import type { MethodInput } from '../contract/index.js';
import type { Handlers, Subscribe } from '../control-server.js';

export interface EventDeps {
  journal: Pick<Journal, 'query' | 'countsByDay'>;
  state: Pick<StateStore, 'data'>;
}

export function eventHandlers(deps: EventDeps): Pick<Handlers, 'events.query' | 'events.perDay'> {
  /** Agent events are journaled under the agent id; other assets under their asset id. */
  const srcOfAsset = (assetOrAgent: string) => deps.state.data.assets.find((a) => a.assetId === assetOrAgent)?.agentId ?? assetOrAgent;
  return {
    'events.query': async (p) => {
      const out: JournalRecord[] = [];
      for await (const r of deps.journal.query({
        since: p.since ? new Date(p.since) : undefined,
        until: p.until ? new Date(p.until) : undefined,
        src: p.asset ? srcOfAsset(p.asset) : undefined,
        kind: p.kind,
        afterSeq: p.afterSeq,
        beforeSeq: p.beforeSeq,
        limit: p.limit,
        order: p.order,
      })) {
        out.push(r);
      }
      return out;
    },

    'events.perDay': async ({ days }) => countEventsPerDay(deps.journal, days),
  };
}

/** Live records for one subscription: exact source, and exact kind or a family (`kind` ending in '.'). */
export function subscribeEvents(journal: Pick<Journal, 'subscribe'>): Subscribe {
  return (params: MethodInput<'events.subscribe'>, push) =>
    journal.subscribe((records) => {
      const wanted = records.filter(
        (r) => (!params.asset || r.src === params.asset) && (!params.kind || r.kind === params.kind || (params.kind.endsWith('.') && r.kind.startsWith(params.kind))),
      );
      if (wanted.length) push(wanted);
    });
}
