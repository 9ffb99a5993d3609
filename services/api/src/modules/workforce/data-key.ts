import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key that protects personal data at rest (PIPL): ID numbers are encrypted with AES-256-GCM
 * and looked up by a keyed HMAC-SHA-256, each with its own key derived (HKDF) from one master key.
 *
 * The master key comes from `CARECIRCLE_DATA_KEY` (32 bytes as 64 hex digits or base64). Without
 * it, the embedded database keeps a generated key in its data directory (`data-key`, mode 0600,
 * created once); an in-memory or test database gets a key of its own for the life of the process.
 * A PostgreSQL database in production without the variable refuses to start. The key is never
 * logged or returned.
 */
export class DataKey {
  private readonly encryption: Buffer;
  private readonly lookup: Buffer;

  constructor(master: Buffer) {
    if (master.length !== 32) throw new Error('CARECIRCLE_DATA_KEY must be 32 bytes (64 hex digits or base64)');
    this.encryption = Buffer.from(hkdfSync('sha256', master, 'carecircle', 'id-number-encryption', 32));
    this.lookup = Buffer.from(hkdfSync('sha256', master, 'carecircle', 'id-number-lookup', 32));
  }

  /** `v1:` + base64(iv ‖ tag ‖ ciphertext). */
  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryption, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!stored.startsWith('v1:')) throw new Error('unknown cipher format');
    const raw = Buffer.from(stored.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryption, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The keyed hash an ID number is found by (64 hex digits). */
  hash(plain: string): string {
    return createHmac('sha256', this.lookup).update(plain.trim().toUpperCase()).digest('hex');
  }
}

/** Parses `CARECIRCLE_DATA_KEY`: 64 hex digits or base64 of 32 bytes. */
export function parseDataKey(text: string): Buffer {
  const t = text.trim();
  return /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
}

/** Where the key comes from when the database is opened. */
export interface DataKeySource {
  env?: NodeJS.ProcessEnv;
  /** The embedded database's data directory; null for an in-memory database. */
  dataDir: string | null;
  embedded: boolean;
}

/** Finds (or, for the embedded database, creates) the master key. */
export function resolveDataKey({ env = process.env, dataDir, embedded }: DataKeySource): DataKey {
  if (env.CARECIRCLE_DATA_KEY) return new DataKey(parseDataKey(env.CARECIRCLE_DATA_KEY));
  if (embedded && dataDir) {
    const file = path.join(dataDir, 'data-key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(dataDir, { recursive: true });
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    return new DataKey(parseDataKey(fs.readFileSync(file, 'utf8')));
  }
  if (!embedded && env.NODE_ENV === 'production')
    throw new Error('CARECIRCLE_DATA_KEY is required with PostgreSQL in production (32 bytes, 64 hex digits): it encrypts ID numbers');
  // In memory, or a development/test PostgreSQL database: a key for this process only.
  return new DataKey(randomBytes(32));
}

/** The key of each open database, by its ORM configuration (shared by every fork of its entity manager). */
const keys = new WeakMap<object, DataKey>();

export function setDataKey(config: object, key: DataKey): void {
  keys.set(config, key);
}

/** The data key of the database an entity manager belongs to. */
export function dataKeyOf(em: { config: object }): DataKey {
  const key = keys.get(em.config);
  if (!key) throw new Error('no data key for this database');
  return key;
}
