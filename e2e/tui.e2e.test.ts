// The real `mamori tui` in a real pseudo-terminal (tmux), against a real daemon with an enrolled,
// running agent: keys go in with send-keys, assertions read the screen with capture-pane.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TmuxPane, tmuxAvailable } from '../bench/tmux-pane.js';
import { waitForAck } from './harness/acks.js';
import { enrollAgent, startAgent, startBox, type Box } from './harness/box.js';
import { BUILT, cleanup, freePort, MAMORI, mamori, NOT_BUILT_REASON, type Proc } from './harness/processes.js';

const TMUX = tmuxAvailable();
const skipReason = !BUILT ? NOT_BUILT_REASON : !TMUX ? 'tmux is not installed (apt-get install tmux)' : '';
const HOST = hostname();
const panes = new Set<TmuxPane>();

async function openTui(box: Box, lang: 'en' | 'ja'): Promise<TmuxPane> {
  const pane = await TmuxPane.start([process.execPath, MAMORI, 'tui', '--data', box.dataDir, '--lang', lang], {
    columns: 100,
    rows: 30,
  });
  panes.add(pane);
  return pane;
}

async function closeTui(pane: TmuxPane): Promise<void> {
  await pane.kill();
  panes.delete(pane);
}

/** The screen line that shows `text` (for row-level assertions). */
function lineWith(screen: string, text: string): string {
  return screen.split('\n').find((l) => l.includes(text)) ?? '';
}

describe.skipIf(skipReason !== '')(`mamori tui in a real terminal${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let box: Box;
  let port: number;
  let agent: Proc;
  let agentId: string;

  beforeAll(async () => {
    port = await freePort();
    box = await startBox({ port });
    const enrolled = await enrollAgent(box);
    agentId = enrolled.agentId;
    agent = startAgent(enrolled.stateDir);
    // The first batch acknowledged and the full inventory stored: the detail has its sections.
    await waitForAck(agent, 1);
    const inventory = join(box.dataDir, 'inventory', `${agentId}.json`);
    const until = Date.now() + 30_000;
    while (!existsSync(inventory)) {
      if (Date.now() > until) throw new Error(`no inventory for ${agentId} after 30 s:\n${agent.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(async () => {
    for (const p of panes) await p.kill();
    await cleanup();
  });

  it('shows the dashboard, lists the agent PC, filters with /, opens the detail, and quits with confirmation', async () => {
    const pane = await openTui(box, 'en');
    try {
      let { screen } = await pane.waitFor('PCs 1 (online 1 / offline 0)');
      expect(screen).toContain('[1 Dashboard]');
      expect(screen).toContain('Agents offline: 0');

      await pane.keys('2');
      ({ screen } = await pane.waitFor(/\[2 Assets\][\s\S]*● online/));
      expect(lineWith(screen, '● online')).toContain(HOST);
      expect(screen).toContain('1/1');

      // Filter as you type: the host name matches, a made-up suffix matches nothing, backspace restores.
      await pane.keys('/');
      await pane.waitFor('Filter:');
      await pane.type(HOST);
      ({ screen } = await pane.waitFor(new RegExp(`Filter: ${reEscape(HOST)}\\s+1/1`)));
      await pane.type('-no-such-host');
      ({ screen } = await pane.waitFor('Nothing matches the filter.'));
      expect(screen).toMatch(/\s0\/1/);
      await pane.keys(...Array<string>(13).fill('BSpace'));
      ({ screen } = await pane.waitFor((s) => /\s1\/1/.test(s) && s.includes('● online')));
      await pane.keys('Enter');
      ({ screen } = await pane.waitFor(new RegExp(`Filter: ${reEscape(HOST)}\\s+1/1\\s+Type: all`)));

      // The detail: overview first, then the inventory sections the agent sent.
      await pane.keys('Enter');
      ({ screen } = await pane.waitFor('[Overview]'));
      expect(lineWith(screen, 'Host name')).toContain(HOST);
      expect(lineWith(screen, 'Agent')).toContain(agentId);
      for (const section of ['system', 'hardware', 'network', 'software']) expect(lineWith(screen, '[Overview]')).toContain(section);
      await pane.keys('Right');
      ({ screen } = await pane.waitFor('[system]'));
      expect(screen).toContain(`hostname: ${HOST}`);
      await pane.keys('Right', 'Right');
      ({ screen } = await pane.waitFor('[hardware]'));
      expect(screen).toContain('Section hardware');

      // q steps back out of the detail, then asks before quitting; y ends the process.
      await pane.keys('q');
      await pane.waitFor((s) => s.includes('● online') && !s.includes('[Overview]'));
      await pane.keys('q');
      await pane.waitFor('Quit Mamori?');
      await pane.keys('y');
      const until = Date.now() + 10_000;
      while (!(await pane.paneDead())) {
        if (Date.now() > until) throw new Error(`the TUI did not exit after y:\n${await pane.capture()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await closeTui(pane);
    }
  });

  it('shows a new journal event on the Events screen without a refresh', async () => {
    const pane = await openTui(box, 'en');
    try {
      await pane.waitFor('PCs 1');
      await pane.keys('3');
      await pane.waitFor(/● LIVE[\s\S]*agent\.enrolled/);
      const r = await mamori(['token', 'create', '--data', box.dataDir, '--json']);
      expect(r.code).toBe(0);
      const { id } = JSON.parse(r.stdout) as { id: string };
      const { screen } = await pane.waitFor(`tokenId=${id}`, 10_000);
      expect(lineWith(screen, `tokenId=${id}`)).toMatch(/admin:\S+\s+admin\.token_created/);
    } finally {
      await closeTui(pane);
    }
  });

  it('speaks Japanese with --lang ja', async () => {
    const pane = await openTui(box, 'ja');
    try {
      let { screen } = await pane.waitFor('PC 1 (接続中 1 / 未接続 0)');
      expect(screen).toContain('[1 ダッシュボード]');
      expect(screen).toContain('未対応のアラート: 0');
      await pane.keys('2');
      ({ screen } = await pane.waitFor('● 接続中'));
      expect(screen).toMatch(/状態\s+名前▲\s+種類/);
      expect(lineWith(screen, '● 接続中')).toContain(HOST);
    } finally {
      await closeTui(pane);
    }
  });

  it('says the connection is lost when the daemon stops, and recovers when it comes back on the same data folder', async () => {
    const pane = await openTui(box, 'en');
    try {
      await pane.waitFor('PCs 1 (online 1 / offline 0)');
      const stopped = await box.proc.stop('SIGTERM');
      expect(stopped.code).toBe(0);
      let { screen } = await pane.waitFor('Connection to the daemon lost', 10_000);
      // The last data stays on screen under the notice rather than a blank page.
      expect(screen).toContain('PCs 1');

      box = await startBox({ port, dataDir: box.dataDir });
      await pane.waitFor('Reconnected to the daemon.', 15_000);
      // The agent reconnects too (same port); the dashboard polls and shows it online again.
      ({ screen } = await pane.waitFor((s) => !s.includes('Connection to the daemon lost') && s.includes('PCs 1 (online 1 / offline 0)'), 30_000));
      await pane.keys('3');
      ({ screen } = await pane.waitFor(`pid=${box.proc.child.pid}`, 10_000));
      expect(lineWith(screen, `pid=${box.proc.child.pid}`)).toContain('box.started');
      await pane.waitFor((s) => !s.includes('Reconnected to the daemon.'), 10_000);
    } finally {
      await closeTui(pane);
    }
  });
});

function reEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
