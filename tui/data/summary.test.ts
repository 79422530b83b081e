import { describe, expect, it } from 'vitest';
import { postureProblems } from './summary.js';

describe('postureProblems', () => {
  it('reads the posture the box computes, treating null as unknown rather than a problem', () => {
    expect(postureProblems({ avEnabled: null, avUpToDate: null, patchesMissing: null, osSupported: 'unknown', diskEncrypted: null, myNumberFiles: 0 })).toEqual([]);
    expect(postureProblems({ avEnabled: true, avUpToDate: false, securityPatchesMissing: 2, osSupported: 'unsupported', diskEncrypted: false, myNumberFiles: 3 })).toEqual([
      'av',
      'patches',
      'os',
      'disk',
      'mynumber',
    ]);
    expect(postureProblems({ osSupported: 'ending' })).toEqual([]);
  });
});
