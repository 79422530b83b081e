import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { localAddresses, localHostnames } from './local-names.js';

const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '00:00:00:00:00:00', cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

describe('localAddresses', () => {
  it('keeps loopback and non-internal addresses, drops IPv6 link-local', () => {
    const got = localAddresses({
      lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
      eth0: [iface('192.0.2.5', 'IPv4'), iface('fe80::1234', 'IPv6'), iface('2001:db8::5', 'IPv6')],
    });
    expect(got.sort()).toEqual(['127.0.0.1', '192.0.2.5', '2001:db8::5', '::1'].sort());
  });

  it('always includes loopback, and reads this machine without failing', () => {
    expect(localAddresses({})).toEqual(['127.0.0.1', '::1']);
    const real = localAddresses(networkInterfaces());
    expect(real).toContain('127.0.0.1');
  });
});

describe('localHostnames', () => {
  it('adds the mDNS name from the first label', () => {
    expect(localHostnames('Mamori-Box')).toEqual(['mamori-box', 'mamori-box.local']);
    expect(localHostnames('box.example.jp.')).toEqual(['box.example.jp', 'box.local']);
    expect(localHostnames('box.local')).toEqual(['box.local']);
    expect(localHostnames('')).toEqual([]);
  });
});
