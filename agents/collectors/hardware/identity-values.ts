// Firmware is full of placeholder strings; a placeholder as a "serial" would make every such PC look
// like the same machine to the box, so they are dropped here.
const PLACEHOLDERS = new Set(
  [
    'to be filled by o.e.m.',
    'to be filled by oem',
    'default string',
    'system serial number',
    'system product name',
    'system manufacturer',
    'not specified',
    'not applicable',
    'not available',
    'none',
    'n/a',
    'na',
    'oem',
    'o.e.m.',
    '0',
    '0123456789',
    '123456789',
    'chassis serial number',
    'base board serial number',
    '-',
  ].map((s) => s.toLowerCase()),
);

/** The value with NULs and padding removed, or null when it is empty or a known placeholder. */
export function meaningful(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.replace(/\0/g, '').trim();
  if (v === '' || PLACEHOLDERS.has(v.toLowerCase())) return null;
  if (/^[0\s.:-]+$/.test(v) || /^[fF\s.:-]+$/.test(v)) return null;
  return v;
}

// Boards from one BIOS vendor ship this same "UUID"; it identifies nothing.
const BOGUS_UUIDS = new Set(['03000200-0400-0500-0006-000700080009']);

export function meaningfulUuid(value: string | null | undefined): string | null {
  const v = meaningful(value)?.toLowerCase() ?? null;
  if (v === null || BOGUS_UUIDS.has(v)) return null;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v) ? v : null;
}
