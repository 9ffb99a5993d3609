/**
 * Check characters of Chinese identifiers: the citizen identity number (公民身份号码, GB 11643-1999)
 * and the unified social credit code (统一社会信用代码, GB 32100-2015).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * The check character of the first 17 digits of an identity number (GB 11643, ISO 7064 MOD 11-2).
 * @example idNumberCheckChar('11010519491231002') // 'X'
 */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Why an identity number is not acceptable, or null when it is. */
export type IdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

/**
 * Checks an 18-character identity number: 17 digits and a check character (0–9 or X), a birth date
 * that exists, and the GB 11643 check character.
 * @example idNumberProblem('11010519491231002X') // null
 */
export function idNumberProblem(value: string): IdNumberProblem | null {
  const v = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return 'format';
  const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth || Number(v.slice(6, 10)) < 1900) return 'birthDate';
  return idNumberCheckChar(v.slice(0, 17)) === v[17] ? null : 'checkDigit';
}

/** The birth date (YYYY-MM-DD) written in a valid identity number. */
export const birthDateOfIdNumber = (v: string): string => `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;

/** Gender written in an identity number (the 17th digit: odd male, even female). */
export const genderOfIdNumber = (v: string): 'MALE' | 'FEMALE' => (Number(v[16]) % 2 === 1 ? 'MALE' : 'FEMALE');

/**
 * The identity number as shown to users without the right to see it: the region code and the last
 * four characters, eight stars between.
 * @example maskIdNumber('500112198001011234') // '500112********1234'
 */
export function maskIdNumber(v: string): string {
  return v.length === 18 ? `${v.slice(0, 6)}********${v.slice(14)}` : '*'.repeat(v.length);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character of the first 17 characters of a unified social credit code (GB 32100).
 * @example creditCodeCheckChar('91350100M000100Y4') // '3'
 */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = USCC_CHARS.indexOf(first17[i]);
    if (n < 0) throw new RangeError(`invalid character ${first17[i]}`);
    sum += n * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/**
 * Is this a unified social credit code with a correct check character (18 characters of
 * 0-9 and A-Y without I, O, S, V, Z)?
 * @example isCreditCode('91350100M000100Y43') // true
 */
export function isCreditCode(value: string): boolean {
  const v = value.trim().toUpperCase();
  if (v.length !== 18 || [...v].some((c) => !USCC_CHARS.includes(c))) return false;
  return creditCodeCheckChar(v.slice(0, 17)) === v[17];
}
