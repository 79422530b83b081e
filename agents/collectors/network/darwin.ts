// macOS `network` facts: the shared macOS snapshot, parsed by parseNetworkDarwin.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase } from '../macos/snapshot.js';
import { parseNetworkDarwin } from './parse-darwin.js';
import type { NetworkSection } from './schema.js';

export async function collectNetworkDarwin(ctx: CollectContext, run?: RunText): Promise<NetworkSection> {
  return parseNetworkDarwin(await darwinBase(ctx, run));
}
