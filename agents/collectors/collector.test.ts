import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CollectorError } from './collector-error.js';
import { platformCollector } from './collector.js';

const Schema = z.object({ n: z.number() });

describe('platformCollector', () => {
  it('runs the implementation for the platform and returns the parsed data', async () => {
    const c = platformCollector('t', Schema, { linux: async () => ({ n: 1 }), win32: async () => ({ n: 2 }) });
    expect(await c.collect({ root: '/', platform: 'linux' })).toEqual({ n: 1 });
    expect(await c.collect({ root: '/', platform: 'win32' })).toEqual({ n: 2 });
  });

  it('returns null on a platform without an implementation', async () => {
    const c = platformCollector('t', Schema, { linux: async () => ({ n: 1 }) });
    expect(await c.collect({ root: '/', platform: 'darwin' })).toBeNull();
  });

  it('refuses output that does not match the schema, naming the field', async () => {
    const c = platformCollector('t', Schema, { linux: async () => ({ n: 'x' }) as unknown as { n: number } });
    const err = await c.collect({ root: '/', platform: 'linux' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectorError);
    expect((err as CollectorError).code).toBe('BAD_OUTPUT');
    expect((err as CollectorError).message).toMatch(/^t: n: /);
  });
});
