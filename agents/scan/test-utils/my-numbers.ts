// Test oracle written independently of check-digits.ts: weights listed from the LEFT.
const WEIGHTS_FROM_LEFT = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function remainderOf(first11: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(first11[i]) * (WEIGHTS_FROM_LEFT[i] ?? 0);
  return sum % 11;
}

export function withCheckDigit(first11: string): string {
  const r = remainderOf(first11);
  return first11 + String(r <= 1 ? 0 : 11 - r);
}

/** Corporate number: check digit first, weights 1,2,1,2… from the right of the 12-digit base. */
export function corporateWithCheckDigit(base12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(base12[11 - i]) * (i % 2 === 0 ? 1 : 2);
  return String(9 - (sum % 9)) + base12;
}

export const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
export const grouped = (n: string, sep: string) => `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`;
