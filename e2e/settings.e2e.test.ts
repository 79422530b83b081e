import { afterAll, describe, expect, it } from 'vitest';
import { eventsJson, startBox } from './harness/box.js';
import { BUILT, cleanup, mamori, NOT_BUILT_REASON } from './harness/processes.js';

describe.skipIf(!BUILT)(`settings through the CLI${BUILT ? '' : ` (skipped: ${NOT_BUILT_REASON})`}`, () => {
  afterAll(cleanup);

  it('validates, saves and journals a change with the OS user, and names the field of a bad one', async () => {
    const box = await startBox();
    const set = await mamori(['settings', 'set', 'retentionDays', '90', '--data', box.dataDir]);
    expect(set.code).toBe(0);
    const got = JSON.parse((await mamori(['settings', '--data', box.dataDir])).stdout) as { retentionDays: number };
    expect(got.retentionDays).toBe(90);
    const bad = await mamori(['settings', 'set', 'discovery.intervalMinutes', '"soon"', '--data', box.dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/settings\.discovery\.intervalMinutes/);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // one clear line, no stack trace
    const changed = await eventsJson(box, ['--kind', 'admin.settings_changed']);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ src: expect.stringMatching(/^admin:/), data: { patch: { retentionDays: 90 } } });
    await box.proc.stop();
  });
});
