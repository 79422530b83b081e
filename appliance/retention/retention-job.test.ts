import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../journal/index.js';
import { openState } from '../store/state.js';
import { silentLogger } from '../../common/log.js';
import { RetentionJob } from './retention-job.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('RetentionJob', () => {
  it('drops acknowledged alerts and dead tokens after 30 days, keeps open and live ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mamori-retention-'));
    dirs.push(dir);
    const state = await openState(dir);
    const journal = await Journal.open(join(dir, 'journal'));
    const now = new Date('2026-11-26T00:00:00Z');
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
    await state.update((d) => {
      d.alerts.push(
        { id: 'open', at: daysAgo(400), kind: 'k', message: 'm' },
        { id: 'acked-old', at: daysAgo(100), kind: 'k', message: 'm', ackedAt: daysAgo(40), ackedBy: 'root' },
        { id: 'acked-new', at: daysAgo(10), kind: 'k', message: 'm', ackedAt: daysAgo(5), ackedBy: 'root' },
      );
      const t = { hash: 'a'.repeat(64), createdAt: daysAgo(60), createdBy: 'root', uses: 0 };
      d.tokens.push(
        { ...t, id: 'expired-old', expiresAt: daysAgo(31), usesLeft: 1 },
        { ...t, id: 'used-up', expiresAt: daysAgo(-5), usesLeft: 0 },
        { ...t, id: 'live', expiresAt: daysAgo(-5), usesLeft: 2 },
      );
    });
    const r = await new RetentionJob(journal, state, silentLogger).runOnce(now);
    expect(r).toMatchObject({ alerts: 1, tokens: 2 });
    expect(state.data.alerts.map((a) => a.id)).toEqual(['open', 'acked-new']);
    expect(state.data.tokens.map((t) => t.id)).toEqual(['live']);
    await journal.close();
    await state.close();
  });
});
