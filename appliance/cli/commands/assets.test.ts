import { describe, expect, it } from 'vitest';
import type { Posture } from '../../control/contract/index.js';
import { postureWords } from './assets.js';

const unknown: Posture = {
  avEnabled: null, avUpToDate: null, patchesMissing: null, securityPatchesMissing: null, rebootRequired: null,
  osSupported: 'unknown', firewallEnabled: null, diskEncrypted: null, localAdmins: null, myNumberFiles: 0,
};

describe('postureWords', () => {
  it('names only known problems', () => {
    expect(postureWords(undefined)).toEqual([]);
    expect(postureWords(unknown)).toEqual([]);
    const bad: Posture = { ...unknown, avEnabled: true, avUpToDate: false, securityPatchesMissing: 3, osSupported: 'unsupported', firewallEnabled: false, diskEncrypted: false, myNumberFiles: 2 };
    expect(postureWords(bad)).toEqual(['AV-old/定義古い', 'security-updates:3/未適用', 'OS-EOL/サポート終了', 'FW-off/ファイアウォール無効', 'not-encrypted/未暗号化', 'MyNumber-files:2']);
    expect(postureWords({ ...unknown, patchesMissing: 4, securityPatchesMissing: 0, osSupported: 'ending' })).toEqual(['updates:4/未適用', 'OS-ending/終了間近']);
  });
});
