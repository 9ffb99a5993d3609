import type { EntityManager } from '@mikro-orm/postgresql';

/** How long a session looked up in the database is trusted without asking it again. */
export const SESSION_TRUST_MS = 1000;
/** Sessions kept at most (the oldest go first). */
const MAX_SESSIONS = 10_000;

/** A session's row as `sessionOf` reads it: `s__…` session, `u__…` user, `d__…` division columns. */
export type SessionRow = Record<string, unknown>;

/**
 * The valid sessions this server has looked up in the last second, by token hash, so that the
 * queries of one page (the admin sends several at once) cost one session lookup rather than one
 * each: a round trip to the database on every request (skipping it, a server answers 16–35% more
 * 20-row lists a second on the benchmark's machine).
 *
 * Signing out, changing or resetting a password, and changing or disabling an account drop the
 * user's sessions here as soon as the change is committed, and on the other replicas through
 * Redis (`Cluster.followSessions`); a change made elsewhere (the command line, the database) is
 * seen within `trustMs`. A lookup that was under way while a user's sessions were dropped is not
 * kept (it may have read them before the change). Expired sessions are never answered from here.
 * One per ORM ({@link sessionCacheOf}): the server's, or each test server's own.
 */
export class SessionCache {
  private readonly rows = new Map<string, { row: SessionRow; at: number }>();
  private readonly listeners = new Set<(userId: number) => Promise<void> | void>();
  /** Counts the drops: a lookup begun before one is not kept. */
  private drops = 0;

  constructor(
    readonly trustMs = SESSION_TRUST_MS,
    readonly max = MAX_SESSIONS,
  ) {}

  /** The session's row if it was looked up less than `trustMs` ago and has not expired. */
  get(hash: string, now: number): SessionRow | null {
    const hit = this.rows.get(hash);
    if (!hit) return null;
    const expires = hit.row.s__expires_at;
    const until = expires instanceof Date ? expires.getTime() : Date.parse(String(expires));
    if (now - hit.at >= this.trustMs || !(until > now)) {
      this.rows.delete(hash);
      return null;
    }
    return hit.row;
  }

  /** A mark to give {@link set}: taken before the lookup. */
  mark(): number {
    return this.drops;
  }

  /** Keeps a valid session's row looked up at `now`, unless a user's sessions were dropped since `mark`. */
  set(hash: string, row: SessionRow, now: number, mark: number): void {
    if (mark !== this.drops) return;
    this.rows.delete(hash);
    if (this.rows.size >= this.max) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(hash, { row, at: now });
  }

  /**
   * Drops the user's sessions (after a committed change to them or their account) and, unless
   * `tell` is false (the news came from another replica), tells the listeners: resolves once they
   * have passed it on.
   */
  async forgetUser(userId: number, tell = true): Promise<void> {
    this.drops++;
    for (const [hash, { row }] of this.rows) if (row.u__id === userId) this.rows.delete(hash);
    if (tell) await Promise.all([...this.listeners].map((l) => l(userId)));
  }

  /** Calls `listener` with each user whose sessions this server drops; returns its removal. */
  onForget(listener: (userId: number) => Promise<void> | void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.rows.size;
  }
}

const caches = new WeakMap<object, SessionCache>();

/** The session cache of `em`'s ORM (all forks of one ORM share its driver). */
export function sessionCacheOf(em: EntityManager): SessionCache {
  const driver = em.getDriver();
  let cache = caches.get(driver);
  if (!cache) caches.set(driver, (cache = new SessionCache()));
  return cache;
}
