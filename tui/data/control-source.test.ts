// ControlSource against a real ControlServer on a Unix socket in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ControlServer } from '../../appliance/control/control-server.js';
import { silentLogger } from '../../common/log.js';
import { ControlSource } from './control-source.js';

let dir = '';
let server: ControlServer | null = null;

async function start(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'mamori-tui-source-'));
  server = new ControlServer({
    socketPath: join(dir, 'control.sock'),
    dataDir: dir,
    version: 'test',
    log: silentLogger,
    handlers: {},
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
