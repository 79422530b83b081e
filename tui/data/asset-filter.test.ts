import { describe, expect, it } from 'vitest';
import { sampleState } from '../test-utils/fixtures.js';
import { filterAssets, filterIndex, indexAssets, sortAssets, typeCycle } from './asset-filter.js';

const assets = sampleState().assets;
const names = (xs: { name: string }[]) => xs.map((a) => a.name);

describe('asset filter', () => {
  it('finds by name, IP, MAC without separators, vendor and model', () => {
    expect(names(filterAssets(assets, '経理'))).toEqual(['経理部のパソコン']);
    expect(names(filterAssets(assets, '198.51.100.5'))).toEqual(['複合機 2F']);
    expect(names(filterAssets(assets, 'aabbcc000050'))).toEqual(['複合機 2F']);
    expect(names(filterAssets(assets, 'yamaha'))).toEqual(['core-switch']);
    expect(names(filterAssets(assets, 'c3720'))).toEqual(['複合機 2F']);
    expect(filterAssets(assets, 'pc windows')).toHaveLength(2);
    expect(filterAssets(assets, 'nothing-like-this')).toHaveLength(0);
  });

  it('filters by type and cycles through the types present', () => {
    expect(typeCycle(assets)).toEqual(['all', 'pc', 'printer', 'switch']);
    expect(names(filterAssets(assets, '', 'printer'))).toEqual(['複合機 2F']);
    expect(filterAssets(assets, '', 'pc')).toHaveLength(2);
  });

  it('sorts IPs numerically and reverses', () => {
    expect(sortAssets(assets, 'ip', 'asc').map((a) => a.ips[0])).toEqual(['198.51.100.1', '198.51.100.10', '198.51.100.11', '198.51.100.50']);
    expect(sortAssets(assets, 'ip', 'desc')[0]!.ips[0]).toBe('198.51.100.50');
  });
});

describe('asset index', () => {
  it('gives the same rows as filter-then-sort for every query, in sorted order', () => {
    const index = indexAssets(sortAssets(assets, 'name', 'asc'));
    for (const q of ['', '経理', '198.51', 'aabbcc', 'pc windows', 'YAMAHA', 'zzz']) {
      for (const type of typeCycle(assets)) {
        expect(filterIndex(index, q, type)).toEqual(sortAssets(filterAssets(assets, q, type), 'name', 'asc'));
      }
    }
  });
});
