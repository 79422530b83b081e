import { describe, expect, it } from 'vitest';
import { makeExcluder } from './glob.js';

describe('makeExcluder', () => {
  it('matches names at any depth, anchored paths, and everything under a matched folder', () => {
    const ex = makeExcluder(['node_modules', 'Archive/*.csv', '**/tmp/**', '*.LOG']);
    expect(ex('node_modules')).toBe(true);
    expect(ex('a/node_modules/b/c.txt')).toBe(true);
    expect(ex('archive/x.csv')).toBe(true);
    expect(ex('archive/sub/x.csv')).toBe(false);
    expect(ex('b/archive/x.csv')).toBe(false);
    expect(ex('a/tmp/b.txt')).toBe(true);
    expect(ex('x/y.log')).toBe(true);
    expect(ex('x/node_modulesX')).toBe(false);
    expect(makeExcluder([])('anything')).toBe(false);
  });
});
