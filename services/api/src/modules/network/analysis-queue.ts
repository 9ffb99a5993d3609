import { TooManyRequestsError, UserInputError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';

/** How many analyses run at once and wait, in total and per user, and for how long one may run. */
export interface QueueLimits {
  /** Analyses running at once, all users together. */
  total: number;
  /** Analyses of one user running at once. */
  perUser: number;
  /** Analyses of one user waiting; one more is refused (TOO_MANY_REQUESTS). */
  waitingPerUser: number;
  /** Analyses waiting, all users together. */
  waiting: number;
  /** Time budget of one analysis once it runs (ms); past it, its work is cancelled. */
  timeMs: number;
}

interface Waiter {
  owner: string;
  start: () => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * A small concurrency limiter for walking analyses: at most `total` run at once and at most
 * `perUser` of one user, the others wait in order (a user's next analysis waits while another
 * user's runs), and each runs with a time budget. Work is handed an AbortSignal that aborts when
 * the caller's signal does (the client disconnected, a job was cancelled) or the time runs out;
 * a waiting analysis whose caller goes away is dropped before it starts.
 *
 * @example
 * const queue = new AnalysisQueue({ total: 4, perUser: 2, waitingPerUser: 20, waiting: 200, timeMs: 30_000 });
 * const zones = await queue.run('user:7', req.signal, 'en', (signal) => pool.zones(points, 600, 150, { signal }));
 */
export class AnalysisQueue {
  private readonly running = new Map<string, number>();
  private runningTotal = 0;
  private readonly waiters: Waiter[] = [];

  constructor(readonly limits: QueueLimits) {}

  /** Analyses running and waiting now. */
  stats(): { running: number; waiting: number } {
    return { running: this.runningTotal, waiting: this.waiters.length };
  }

  async run<T>(owner: string, signal: AbortSignal | undefined, lang: Lang, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    await this.acquire(owner, signal, lang);
    const timeout = AbortSignal.timeout(this.limits.timeMs);
    const budget = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await work(budget);
    } catch (err) {
      if (timeout.aborted && !signal?.aborted) {
        const message = t(lang, 'analysis.timeLimit', { seconds: Math.max(1, Math.ceil(this.limits.timeMs / 1000)) });
        throw new UserInputError(message, [{ field: 'analysis', message }]);
      }
      throw err;
    } finally {
      this.release(owner);
    }
  }

  private canStart(owner: string): boolean {
    return this.runningTotal < this.limits.total && (this.running.get(owner) ?? 0) < this.limits.perUser;
  }

  private take(owner: string): void {
    this.runningTotal++;
    this.running.set(owner, (this.running.get(owner) ?? 0) + 1);
  }

  private acquire(owner: string, signal: AbortSignal | undefined, lang: Lang): Promise<void> {
    if (this.canStart(owner) && !this.waiters.some((w) => w.owner === owner)) {
      this.take(owner);
      return Promise.resolve();
    }
    const mine = this.waiters.filter((w) => w.owner === owner).length;
    if (mine >= this.limits.waitingPerUser || this.waiters.length >= this.limits.waiting) {
      const count = Math.max(mine, this.waiters.length >= this.limits.waiting ? this.waiters.length : 0);
      throw new TooManyRequestsError(t(lang, 'analysis.queueFull', { count }), 5);
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { owner, start: resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const at = this.waiters.indexOf(waiter);
          if (at < 0) return;
          this.waiters.splice(at, 1);
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
    });
  }

  private release(owner: string): void {
    this.runningTotal--;
    const n = (this.running.get(owner) ?? 1) - 1;
    if (n > 0) this.running.set(owner, n);
    else this.running.delete(owner);
    // Start the first waiters that may start: in order, skipping users at their own limit.
    for (let i = 0; i < this.waiters.length && this.runningTotal < this.limits.total;) {
      const w = this.waiters[i]!;
      if (!this.canStart(w.owner)) {
        i++;
        continue;
      }
      this.waiters.splice(i, 1);
      if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
      this.take(w.owner);
      w.start();
    }
  }
}
