import { describe, expect, it } from 'vitest';
import { formatIpv6, parseIfInet6 } from './ipv6.js';

describe('formatIpv6', () => {
  it('writes RFC 5952 text', () => {
    expect(formatIpv6('00000000000000000000000000000001')).toBe('::1');
    expect(formatIpv6('fe8000000000000000fc00fffe000001')).toBe('fe80::fc:ff:fe00:1');
    expect(formatIpv6('20010db8000000010000000000000010')).toBe('2001:db8:0:1::10');
    expect(formatIpv6('20010db8000000000001000000000001')).toBe('2001:db8::1:0:0:1'); // first of equal runs
    expect(formatIpv6('20010db8000100010001000100010001')).toBe('2001:db8:1:1:1:1:1:1');
    expect(formatIpv6('00000000000000000000000000000000')).toBe('::');
  });

  it('parses /proc/net/if_inet6 with the temporary flag', () => {
    expect(parseIfInet6('20010db80000000158d2e1f3a9b0c4d7 02 40 00 01 eth0\nbad line\n')).toEqual([
      { iface: 'eth0', address: '2001:db8:0:1:58d2:e1f3:a9b0:c4d7', prefix: 64, temporary: true },
    ]);
  });
});
