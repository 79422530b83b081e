// macOS `hardware` facts: the shared macOS snapshot, parsed by parseHardwareDarwin.
import type { CollectContext } from '../collector.js';
import type { RunText } from '../macos/snapshot.js';
import { darwinBase } from '../macos/snapshot.js';
import { parseHardwareDarwin } from './parse-darwin.js';
import type { HardwareSection } from './schema.js';

export async function collectHardwareDarwin(ctx: CollectContext, run?: RunText): Promise<HardwareSection> {
  return parseHardwareDarwin(await darwinBase(ctx, run));
}
