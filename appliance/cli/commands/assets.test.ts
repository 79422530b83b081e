import { describe, expect, it } from 'vitest';
import { postureWords } from './assets.js';

describe('postureWords', () => {
  it('names only known problems', () => {
    expect(postureWords({ avEnabled: null, osSupported: 'unknown', diskEncrypted: null, myNumberFiles: 0 })).toEqual([]);
    expect(postureWords({ avEnabled: true, avUpToDate: false, securityPatchesMissing: 3, osSupported: 'unsupported', firewallEnabled: false, diskEncrypted: false, myNumberFiles: 2 })).toEqual([
      'AV-old/定義古い',
      'security-updates:3/未適用',
      'OS-EOL/サポート終了',
      'FW-off',
      'not-encrypted/未暗号化',
      'MyNumber-files:2',
    ]);
  });
});
