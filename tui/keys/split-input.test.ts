import { describe, expect, it } from 'vitest';
import { keyOfChar, splitInput } from './split-input.js';

const plain = keyOfChar('x')[1];

describe('splitInput', () => {
  it('leaves a single key alone', () => {
    expect(splitInput('j', plain)).toBeNull();
    expect(splitInput('日', plain)).toBeNull();
  });

  it('splits a run of plain keys that arrived in one read', () => {
    expect(splitInput('jjk', plain)?.map(([i]) => i)).toEqual(['j', 'j', 'k']);
    expect(splitInput('aB', plain)?.map(([i, k]) => [i, k.shift])).toEqual([
      ['a', false],
      ['B', true],
    ]);
  });

  it('turns bundled Backspaces (DEL or ^H) into one delete key each', () => {
    const keys = splitInput('\u007F\u007F\b', plain)!;
    expect(keys).toHaveLength(3);
    expect(keys.map(([i, k]) => [i, k.delete, k.backspace])).toEqual([
      ['', true, false],
      ['', true, false],
      ['', false, true],
    ]);
  });

  it('keeps Enter and Ctrl keys recognisable inside a chunk, and code points whole', () => {
    const keys = splitInput('ab\r\u0015𠮷', plain)!;
    expect(keys.map(([i]) => i)).toEqual(['a', 'b', '', 'u', '𠮷']);
    expect(keys[2]![1].return).toBe(true);
    expect(keys[3]![1].ctrl).toBe(true);
  });

  it('passes escape sequences and keys Ink already named through unchanged', () => {
    expect(splitInput('\u001B[A', plain)).toBeNull();
    expect(splitInput('', { ...plain, return: true })).toBeNull();
  });
});
