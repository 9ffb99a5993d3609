import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
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

/** Shortest and longest accepted passwords, in characters. */
const MIN_LENGTH = 10;
const MAX_LENGTH = 200;

/** Rules for new passwords: at least 10 characters, not all of one kind. Returns the reason, or null. */
export function passwordProblem(password: string, lang: Lang): string | null {
  const length = [...password].length;
  if (length < MIN_LENGTH) return t(lang, 'password.tooShort', { min: MIN_LENGTH });
  if (length > MAX_LENGTH) return t(lang, 'password.tooLong', { max: MAX_LENGTH });
  if (/^\d+$/.test(password) || /^[a-zA-Z]+$/.test(password)) return t(lang, 'password.oneKind');
  return null;
}
