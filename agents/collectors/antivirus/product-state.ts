// SecurityCenter2's productState, decoded the community way (Microsoft never documented it). As hex
// 0xPPSSUU: the high nibble of SS is the state (0 off, 1 on, 2 snoozed, 3 expired), its low nibble is 1
// for a Microsoft product; UU is 0x00 when signatures are up to date and 0x10 when out of date.
// 397568 = 0x061100 Defender on and current; 393472 = 0x060100 Defender off (passive beside another
// AV); 266240 = 0x041000 third party on and current; 266256 = 0x041010 third party on, out of date.

export interface DecodedProductState {
  state: 'on' | 'off' | 'snoozed' | 'expired' | 'unknown';
  microsoft: boolean;
  upToDate: boolean | null;
}

const STATES = ['off', 'on', 'snoozed', 'expired'] as const;

export function decodeProductState(productState: number): DecodedProductState {
  const ss = (productState >> 8) & 0xff;
  const uu = productState & 0xff;
  return {
    state: STATES[ss >> 4] ?? 'unknown',
    microsoft: (ss & 0x0f) === 1,
    upToDate: uu === 0x00 ? true : uu === 0x10 ? false : null,
  };
}
