// macOS `accounts` facts from the shared macOS snapshot.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase } from '../macos/snapshot.js';
import { parseAccountsDarwin } from './parse-darwin.js';
import type { AccountsSection } from './schema.js';

export async function collectAccountsDarwin(ctx: CollectContext, run?: RunText): Promise<AccountsSection> {
  return parseAccountsDarwin(await darwinBase(ctx, run));
}
