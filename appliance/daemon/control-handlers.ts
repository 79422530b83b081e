// What each control-socket method does. Every administrator action is journaled as `admin:<user>`.
import type { z } from 'zod';
import type { Handlers } from '../control/control-server.js';
import type { Methods, MyNumberLedgerRow, StatusResult, TokenCreated } from '../control/api.js';
import { MamoriError } from '../errors/mamori-error.js';
import type { Journal, JournalRecord } from '../journal/index.js';
import { CloseCode } from '../../protocol/wire.js';
import { newToken } from '../hub/tokens.js';
import type { InventoryStore } from '../store/inventory-store.js';
import { SettingsSchema } from '../store/state-schema.js';
import type { Daemon } from './controller.js';
import { countEventsPerDay } from './events-per-day.js';

export function buildControlHandlers(daemon: Daemon, inventory: InventoryStore): Handlers {
  const admin = (user: string) => `admin:${user}`;
  return {
    status: async (_p, ctx): Promise<StatusResult> => ({
      version: daemon.version,
      protocol: 1,
      pid: process.pid,
      dataDir: daemon.dataDir,
      startedAt: daemon.startedAt,
      listen: daemon.info.listen,
      serverUrls: daemon.info.serverUrls,
      fingerprint: daemon.info.fingerprint,
      agentsConnected: daemon.hub.connectedCount,
      journal: { lastSeq: daemon.journal.lastSeq },
      user: ctx.user,
    }),

    'token.create': async ({ uses, ttlMs }, ctx): Promise<TokenCreated> => {
      const { token, record } = newToken(ctx.user, uses, ttlMs);
      await daemon.state.update((d) => void d.tokens.push(record));
      await daemon.journal.append([{ src: admin(ctx.user), kind: 'admin.token_created', data: { tokenId: record.id, uses, expiresAt: record.expiresAt } }]);
      const url = daemon.info.serverUrls[0] ?? `wss://BOX:${daemon.info.listen.port}`;
      return {
        id: record.id,
        token,
        expiresAt: record.expiresAt,
        usesLeft: record.usesLeft,
        fingerprint: daemon.info.fingerprint,
        serverUrls: daemon.info.serverUrls,
        enrollCommand: `mamori-agent enroll --server ${url} --token ${token} --fingerprint ${daemon.info.fingerprint}`,
      };
    },

    'token.list': async () => daemon.state.data.tokens.map(({ hash: _hash, ...t }) => t),

    'assets.list': async () =>
      daemon.state.data.assets.map((a) => ({ ...a, connected: a.agentId ? daemon.hub.isConnected(a.agentId) : undefined })),

    'assets.get': async ({ assetId }) => {
      const asset = daemon.state.data.assets.find((a) => a.assetId === assetId);
      if (!asset) throw new MamoriError('NOT_FOUND', `no asset with id ${assetId}`, { assetId });
      return { asset: { ...asset, connected: asset.agentId ? daemon.hub.isConnected(asset.agentId) : undefined }, inventory: await inventory.get(assetId) };
    },

    'agents.list': async () =>
      daemon.state.data.agents.map(({ publicKey: _k, ...a }) => ({
        ...a,
        connected: daemon.hub.isConnected(a.agentId),
        hostname: daemon.state.data.assets.find((x) => x.assetId === a.assetId)?.hostname,
      })),

    'agents.revoke': async ({ agentId }, ctx) => {
      const agent = daemon.state.data.agents.find((a) => a.agentId === agentId);
      if (!agent) throw new MamoriError('NOT_FOUND', `no agent with id ${agentId}`, { agentId });
      if (agent.revokedAt) return { agentId, revokedAt: agent.revokedAt, already: true };
      const at = new Date().toISOString();
      await daemon.state.update((d) => {
        const a = d.agents.find((x) => x.agentId === agentId)!;
        a.revokedAt = at;
        a.revokedBy = ctx.user;
      });
      await daemon.journal.append([{ src: admin(ctx.user), kind: 'admin.agent_revoked', data: { agentId, assetId: agent.assetId } }]);
      daemon.hub.disconnect(agentId, CloseCode.revokedKey, 'this agent was revoked by an administrator');
      return { agentId, revokedAt: at, already: false };
    },

    'events.query': async (p) => {
      const out: JournalRecord[] = [];
      for await (const r of daemon.journal.query({
        since: p.since ? new Date(p.since) : undefined,
        until: p.until ? new Date(p.until) : undefined,
        src: p.asset ? srcOfAsset(daemon, p.asset) : undefined,
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

    'events.perDay': async ({ days }) => countEventsPerDay(daemon.journal, days),

    'alerts.list': async ({ includeAcked }) => daemon.state.data.alerts.filter((a) => includeAcked || !a.ackedAt),

    'alerts.ack': async ({ id, note }, ctx) => {
      const alert = daemon.state.data.alerts.find((a) => a.id === id);
      if (!alert) throw new MamoriError('NOT_FOUND', `no alert with id ${id}`, { id });
      const at = new Date().toISOString();
      await daemon.state.update((d) => {
        const a = d.alerts.find((x) => x.id === id)!;
        Object.assign(a, { ackedAt: at, ackedBy: ctx.user, note });
      });
      await daemon.journal.append([{ src: admin(ctx.user), kind: 'admin.alert_acked', data: { alertId: id, note } }]);
      return { id, ackedAt: at };
    },

    'settings.get': async () => daemon.state.data.settings,

    'settings.update': async ({ patch }, ctx) => {
      const merged = deepMerge(structuredClone(daemon.state.data.settings) as Record<string, unknown>, patch);
      const parsed = SettingsSchema.safeParse(merged);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new MamoriError('BAD_REQUEST', `settings.${issue.path.join('.')}: ${issue.message}`, { field: issue.path.join('.') });
      }
      await daemon.state.update((d) => void (d.settings = parsed.data));
      await daemon.journal.append([{ src: admin(ctx.user), kind: 'admin.settings_changed', data: { patch } }]);
      daemon.discovery.onSettingsChanged();
      if (await daemon.policy.refresh(parsed.data)) {
        const agents = daemon.hub.pushPolicy();
        await daemon.journal.append([{ src: 'system', kind: 'policy.changed', data: { version: daemon.policy.version, agentsNotified: agents } }]);
      }
      return parsed.data;
    },

    'discovery.run': async (_p, ctx) => {
      await daemon.journal.append([{ src: admin(ctx.user), kind: 'admin.discovery_run', data: {} }]);
      const { devices, errors, stats, summary } = await daemon.discovery.runNow();
      return { devices, errors, stats, events: summary.events };
    },

    'discovery.status': async () => daemon.discovery.status(),

    'ledger.mynumber': async ({ asset, includeGone }): Promise<MyNumberLedgerRow[]> =>
      daemon.ledger.entries({ assetId: asset, includeGone }).map(({ scanId: _scan, ...row }) => row),
  } satisfies Handlers;
}

/** Agent events are journaled under the agent id; other assets under their asset id. */
function srcOfAsset(daemon: Daemon, assetOrAgent: string): string {
  const asset = daemon.state.data.assets.find((a) => a.assetId === assetOrAgent);
  return asset?.agentId ?? assetOrAgent;
}

function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(patch)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const cur = target[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object' && !Array.isArray(cur))
      target[k] = deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>);
    else target[k] = v;
  }
  return target;
}

export function subscribeEvents(
  journal: Journal,
  params: z.output<(typeof Methods)['events.subscribe']>,
  push: (records: unknown[]) => void,
): () => void {
  return journal.subscribe((records) => {
    const wanted = records.filter(
      (r) => (!params.asset || r.src === params.asset) && (!params.kind || r.kind === params.kind || (params.kind.endsWith('.') && r.kind.startsWith(params.kind))),
    );
    if (wanted.length) push(wanted);
  });
}
