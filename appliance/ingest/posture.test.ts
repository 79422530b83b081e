import { describe, expect, it } from 'vitest';
import { computePosture } from './posture.js';

describe('computePosture', () => {
  it('gives null (and unknown) for every absent section, and the ledger count', () => {
    expect(computePosture({}, 3)).toEqual({
      avEnabled: null,
      avUpToDate: null,
      patchesMissing: null,
      securityPatchesMissing: null,
      rebootRequired: null,
      osSupported: 'unknown',
      firewallEnabled: null,
      diskEncrypted: null,
      localAdmins: null,
      myNumberFiles: 3,
    });
  });

  it('reads every section of a well-kept PC', () => {
    const p = computePosture(
      {
        antivirus: { products: [{ name: 'Windows Defender', enabled: false, upToDate: false }, { name: 'ESET', enabled: true, upToDate: true }] },
        patches: { pending: 2, securityPending: 1, rebootRequired: true },
        ossupport: { status: 'ending' },
        firewall: { enabled: true },
        encryption: { volumes: [{ mount: 'C:', encrypted: true }, { mount: 'D:', encrypted: true }] },
        accounts: { users: [{ name: 'a', admin: true, enabled: true }, { name: 'b', admin: true, enabled: false }, { name: 'c', admin: false }] },
      },
      0,
    );
    expect(p).toEqual({
      avEnabled: true,
      avUpToDate: true,
      patchesMissing: 2,
      securityPatchesMissing: 1,
      rebootRequired: true,
      osSupported: 'ending',
      firewallEnabled: true,
      diskEncrypted: true,
      localAdmins: 1,
      myNumberFiles: 0,
    });
  });

  it('judges antivirus by the products that are on: a stale disabled entry does not make it current', () => {
    const stale = computePosture({ antivirus: { products: [{ enabled: true, upToDate: false }, { enabled: false, upToDate: true }] } }, 0);
    expect(stale).toMatchObject({ avEnabled: true, avUpToDate: false });
    const off = computePosture({ antivirus: { products: [{ enabled: false, upToDate: true }] } }, 0);
    expect(off).toMatchObject({ avEnabled: false, avUpToDate: false });
    const none = computePosture({ antivirus: { products: [] } }, 0);
    expect(none).toMatchObject({ avEnabled: null, avUpToDate: null });
  });

  it('one unencrypted volume makes the disk unencrypted; lists count as their length', () => {
    expect(computePosture({ encryption: { volumes: [{ encrypted: true }, { encrypted: false }] } }, 0).diskEncrypted).toBe(false);
    expect(computePosture({ patches: { pending: ['KB1', 'KB2', 'KB3'], securityPending: [] } }, 0)).toMatchObject({ patchesMissing: 3, securityPatchesMissing: 0 });
  });

  it('never trusts the shape of what an agent sent', () => {
    const p = computePosture(
      {
        antivirus: { products: 'yes' },
        patches: { pending: -1, securityPending: 1.5, rebootRequired: 'true' },
        ossupport: { status: 'SUPPORTED' },
        firewall: [true],
        encryption: { volumes: [null, 7, { encrypted: 'yes' }] },
        accounts: { users: {} },
      },
      0,
    );
    expect(p).toEqual({
      avEnabled: null,
      avUpToDate: null,
      patchesMissing: null,
      securityPatchesMissing: null,
      rebootRequired: null,
      osSupported: 'unknown',
      firewallEnabled: null,
      diskEncrypted: null,
      localAdmins: null,
      myNumberFiles: 0,
    });
  });
});
