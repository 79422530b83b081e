// Windows `accounts` facts from the shared base snapshot.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseAccountsWin32 } from './parse-win32.js';
import type { AccountsSection } from './schema.js';

export async function collectAccountsWin32(ctx: CollectContext, run?: RunScript): Promise<AccountsSection> {
  return parseAccountsWin32(await windowsBase(ctx, run));
}
