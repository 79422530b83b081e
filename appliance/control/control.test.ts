import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../common/log.js';
import { isMamoriError } from '../errors/mamori-error.js';
import type { EventRecord, StatusResult, TokenCreated } from './contract/index.js';
import { ControlClient } from './control-client.js';
import { ControlServer } from './control-server.js';

const STATUS: StatusResult = {
  version: 'test', protocol: 1, pid: 1, dataDir: '/x', startedAt: '2026-01-01T00:00:00.000Z', listen: { host: '127.0.0.1', port: 1 },
  serverUrls: [], fingerprint: 'SHA256:x', agentsConnected: 0, journal: { lastSeq: 0 }, user: '',
};
const TOKEN: TokenCreated = { id: '', token: 't', expiresAt: '2026-01-01T00:00:00.000Z', usesLeft: 1, fingerprint: 'SHA256:x', serverUrls: [], enrollCommand: '' };
const record = (seq: number): EventRecord => ({ seq, ts: '2026-01-01T00:00:00.000Z', src: 'system', kind: 'box.started', data: {}, h: 'h' });

let dir = '';
let server: ControlServer | null = null;

async function start(pushOnSubscribe: EventRecord[][] = []) {
  dir = await mkdtemp(join(tmpdir(), 'mamori-control-'));
  server = new ControlServer({
    socketPath: join(dir, 'control.sock'),
    dataDir: dir,
    version: 'test',
    log: silentLogger,
    handlers: {
      status: async (_p, ctx) => ({ ...STATUS, user: ctx.user }),
      // Echoes the validated params, so the test sees the defaults the contract filled in.
      'token.create': async (p) => ({ ...TOKEN, id: `${p.uses}/${p.ttlMs}` }),
    },
    // Push in the same tick as the subscription is answered: the client must not lose these.
    subscribe: (_params, push) => {
      queueMicrotask(() => pushOnSubscribe.forEach((r) => push(r)));
      return () => {};
    },
  });
  await server.start();
  return join(dir, 'control.sock');
}

afterEach(async () => {
  await server?.stop();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

describe('control socket', () => {
  it('proves the OS user of the client from the challenge file', async () => {
    const client = await ControlClient.connect(await start());
    expect(client.user).toBe(userInfo().username);
    expect(await client.call('status', {})).toEqual({ ...STATUS, user: userInfo().username });
    client.close();
  });

  it('validates params and names the field; unknown methods are refused', async () => {
    const client = await ControlClient.connect(await start());
    expect((await client.call('token.create', {})).id).toBe('1/86400000');
    await expect(client.call('token.create', { uses: -3 })).rejects.toThrow(/uses:/);
    await expect(client.call('events.query' as never, { limit: 5 } as never)).rejects.toThrow(/not available/);
    client.close();
  });

  it('delivers records pushed together with the subscription answer', async () => {
    const client = await ControlClient.connect(await start([[record(1)], [record(2)]]));
    const got: EventRecord[] = [];
    await client.subscribe({}, (records) => got.push(...records));
    await new Promise((r) => setTimeout(r, 50));
    expect(got.map((r) => r.seq)).toEqual([1, 2]);
    client.close();
  });

  it('says plainly when no daemon is running', async () => {
    const err = await ControlClient.connect(join(tmpdir(), 'no-such-mamori', 'control.sock')).catch((e: unknown) => e);
    expect(isMamoriError(err, 'NO_DAEMON')).toBe(true);
    expect(String(err)).toMatch(/no mamori daemon is running/);
  });
});
