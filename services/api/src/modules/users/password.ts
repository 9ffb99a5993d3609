import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { t, type Lang } from '../../shared/i18n.js';

const KEY_LENGTH = 64;
const PARAMS = { N: 16384, r: 8, p: 1 };

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 64 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hashes a password with scrypt: `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Checks a password against a stored hash in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Shortest and longest accepted passwords, in characters (whitespace does not count towards the shortest). */
const MIN_LENGTH = 10;
const MAX_LENGTH = 200;
/** Lowest accepted zxcvbn score (0–4): 3 is "safely unguessable" against an online attack with throttling. */
export const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;

/** The strength estimator with its common-password, name and word lists, made once. */
function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return estimator;
}

/**
 * Rules for new passwords, returning the reason in the user's language, or null: 10–200
 * characters not counting whitespace (no padding with spaces), letters mixed with digits or
 * symbols, not containing the username, and a zxcvbn strength score of at least {@link MIN_SCORE}
 * (common passwords, words with digits appended, keyboard walks, repeats and sequences fail).
 * @example passwordProblem('password12', 'en') // 'This is one of the most common passwords; choose another.'
 */
export function passwordProblem(password: string, lang: Lang, username?: string | null): string | null {
  const length = [...password].length;
  if (length > MAX_LENGTH) return t(lang, 'password.tooLong', { max: MAX_LENGTH });
  if ([...password.replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '')].length < MIN_LENGTH) {
    return /\s/u.test(password) ? t(lang, 'password.whitespace', { min: MIN_LENGTH }) : t(lang, 'password.tooShort', { min: MIN_LENGTH });
  }
  if (/^\d+$/.test(password) || /^[a-zA-Z]+$/.test(password)) return t(lang, 'password.oneKind');
  const name = username?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return t(lang, 'password.containsUsername');
  const result = strength().check(password, name ? [name] : []);
  if (result.score < MIN_SCORE) {
    const common = result.sequence.some((m) => m.pattern === 'dictionary' && String(m.dictionaryName).startsWith('passwords'));
    return t(lang, common ? 'password.common' : 'password.guessable', { score: result.score, min: MIN_SCORE });
  }
  return null;
}
