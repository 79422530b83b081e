import { describe, expect, it } from 'vitest';
import { resolveSocketPath } from './run-tui.js';

describe('socket path', () => {
  it('takes --control, else <--data>/control.sock, else $MAMORI_DATA, else /var/lib/mamori', () => {
    expect(resolveSocketPath({ control: '/run/x.sock', data: '/d' }, { MAMORI_DATA: '/e' })).toBe('/run/x.sock');
    expect(resolveSocketPath({ data: '/d' }, { MAMORI_DATA: '/e' })).toBe('/d/control.sock');
    expect(resolveSocketPath({}, { MAMORI_DATA: '/e' })).toBe('/e/control.sock');
    expect(resolveSocketPath({}, {})).toBe('/var/lib/mamori/control.sock');
  });
});
