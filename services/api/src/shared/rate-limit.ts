import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from './errors.js';
import { t, type Lang } from './i18n.js';

/** Attempts per key (an address, a user) in a fixed window; in memory or shared in Redis. */
export interface AttemptLimit {
  /** Counts one attempt; throws (or rejects with) TOO_MANY_REQUESTS past the limit. */
  hit(key: string, lang: Lang): void | Promise<void>;
}

/** Growing delays after failed password checks per (account name, address); in memory or shared in Redis. */
export interface PasswordGuard {
  /** Throws TOO_MANY_REQUESTS while the pair must wait. */
  check(account: string, address: string | null, lang: Lang): void | Promise<void>;
  fail(account: string, address: string | null): void | Promise<void>;
  succeed(account: string, address: string | null): void | Promise<void>;
}

/** The key of an (account name, address) pair: the name as typed, lower-cased. */
function pairKey(account: string, address: string | null) {
  return `${account.trim().toLowerCase()}\u0000${address ?? 'unknown'}`;
}

/**
 * Fixed-window counters in memory, per key (an IP, a user). Each call counts once, so 100 aliased
 * sign-ins in one request count as 100 attempts.
 */
export class RateLimiter implements AttemptLimit {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt; throws TOO_MANY_REQUESTS past the limit. */
  hit(key: string, lang: Lang, now = Date.now()): void {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) this.prune(now);
    }
    w.count++;
    if (w.count > this.limit) {
      const seconds = Math.ceil((w.start + this.windowMs - now) / 1000);
      throw new TooManyRequestsError(t(lang, 'auth.rateLimited', { seconds }), seconds);
    }
  }

  private prune(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/**
 * Growing delays after failed password checks, per (account name, address): after
 * {@link PasswordThrottle.free} failures in a row the pair waits `baseMs`, doubling with each
 * further failure up to `maxMs`; a success clears it. Keyed by the name as typed (lower-cased), so
 * an unknown name is throttled exactly like a real one, and by the address, so an attacker
 * elsewhere never locks a user out of their own machine.
 */
export class PasswordThrottle implements PasswordGuard {
  private readonly pairs = new Map<string, { failures: number; until: number; last: number }>();

  constructor(
    readonly free = 5,
    readonly baseMs = 30_000,
    readonly maxMs = 15 * 60_000,
  ) {}

  private key(account: string, address: string | null) {
    return pairKey(account, address);
  }

  /** Throws TOO_MANY_REQUESTS while the pair must wait; the password is then not checked at all. */
  check(account: string, address: string | null, lang: Lang, now = Date.now()): void {
    const p = this.pairs.get(this.key(account, address));
    if (p && p.until > now) {
      const seconds = Math.ceil((p.until - now) / 1000);
      throw new TooManyRequestsError(t(lang, 'auth.throttled', { seconds }), seconds);
    }
  }

  /** Counts a failure; from the `free`-th on, the pair waits, twice as long each time. */
  fail(account: string, address: string | null, now = Date.now()): void {
    const key = this.key(account, address);
    const p = this.pairs.get(key) ?? { failures: 0, until: 0, last: now };
    // A pair quiet for longer than the longest delay starts again.
    if (now - p.last > this.maxMs * 2) p.failures = 0;
    p.failures++;
    p.last = now;
    if (p.failures >= this.free) p.until = now + Math.min(this.maxMs, this.baseMs * 2 ** (p.failures - this.free));
    this.pairs.set(key, p);
    if (this.pairs.size > 50_000) this.prune(now);
  }

  succeed(account: string, address: string | null): void {
    this.pairs.delete(this.key(account, address));
  }

  private prune(now: number) {
    for (const [k, p] of this.pairs) if (p.until <= now && now - p.last > this.maxMs * 2) this.pairs.delete(k);
  }
}

/**
 * The limits of one server: sign-in attempts per address, password guesses per (account, address)
 * (sign-in and `changePassword`), expensive analyses per user.
 */
export interface AppLimits {
  signIn: AttemptLimit;
  /** `changePassword` attempts per address (as many as sign-ins, counted apart). */
  passwordChange: AttemptLimit;
  passwords: PasswordGuard;
  analysis: AttemptLimit;
}

/** The limits' sizes, the same in memory and in Redis. */
const LIMITS = {
  signIn: { limit: 20, windowMs: 60_000 },
  passwordChange: { limit: 20, windowMs: 60_000 },
  analysis: { limit: 60, windowMs: 60_000 },
} as const;

/** The limits of one server process, in memory (the embedded default). */
export function createLimits(): AppLimits {
  return {
    signIn: new RateLimiter(LIMITS.signIn.limit, LIMITS.signIn.windowMs),
    passwordChange: new RateLimiter(LIMITS.passwordChange.limit, LIMITS.passwordChange.windowMs),
    passwords: new PasswordThrottle(),
    analysis: new RateLimiter(LIMITS.analysis.limit, LIMITS.analysis.windowMs),
  };
}

/** Seconds until a limiter answer lets the key through again (at least 1). */
const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** A fixed-window limit shared by every process on one Redis (rate-limiter-flexible counts atomically there). */
class RedisAttemptLimit implements AttemptLimit {
  private readonly limiter: RateLimiterRedis;

  constructor(redis: Redis, keyPrefix: string, limit: number, windowMs: number) {
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix, points: limit, duration: windowMs / 1000 });
  }

  async hit(key: string, lang: Lang): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const seconds = secondsOf(res);
      throw new TooManyRequestsError(t(lang, 'auth.rateLimited', { seconds }), seconds);
    }
  }
}

