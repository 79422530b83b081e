// What a collector is, and the one way to build one from per-platform implementations.
import type { z } from 'zod';
import { CollectorError } from './collector-error.js';
import { summarizeIssues } from '../../common/zod-issues.js';

export interface CollectContext {
  /** Folder the machine's files are read under: '/' live, a fixture tree in tests. */
  root: string;
  platform: NodeJS.Platform;
}

export interface Collector<T> {
  topic: string;
  /** null when this platform has no implementation (yet): not an error. */
  collect(ctx: CollectContext): Promise<T | null>;
}

export type PlatformImpl<T> = (ctx: CollectContext) => Promise<T>;

/**
 * A collector that picks its implementation by platform and checks the result against the topic's
 * schema, so every platform file (linux.ts today, win32.ts and darwin.ts later) returns the same shape.
 */
export function platformCollector<S extends z.ZodType>(
  topic: string,
  schema: S,
  impls: Partial<Record<NodeJS.Platform, PlatformImpl<z.input<S>>>>,
): Collector<z.output<S>> {
  return {
    topic,
    async collect(ctx) {
      const impl = impls[ctx.platform];
      if (impl === undefined) return null;
      const raw = await impl(ctx);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = summarizeIssues(parsed.error);
        throw new CollectorError('BAD_OUTPUT', `${topic}: ${issue.text}`, { topic, path: issue.field });
      }
      return parsed.data;
    },
  };
}
