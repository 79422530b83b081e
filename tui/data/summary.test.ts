import { describe, expect, it } from 'vitest';
import type { Posture } from '../../appliance/control/contract/index.js';
import { asset } from '../test-utils/fixtures.js';
import { summarize } from './summary.js';

const unknown: Posture = {
  avEnabled: null, avUpToDate: null, patchesMissing: null, securityPatchesMissing: null, rebootRequired: null,
  osSupported: 'unknown', firewallEnabled: null, diskEncrypted: null, localAdmins: null, myNumberFiles: 0,
};

describe('summarize', () => {
  it('counts PCs per posture area as the contract judges them; unknown is not counted as a problem', () => {
    const s = summarize(
      [
        asset({ assetId: 'a', name: 'a', posture: unknown }),
        asset({ assetId: 'b', name: 'b', posture: { ...unknown, avEnabled: true, avUpToDate: false, securityPatchesMissing: 2, osSupported: 'unsupported', diskEncrypted: false, myNumberFiles: 3 } }),
        asset({ assetId: 'c', name: 'c', posture: { ...unknown, osSupported: 'ending', firewallEnabled: false, patchesMissing: 1 } }),
        asset({ assetId: 'd', name: 'printer', kind: 'device', type: 'printer' }),
      ],
      [],
    );
    expect(s.posture).toEqual({ av: 1, patches: 2, os: 2, firewall: 1, disk: 1, mynumber: 1 });
    expect(s).toMatchObject({ pcs: 3, devices: 1, devicesByType: [['printer', 1]] });
  });
});
