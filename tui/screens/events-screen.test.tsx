import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { MemorySource } from '../data/memory-source.js';
import { event, sampleSource, sampleState } from '../test-utils/fixtures.js';
import { KEYS, renderApp } from '../test-utils/render-app.js';

afterEach(() => cleanup());

describe('events screen', () => {
  it('shows a live event as it is journaled, holds it while paused, and opens a detail', async () => {
    const source = sampleSource();
    const app = renderApp(source);
    await app.waitFor('Posture');
    await app.press('3');
    await app.waitFor('discovery.found');
    await app.waitFor(() => source.subscriberCount === 1);
    source.append(event(4, { kind: 'usb.inserted', src: 'a-1', ts: new Date().toISOString() }));
    const live = await app.waitFor('usb.inserted');
    expect(live).toContain('● LIVE');
    expect(live).toContain('経理部のパソコン'); // the source shown by asset name
    await app.press('p');
    await app.waitFor('PAUSED');
    source.append(event(5, { kind: 'policy.applied', ts: new Date().toISOString() }));
    await app.waitFor('+1 new');
    expect(app.frame()).not.toContain('policy.applied');
    await app.press('p');
    await app.waitFor('policy.applied');
    await app.press(KEYS.enter);
    const detail = await app.waitFor('Event #5');
    expect(detail).toContain('h5');
    await app.press(KEYS.escape);
    await app.waitFor('● LIVE');
  });

  it('pages through a large journal without loading it whole', async () => {
    const state = sampleState();
    state.events = Array.from({ length: 5000 }, (_, i) => event(i + 1, { kind: `k${i + 1}` }));
    const source = new MemorySource(state);
    const app = renderApp(source);
    await app.waitFor('Posture');
    await app.press('3');
    await app.waitFor('k5000');
    for (let i = 0; i < 8; i++) await app.press('G');
    await app.waitFor((f) => /k4[0-4]\d\d\b/.test(f));
    const queries = source.calls.filter((c) => c.startsWith('events.query'));
    expect(queries.some((q) => q.includes('"beforeSeq"'))).toBe(true);
    for (const q of queries) expect(JSON.parse(q.slice('events.query '.length)).limit).toBeLessThanOrEqual(100);
    // Back to the head: the newest record returns.
    await app.press('g');
    await app.waitFor('k5000');
  });

  it('filters by kind', async () => {
    const source = sampleSource();
    const app = renderApp(source);
    await app.waitFor('Posture');
    await app.press('3');
    await app.waitFor('discovery.found');
    await app.press('/');
    app.stdin.write('agent.enrolled');
    await app.press(KEYS.enter);
    const f = await app.waitFor('Kind: agent.enrolled');
    await app.waitFor((x) => !x.includes('discovery.found'));
    expect(f).toContain('agent.enrolled');
  });
});
