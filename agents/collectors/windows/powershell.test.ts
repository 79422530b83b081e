import { describe, expect, it } from 'vitest';
import { fixtureBytes } from './test-utils/fixtures.js';
import { decodePowerShellOutput, encodeCommand, parsePowerShellJson, UTF8_PRELUDE } from './powershell.js';

describe('decodePowerShellOutput', () => {
  it('UTF-16LE with BOM and CRLF (a saved Out-File recording)', () => {
    const bytes = fixtureBytes('base-win11-pro-23h2-ja.json');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.includes(Buffer.from('\r\0\n\0'))).toBe(true);
    const text = decodePowerShellOutput(bytes);
    expect(text).not.toContain('\r');
    expect(text).toContain('"NetConnectionID":  "イーサネット"');
  });

  it('UTF-8 with BOM, UTF-8 without BOM, UTF-16LE without BOM, UTF-16BE', () => {
    const json = '{"name":"管理者"}\r\n';
    const forms = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')]),
      Buffer.from(json, 'utf8'),
      Buffer.from(json, 'utf16le'),
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]),
    ];
    for (const b of forms) expect(decodePowerShellOutput(b)).toBe('{"name":"管理者"}\n');
  });

  it('CP932 when the console code page won (invalid as UTF-8)', () => {
    // "管理者" in Shift_JIS.
    const sjis = Buffer.from([0x8a, 0xc7, 0x97, 0x9d, 0x8e, 0xd2]);
    expect(decodePowerShellOutput(sjis)).toBe('管理者');
  });
});

describe('parsePowerShellJson', () => {
  it('nothing printed is null; garbage is a typed error naming the script', () => {
    expect(parsePowerShellJson(Buffer.from('\r\n'), 'x')).toBeNull();
    expect(() => parsePowerShellJson(Buffer.from('Get-CimInstance : アクセスが拒否されました。'), 'windows posture')).toThrow(
      expect.objectContaining({ code: 'BAD_OUTPUT', message: expect.stringContaining('windows posture') }),
    );
  });

  it('/Date()/ survives JSON.parse as a string the readers understand', () => {
    expect(parsePowerShellJson(Buffer.from('{"d":"\\/Date(1732520000000)\\/"}'), 'x')).toEqual({ d: '/Date(1732520000000)/' });
  });
});

describe('encodeCommand', () => {
  it('is base64 of UTF-16LE with the UTF-8 output prelude first', () => {
    const decoded = Buffer.from(encodeCommand('Get-Date'), 'base64').toString('utf16le');
    expect(decoded).toBe(`${UTF8_PRELUDE}Get-Date`);
    expect(UTF8_PRELUDE).toContain('[Console]::OutputEncoding');
  });
});
