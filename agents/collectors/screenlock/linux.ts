// Linux `screenlock` facts (GNOME only): administrators' dconf defaults under /etc/dconf/db, and the
// values gsettings gives the agent's own account, which are the defaults a new session starts from.
// Each user's own choice lives in their ~/.config/dconf binary database and is not read.
import type { CollectContext } from '../collector.js';
import { commandText } from '../exec.js';
import { listDir, readText } from '../read.js';
import type { GnomeLock } from './gnome.js';
import { lockFrom, parseDconfKeyfile, parseGsettingsValue } from './gnome.js';
import type { ScreenLockSection, ScreenLockSetting } from './schema.js';

export interface ScreenLockLinuxDeps {
  gsettings: (schema: string, key: string) => Promise<string | null>;
}

export const liveScreenLockDeps: ScreenLockLinuxDeps = { gsettings: (schema, key) => commandText('gsettings', ['get', schema, key]) };

export async function collectScreenLockLinux(ctx: Pick<CollectContext, 'root'>, deps: ScreenLockLinuxDeps = liveScreenLockDeps): Promise<ScreenLockSection> {
  const settings: ScreenLockSetting[] = [];
  for (const db of (await listDir(ctx.root, '/etc/dconf/db')) ?? []) {
    if (!db.endsWith('.d')) continue;
    const merged: GnomeLock = {};
    for (const file of (await listDir(ctx.root, `/etc/dconf/db/${db}`)) ?? []) {
      // locks/ is a folder listing which keys users may not change, not a keyfile.
      if (file === 'locks') continue;
      const text = await readText(ctx.root, `/etc/dconf/db/${db}/${file}`);
      if (text !== null) Object.assign(merged, parseDconfKeyfile(text));
    }
    if (merged.idleDelay === undefined && merged.lockEnabled === undefined) continue;
    const locked = (await listDir(ctx.root, `/etc/dconf/db/${db}/locks`)) !== null;
    settings.push({ scope: 'machine', ...lockFrom(merged), policy: locked, source: `/etc/dconf/db/${db}` });
  }
  if (ctx.root === '/') {
    const idle = parseGsettingsValue((await deps.gsettings('org.gnome.desktop.session', 'idle-delay')) ?? '');
    const lock = parseGsettingsValue((await deps.gsettings('org.gnome.desktop.screensaver', 'lock-enabled')) ?? '');
    const g: GnomeLock = {};
    if (typeof idle === 'number') g.idleDelay = idle;
    if (typeof lock === 'boolean') g.lockEnabled = lock;
    if (g.idleDelay !== undefined || g.lockEnabled !== undefined) settings.push({ scope: 'default', ...lockFrom(g), source: 'gsettings' });
  }
  return { settings };
}
