import type { VarBind } from 'snmp-native';
import { describe, expect, test } from 'vitest';
import { decodeOctets, decodeValue, macFromBytes, normalizeMac, T, unhexText } from './values.js';

const vb = (type: number, raw: Buffer, value: unknown = null): VarBind => ({ oid: [1, 3, 6], type, value, valueRaw: raw, valueHex: raw.toString('hex') });

describe('SNMP value decoding', () => {
  test('Counter64 above 2^53 keeps every digit (snmp-native alone rounds it)', () => {
    const raw = Buffer.from('ffffffffffffffff', 'hex');
    expect(decodeValue(vb(T.Counter64, raw, 18446744073709552000))).toBe('18446744073709551615');
    expect(decodeValue(vb(T.Counter64, Buffer.from('0020000000000001', 'hex')))).toBe('9007199254740993');
  });
  test('v2c exceptions and Null are "no value"', () => {
    for (const t of [T.NoSuchObject, T.NoSuchInstance, T.EndOfMibView, T.Null]) expect(decodeValue(vb(t, Buffer.alloc(0)))).toBeNull();
  });
  test('octet strings: UTF-8, Shift_JIS (Japanese sysLocation), trailing NULs, binary as hex', () => {
    expect(decodeOctets(Buffer.from('2F copy room\0\0'))).toBe('2F copy room');
    expect(decodeOctets(Buffer.from('2階 コピー室'))).toBe('2階 コピー室');
    expect(decodeOctets(Buffer.from([0x32, 0x8a, 0x4b, 0x20, 0x83, 0x52, 0x83, 0x73, 0x81, 0x5b, 0x8e, 0xba]))).toBe('2階 コピー室');
    expect(decodeOctets(Buffer.from([0x01, 0x02, 0xff, 0xfe]))).toBe('0x0102fffe');
  });
  test('hex-encoded text is decoded, hex-looking serials are not', () => {
    expect(unhexText('0x43616e6f6e20695220414456')).toBe('Canon iR ADV');
    expect(unhexText('43 61 6E 6F 6E')).toBe('Canon');
    expect(unhexText('ABCDEF12')).toBe('ABCDEF12');
    expect(unhexText('6509415X00')).toBe('6509415X00');
  });
  test('huge values are clipped', () => {
    expect(decodeOctets(Buffer.alloc(1 << 20, 0x41)).length).toBeLessThanOrEqual(512);
  });
  test('MACs', () => {
    expect(macFromBytes(Buffer.from('3C2AF4BFF51B', 'hex'))).toBe('3c:2a:f4:bf:f5:1b');
    expect(macFromBytes(Buffer.alloc(6))).toBeNull();
    expect(macFromBytes(Buffer.alloc(4, 1))).toBeNull();
    expect(normalizeMac('00-11-22-AA-BB-CC')).toBe('00:11:22:aa:bb:cc');
    expect(normalizeMac('0011.22aa.bbcc')).toBe('00:11:22:aa:bb:cc');
    expect(normalizeMac('not a mac')).toBeNull();
  });
});
