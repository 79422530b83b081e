// GNOME screen lock: `gsettings get` values ("uint32 300", "true") and dconf keyfiles under
// /etc/dconf/db/<db>.d/ that administrators use to set (and with locks/, enforce) defaults:
//   [org/gnome/desktop/session]
//   idle-delay=uint32 300
//   [org/gnome/desktop/screensaver]
//   lock-enabled=true

export interface GnomeLock {
  idleDelay?: number;
  lockEnabled?: boolean;
}

export function parseGsettingsValue(text: string): number | boolean | undefined {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  const m = /^(?:u?int\d+ )?(\d+)$/.exec(t);
  return m ? Number(m[1]) : undefined;
}

export function parseDconfKeyfile(text: string): GnomeLock {
  const out: GnomeLock = {};
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const s = /^\[(.+)\]$/.exec(line);
    if (s) {
      section = s[1]!;
      continue;
    }
    const kv = /^([\w-]+)\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    const value = parseGsettingsValue(kv[2]!);
    if (section === 'org/gnome/desktop/session' && kv[1] === 'idle-delay' && typeof value === 'number') out.idleDelay = value;
    if (section === 'org/gnome/desktop/screensaver' && kv[1] === 'lock-enabled' && typeof value === 'boolean') out.lockEnabled = value;
  }
  return out;
}

/** GNOME locks after idle-delay seconds when lock-enabled; idle-delay 0 means never idle. */
export function lockFrom(g: GnomeLock): { lockEnabled: boolean | null; timeoutSeconds: number | null } {
  if (g.lockEnabled === undefined && g.idleDelay === undefined) return { lockEnabled: null, timeoutSeconds: null };
  const lockEnabled = g.lockEnabled !== false && g.idleDelay !== 0;
  return { lockEnabled, timeoutSeconds: lockEnabled && g.idleDelay !== undefined ? g.idleDelay : null };
}
