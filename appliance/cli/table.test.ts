import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTable } from './table.js';

describe('renderTable', () => {
  it('aligns columns by display width, not string length', () => {
    const out = renderTable(['name', 'ip'], [['経理PC', '10.0.0.1'], ['pc1', '10.0.0.2']]).split('\n');
    const col = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));
    expect(col(out[2]!, '10.0.0.1')).toBe(col(out[3]!, '10.0.0.2'));
    expect(col(out[0]!, 'ip')).toBe(col(out[3]!, '10.0.0.2'));
  });
});
