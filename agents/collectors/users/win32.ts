// Windows `users` facts: the shared base snapshot (one PowerShell run), parsed by parseUsersWin32.
import type { CollectContext } from '../collector.js';
import type { RunScript } from '../windows/base.js';
import { windowsBase } from '../windows/base.js';
import { parseUsersWin32 } from './parse-win32.js';
import type { UsersSection } from './schema.js';

export async function collectUsersWin32(ctx: CollectContext, run?: RunScript): Promise<UsersSection> {
  return parseUsersWin32(await windowsBase(ctx, run));
}
