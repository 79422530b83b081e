// shadow(5): name:password:lastchg:min:max:warn:inactive:expire:reserved. Days count from 1970-01-01.
export interface ShadowEntry {
  name: string;
  /** Password starts with '!': locked (usermod -L, passwd -l). '*' means no password, keys still work. */
  locked: boolean;
  /** Field 5 empty or 99999 and more: the password never expires. */
  neverExpires: boolean;
  /** Account expiry (field 8), days since the epoch. */
  expireDay?: number;
}

export const NEVER_EXPIRES_DAYS = 99999;

export function parseShadow(text: string): Map<string, ShadowEntry> {
  const out = new Map<string, ShadowEntry>();
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 8 || !f[0]) continue;
    const max = f[4] === '' ? Infinity : Number(f[4]);
    const entry: ShadowEntry = {
      name: f[0],
      locked: (f[1] ?? '').startsWith('!'),
      neverExpires: !Number.isFinite(max) || max >= NEVER_EXPIRES_DAYS,
    };
    if (f[7] !== '' && f[7] !== undefined && Number.isInteger(Number(f[7]))) entry.expireDay = Number(f[7]);
    out.set(f[0], entry);
  }
  return out;
}
