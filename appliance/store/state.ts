// The box's hot state: `<dataDir>/state.json`, validated at load, written durably (common/json-store).
// Critical changes (tokens, agents, alerts) go through update(), which resolves once on disk;
// chatty ones (lastSeen) mutate `data` and call scheduleWrite(), which writes at most once a second.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonStore } from '../../common/json-store.js';
import { createLogger, type Logger } from '../../common/log.js';
import { defaultState, StateSchema, type State } from './state-schema.js';

export type { Agent, Alert, Asset, AssetFlag, Settings, State, Token } from './state-schema.js';

export const STATE_FILE = 'state.json';

/** What the rest of the box may do with the state (a JsonStore of State). */
export type StateStore = Pick<JsonStore<State>, 'path' | 'data' | 'update' | 'scheduleWrite' | 'durableWrites' | 'close'>;

export interface OpenStateOptions {
  logger?: Logger;
  /** Delay of scheduleWrite(); default 1000 ms. */
  debounceMs?: number;
}

/**
 * Open (or create, mode 0600) `<dataDir>/state.json`. An invalid file is a DocumentError naming the
 * field. Unknown top-level keys are kept, so a newer version's collections survive a downgrade.
 */
export async function openState(dataDir: string, opts: OpenStateOptions = {}): Promise<StateStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  return JsonStore.open(join(dataDir, STATE_FILE), StateSchema.loose(), defaultState, {
    what: 'mamori state file',
    create: true,
    mode: 0o600,
    logger: opts.logger ?? createLogger('state'),
    debounceMs: opts.debounceMs,
  });
}
