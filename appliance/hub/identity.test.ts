import { describe, expect, it } from 'vitest';
import { findCollisions } from './identity.js';

const base = { hostname: 'pc1', macs: ['aa:bb:cc:dd:ee:01'] };

describe('findCollisions', () => {
  it('flags shared UUID, machine id and MACs, naming the fields', () => {
    const c = findCollisions({ ...base, smbiosUuid: 'ABC-1', machineId: 'm1' }, 'a1', [
      { assetId: 'a2', smbiosUuid: 'abc-1', machineId: 'm1', macs: ['aa:bb:cc:dd:ee:01'] },
      { assetId: 'a3', macs: ['aa:bb:cc:dd:ee:99'] },
    ]);
    expect(c).toEqual([{ otherAssetId: 'a2', fields: ['smbiosUuid', 'machineId', 'mac aa:bb:cc:dd:ee:01'] }]);
  });

  it('ignores vendor placeholders and itself', () => {
    const c = findCollisions({ ...base, serial: 'To Be Filled By O.E.M.', macs: [] }, 'a1', [
      { assetId: 'a2', serial: 'to be filled by o.e.m.', macs: [] },
      { assetId: 'a1', serial: 'X', macs: ['aa:bb:cc:dd:ee:01'] },
    ]);
    expect(c).toEqual([]);
  });
});
