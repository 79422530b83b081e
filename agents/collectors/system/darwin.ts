// macOS `system` facts: the shared macOS snapshot, parsed by parseSystemDarwin.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase } from '../macos/snapshot.js';
import { parseSystemDarwin } from './parse-darwin.js';
import type { SystemSection } from './schema.js';

export async function collectSystemDarwin(ctx: CollectContext, run?: RunText): Promise<SystemSection> {
  return parseSystemDarwin(await darwinBase(ctx, run));
}
