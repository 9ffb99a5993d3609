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

/** The limits of one server: sign-in attempts per address, expensive analyses per user. */
export interface AppLimits {
  signIn: RateLimiter;
  analysis: RateLimiter;
}

export function createLimits(): AppLimits {
  return { signIn: new RateLimiter(20, 60_000), analysis: new RateLimiter(60, 60_000) };
}
