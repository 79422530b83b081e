// /proc/net/if_inet6 parser and RFC 5952 formatting of its 32-hex-digit addresses.

export interface Inet6Entry {
  iface: string;
  address: string;
  prefix: number;
  temporary: boolean;
}

const IFA_F_TEMPORARY = 0x01;

export function parseIfInet6(text: string): Inet6Entry[] {
  const out: Inet6Entry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 6 || !/^[0-9a-f]{32}$/i.test(f[0]!)) continue;
    out.push({
      iface: f[5]!,
      address: formatIpv6(f[0]!),
      prefix: parseInt(f[2]!, 16),
      temporary: (parseInt(f[4]!, 16) & IFA_F_TEMPORARY) !== 0,
    });
  }
  return out;
}

/** 32 hex digits -> RFC 5952 text: lower-case, no leading zeros, longest run of >= 2 zero groups as `::`. */
export function formatIpv6(hex32: string): string {
  const groups: string[] = [];
  for (let i = 0; i < 32; i += 4) groups.push(parseInt(hex32.slice(i, i + 4), 16).toString(16));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) return groups.join(':');
  return groups.slice(0, bestStart).join(':') + '::' + groups.slice(bestStart + bestLen).join(':');
}