/**
 * {@link PasswordThrottle}'s rule shared in Redis: failures of a pair are counted (and forgotten
 * after twice the longest delay of quiet); from the `free`-th on the pair is blocked for `baseMs`,
 * doubling with each further failure up to `maxMs`.
 */
class RedisPasswordThrottle implements PasswordGuard {
  private readonly failures: RateLimiterRedis;
  private readonly blocked: RateLimiterRedis;

  constructor(
    redis: Redis,
    keyPrefix: string,
    readonly free = 5,
    readonly baseMs = 30_000,
    readonly maxMs = 15 * 60_000,
  ) {
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keyPrefix}:failures`,
      points: Number.MAX_SAFE_INTEGER,
      duration: (maxMs * 2) / 1000,
    });
    this.blocked = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${keyPrefix}:blocked`, points: 1, duration: maxMs / 1000 });
  }

  async check(account: string, address: string | null, lang: Lang): Promise<void> {
    const res = await this.blocked.get(pairKey(account, address));
    if (res && res.consumedPoints > 1 && res.msBeforeNext > 0) {
      const seconds = secondsOf(res);
      throw new TooManyRequestsError(t(lang, 'auth.throttled', { seconds }), seconds);
    }
  }

  async fail(account: string, address: string | null): Promise<void> {
    const key = pairKey(account, address);
    // Each failure renews the quiet period after which the pair starts again.
    const res = await this.failures.penalty(key, 1);
    await this.failures.set(key, res.consumedPoints, (this.maxMs * 2) / 1000);
    if (res.consumedPoints >= this.free)
      await this.blocked.block(key, Math.min(this.maxMs, this.baseMs * 2 ** (res.consumedPoints - this.free)) / 1000);
  }

  async succeed(account: string, address: string | null): Promise<void> {
    const key = pairKey(account, address);
    await Promise.all([this.failures.delete(key), this.blocked.delete(key)]);
  }
}

/**
 * The same limits shared by every API replica on one Redis, so that a limit holds in total (20
 * sign-ins a minute from an address, whichever replica answers). Keys start with `prefix`.
 */
export function createRedisLimits(redis: Redis, prefix: string): AppLimits {
  return {
    signIn: new RedisAttemptLimit(redis, `${prefix}:limit:sign-in`, LIMITS.signIn.limit, LIMITS.signIn.windowMs),
    passwordChange: new RedisAttemptLimit(
      redis,
      `${prefix}:limit:password-change`,
      LIMITS.passwordChange.limit,
      LIMITS.passwordChange.windowMs,
    ),
    passwords: new RedisPasswordThrottle(redis, `${prefix}:limit:passwords`),
    analysis: new RedisAttemptLimit(redis, `${prefix}:limit:analysis`, LIMITS.analysis.limit, LIMITS.analysis.windowMs),
  };
}
