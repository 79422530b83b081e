import { describe, expect, it } from 'vitest';
import { osFactsFromRelease, parseOsRelease } from './os-release.js';

describe('parseOsRelease', () => {
  it('handles quoting, escapes and comments', () => {
    const f = parseOsRelease('# comment\nA="x y"\nB=\'single $x\'\nC=bare\nD="say \\"hi\\" \\$HOME"\nnot a line\n');
    expect(f).toEqual({ A: 'x y', B: 'single $x', C: 'bare', D: 'say "hi" $HOME' });
  });

  it('applies the spec defaults when fields are missing', () => {
    expect(osFactsFromRelease({})).toEqual({ id: 'linux', name: 'Linux' });
  });
});
