// macOS `users` facts: the shared macOS snapshot, parsed by parseUsersDarwin.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase } from '../macos/snapshot.js';
import { parseUsersDarwin } from './parse-darwin.js';
import type { UsersSection } from './schema.js';

export async function collectUsersDarwin(ctx: CollectContext, run?: RunText): Promise<UsersSection> {
  return parseUsersDarwin(await darwinBase(ctx, run));
}
