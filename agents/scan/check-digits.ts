// Check-digit rules from the guideline (../shared/GUIDELINE.md, "Numbers").

/** Value 0-9 of an ASCII or full-width digit code unit, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/**
 * 個人番号: the 12th digit checks the first eleven. Weights counted from the right of the
 * eleven are 2,3,4,5,6,7,2,3,4,5,6; r = Σ mod 11; check = r <= 1 ? 0 : 11 - r.
 * Accepts half-width or full-width digits; anything else is simply not valid.
 */
export function isValidMyNumber(digits12: string): boolean {
  if (digits12.length !== 12) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = digitValue(digits12.charCodeAt(11 - n));
    if (p < 0) return false;
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const check = digitValue(digits12.charCodeAt(11));
  if (check < 0) return false;
  const r = sum % 11;
  return check === (r <= 1 ? 0 : 11 - r);
}

/** 法人番号: the FIRST of 13 digits checks the other twelve (weights 1,2,1,2… from the right, mod 9). */
export function isValidCorporateNumber(digits13: string): boolean {
  if (digits13.length !== 13) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const p = digitValue(digits13.charCodeAt(13 - n));
    if (p < 0) return false;
    sum += p * (n % 2 === 1 ? 1 : 2);
  }
  const check = digitValue(digits13.charCodeAt(0));
  return check >= 0 && check === 9 - (sum % 9);
}
