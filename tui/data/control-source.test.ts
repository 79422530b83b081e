// ControlSource against a real ControlServer on a Unix socket in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ControlServer } from '../../appliance/control/control-server.js';
import { silentLogger } from '../../appliance/daemon/log.js';
import { ControlSource } from './control-source.js';

let dir = '';
let server: ControlServer | null = null;
const calls: string[] = [];

async function start(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'mamori-tui-source-'));
  calls.length = 0;
  let n = 0;
  const count = (method: string) => async () => {
    calls.push(method);
    return method === 'events.perDay' ? [{ day: '2026-01-01', count: ++n }] : [{ n: ++n }];
  };
  server = new ControlServer({
    socketPath: join(dir, 'control.sock'),
    dataDir: dir,
    version: 'test',
    log: silentLogger,
    handlers: { 'assets.list': count('assets.list'), 'agents.list': count('agents.list'), 'alerts.list': count('alerts.list'), 'events.perDay': count('events.perDay') },
    subscribe: () => () => {},
  });
  await server.start();
  return join(dir, 'control.sock');
}

afterEach(async () => {
  await server?.stop();
  server = null;
  await rm(dir, { recursive: true, force: true });
});

describe('ControlSource', () => {
  it('asks for the dashboard data at once, hands each early answer out once, then asks again', async () => {
    const source = await ControlSource.connect(await start());
    source.prefetchDashboard(14);
    await new Promise((r) => setTimeout(r, 100));
    expect([...calls].sort()).toEqual(['agents.list', 'alerts.list', 'assets.list', 'events.perDay']);
    const first = await source.assets();
    expect(calls.filter((c) => c === 'assets.list')).toHaveLength(1);
    const second = await source.assets();
    expect(calls.filter((c) => c === 'assets.list')).toHaveLength(2);
    expect(second).not.toEqual(first);
    await source.eventsPerDay(14);
    await source.alerts(false);
    await source.agents();
    expect(calls).toHaveLength(5);
    // A different question is never answered from the early ones.
    await source.alerts(true);
    expect(calls).toHaveLength(6);
    source.close();
  });

  it('tells a listener that arrives after the connection closed', async () => {
    const source = await ControlSource.connect(await start());
    await server!.stop();
    server = null;
    await new Promise((r) => setTimeout(r, 50));
    const heard = await new Promise<boolean>((resolve) => {
      source.onClosed(() => resolve(true));
      setTimeout(() => resolve(false), 1000);
    });
    expect(heard).toBe(true);
  });
});
