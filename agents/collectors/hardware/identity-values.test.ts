import { describe, expect, it } from 'vitest';
import { meaningful, meaningfulUuid } from './identity-values.js';

describe('meaningful', () => {
  it('drops firmware placeholders and padding', () => {
    for (const v of ['To Be Filled By O.E.M.', 'Default string', 'System Serial Number', '  ', '0000000', 'FFFFFFFF', '\0', null]) {
      expect(meaningful(v)).toBeNull();
    }
    expect(meaningful('  PF3ABCDE \0')).toBe('PF3ABCDE');
  });

  it('keeps only well-formed, non-placeholder UUIDs, lower-cased', () => {
    expect(meaningfulUuid('4C4C4544-0058-4B10-8032-B7C04F514833')).toBe('4c4c4544-0058-4b10-8032-b7c04f514833');
    expect(meaningfulUuid('00000000-0000-0000-0000-000000000000')).toBeNull();
    expect(meaningfulUuid('FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF')).toBeNull();
    expect(meaningfulUuid('03000200-0400-0500-0006-000700080009')).toBeNull();
    expect(meaningfulUuid('not-a-uuid')).toBeNull();
  });
});
