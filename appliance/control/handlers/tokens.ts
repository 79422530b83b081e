// Enrollment tokens: the secret is returned once; the box keeps its hash (hub/tokens.ts).
import { newToken } from '../../hub/tokens.js';
import { journalEvent, type Journal } from '../../journal/index.js';
import type { StateStore } from '../../store/state.js';
import type { Handlers } from '../control-server.js';
import { adminSource } from './admin-source.js';

export interface TokenDeps {
  state: Pick<StateStore, 'data' | 'update'>;
  journal: Pick<Journal, 'append'>;
  fingerprint: string;
  serverUrls: string[];
  port: number;
}

export function tokenHandlers(deps: TokenDeps): Pick<Handlers, 'token.create' | 'token.list'> {
  return {
    'token.create': async ({ uses, ttlMs }, ctx) => {
      const { token, record } = newToken(ctx.user, uses, ttlMs);
      await deps.state.update((d) => void d.tokens.push(record));
      await deps.journal.append([journalEvent(adminSource(ctx.user), 'admin.token_created', { tokenId: record.id, uses, expiresAt: record.expiresAt })]);
      const url = deps.serverUrls[0] ?? `wss://BOX:${deps.port}`;
      return {
        id: record.id,
        token,
        expiresAt: record.expiresAt,
        usesLeft: record.usesLeft,
        fingerprint: deps.fingerprint,
        serverUrls: deps.serverUrls,
        enrollCommand: `mamori-agent enroll --server ${url} --token ${token} --fingerprint ${deps.fingerprint}`,
      };
    },

    'token.list': async () => deps.state.data.tokens.map(({ hash: _hash, ...t }) => t),
  };
}
