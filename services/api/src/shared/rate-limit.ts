import { TooManyRequestsError } from './errors.js';
import { t, type Lang } from './i18n.js';

/**
 * Fixed-window counters in memory, per key (an IP, a user). Each call counts once, so 100 aliased
 * sign-ins in one request count as 100 attempts.
 */
export class RateLimiter {
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
export class PasswordThrottle {
  private readonly pairs = new Map<string, { failures: number; until: number; last: number }>();

  constructor(
    readonly free = 5,
    readonly baseMs = 30_000,
    readonly maxMs = 15 * 60_000,
  ) {}

  private key(account: string, address: string | null) {
    return `${account.trim().toLowerCase()}\u0000${address ?? 'unknown'}`;
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
  signIn: RateLimiter;
  /** `changePassword` attempts per address (as many as sign-ins, counted apart). */
  passwordChange: RateLimiter;
  passwords: PasswordThrottle;
  analysis: RateLimiter;
}

export function createLimits(): AppLimits {
  return {
    signIn: new RateLimiter(20, 60_000),
    passwordChange: new RateLimiter(20, 60_000),
    passwords: new PasswordThrottle(),
    analysis: new RateLimiter(60, 60_000),
  };
}
