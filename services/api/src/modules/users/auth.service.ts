import { isDivisionScoped } from '@carecircle/domain';
import { createHash, randomBytes } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertVersion, FieldErrors, notFound, UnauthenticatedError, UserInputError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import type { AppLimits } from '../../shared/rate-limit.js';
import { eagerColumns, execSql, rowPart } from '../../shared/sql.js';
import { cleanText, toOptionalId } from '../../shared/validation.js';
import { Division, DivisionLevel } from '../divisions/division.entity.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import type { AccessUser } from './access.js';
import { Role } from './role.js';
import { sessionCacheOf } from './session-cache.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_HOURS = 12;
/** A well-formed hash no password matches: checked for unknown names so they cost the same work. */
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'cc_session';

/**
 * A signed-in request: who acts, as permission checks read it, and the user and session as
 * managed entities of the request's EntityManager, mapped only when asked for (`me`, signing
 * out, changing the password): mapping them was a sixth of a short list request's time.
 */
export interface SignedIn {
  actor: AccessUser;
  user(): User;
  session(): Session;
}

/**
 * The signed-in user of a token, or null (unknown, expired, revoked, disabled): from the ORM's
 * session cache when the token was looked up less than a second ago (see `SessionCache`), else
 * from the database.
 */
export async function sessionOf(em: EntityManager, token: string | null): Promise<SignedIn | null> {
  if (!token || token.length > 200) return null;
  const hash = tokenHash(token);
  const cache = sessionCacheOf(em);
  const now = Date.now();
  let row = cache.get(hash, now);
  if (!row) {
    const mark = cache.mark();
    // What `findOne(Session, …, { populate: ['user', 'user.division'] })` reads, in one statement
    // whose text does not have to be built per request.
    const select = (alias: string, entity: typeof Session | typeof User | typeof Division) =>
      eagerColumns(em, entity).map((c) => `${alias}.${c} as ${alias}__${c}`);
    [row] = await execSql<Record<string, unknown>[]>(
      em,
      `select ${[...select('s', Session), ...select('u', User), ...select('d', Division)].join(', ')}
       from app_session s join app_user u on u.id = s.user_id left join division d on d.id = u.division_id
       where s.token_hash = ? and s.revoked_at is null and s.expires_at > ? limit 1`,
      [hash, new Date(now)],
    );
    if (row && !row.u__disabled) cache.set(hash, row, now, mark);
  }
  if (!row || row.u__disabled) return null;
  const found = row;
  const inDivision = found.d__id != null;
  const actor: AccessUser = {
    id: found.u__id as number,
    username: found.u__username as string,
    role: found.u__role as Role,
    divisionId: inDivision ? (found.d__id as number) : null,
    divisionPath: inDivision ? (found.d__path as string) : null,
  };
  let mapped: { user: User; session: Session } | null = null;
  const entities = () => {
    if (!mapped) {
      // The division first, so the user's reference to it is the loaded entity (and the session's to the user).
      if (inDivision) em.map(Division, rowPart(found, 'd'));
      mapped = { user: em.map(User, rowPart(found, 'u')), session: em.map(Session, rowPart(found, 's')) };
    }
    return mapped;
  };
  return { actor, user: () => entities().user, session: () => entities().session };
}

export interface AccountInput {
  username?: string | null;
  displayName?: string | null;
  role?: Role | null;
  divisionId?: unknown;
  disabled?: boolean | null;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
  ) {}

  /**
   * Checks a password. Every failure answers the same (`auth.badCredentials`, UNAUTHENTICATED, after
   * the same scrypt work), whether the name is unknown, the account disabled or the password wrong,
   * so names cannot be enumerated. Failures are throttled per (name, address) with growing delays
   * (`limits.passwords`) instead of locking the account for everyone, and attempts per address are
   * rate-limited (`limits.signIn`).
   */
  async signIn(
    usernameArg: string,
    password: string,
    meta: { ip: string | null; userAgent: string | null },
    limits?: Pick<AppLimits, 'signIn' | 'passwords'>,
  ) {
    await limits?.signIn.hit(meta.ip ?? 'unknown', this.lang);
    const username = (usernameArg ?? '').trim().slice(0, 64);
    await limits?.passwords.check(username, meta.ip, this.lang);
    const outcome = await this.em.transactional(async (em) => {
      const user = await em.findOne(
        User,
        { username: { $ilike: username.replace(/[\\%_]/g, (c) => `\\${c}`) } },
        { populate: ['passwordHash'] },
      );
      // An unknown name costs the same work as a real check.
      const matches = await verifyPassword(password ?? '', user?.passwordHash ?? UNKNOWN_USER_HASH);
      if (!user || !matches || user.disabled) return null;
      user.failedAttempts = 0;
      user.lockedUntil = null;
      user.lastSignInAt = new Date();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
      em.create(Session, {
        tokenHash: tokenHash(token),
        user: ref(user),
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      });
      await em.flush();
      return { user, token, expiresAt };
    });
    if (!outcome) {
      await limits?.passwords.fail(username, meta.ip);
      throw new UnauthenticatedError(t(this.lang, 'auth.badCredentials'));
    }
    await limits?.passwords.succeed(username, meta.ip);
    return outcome;
  }

  async signOut(session: Session | null): Promise<boolean> {
    if (!session) return false;
    await this.em.transactional(async (em) => {
      const s = await em.findOne(Session, { id: session.id });
      if (s && !s.revokedAt) s.revokedAt = new Date();
      await em.flush();
    });
    await this.sessionsChanged(session.user.id);
    return true;
  }

  /** After a committed change to a user's sessions or account: no server answers from the old ones. */
  private sessionsChanged(userId: number): Promise<void> {
    return sessionCacheOf(this.em).forgetUser(userId);
  }

  /**
   * Changes the user's own password after checking the current one. Wrong guesses of the current
   * password are throttled like sign-in: per address, and per (account, address) with growing delays.
   */
  async changePassword(
    user: User,
    current: string,
    next: string,
    meta: { ip: string | null } = { ip: null },
    limits?: Pick<AppLimits, 'passwordChange' | 'passwords'>,
  ): Promise<boolean> {
    await limits?.passwordChange.hit(meta.ip ?? 'unknown', this.lang);
    await limits?.passwords.check(user.username, meta.ip, this.lang);
    const u = await this.em.fork().findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(current ?? '', u.passwordHash))) {
      await limits?.passwords.fail(user.username, meta.ip);
      new FieldErrors(this.lang).add('currentPassword', 'auth.wrongPassword').throwIfAny();
    }
    await limits?.passwords.succeed(user.username, meta.ip);
    await this.em.transactional(async (em) => {
      const u = await em.findOneOrFail(User, { id: user.id }, { populate: ['passwordHash'] });
      this.checkPassword(next, 'newPassword', u.username);
      u.passwordHash = await hashPassword(next);
      // Other sessions end: whoever knew the old password is signed out.
      await em.nativeUpdate(Session, { user: u.id, revokedAt: null }, { revokedAt: new Date() });
      await em.flush();
    });
    await this.sessionsChanged(user.id);
    return true;
  }

  private checkPassword(password: string, field: string, username: string) {
    const problem = passwordProblem(password ?? '', this.lang, username);
    if (problem) throw new UserInputError(t(this.lang, 'invalidInput'), [{ field, message: problem }]);
  }

  /** Creates an account (administrators, and the command line). */
  async createUser(input: AccountInput & { password: string }): Promise<User> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const username = cleanText(errors, 'username', input.username, { max: 64, required: true });
      if (username && !/^[\p{L}\p{N}._-]{3,64}$/u.test(username)) errors.add('username', 'field.range', { min: 3, max: 64 });
      if (username && (await em.count(User, { username: { $ilike: username } }))) {
        errors.list.push({ field: 'username', message: t(this.lang, 'auth.duplicateUser', { username }) });
      }
      const displayName = cleanText(errors, 'displayName', input.displayName ?? username, { max: 100, required: true });
      const role = input.role ?? Role.VIEWER;
      const division = await this.division(em, errors, role, input.divisionId);
      const problem = passwordProblem(input.password ?? '', this.lang, username ?? input.username);
      if (problem) errors.list.push({ field: 'password', message: problem });
      errors.throwIfAny();
      const user = em.create(User, {
        username: username!,
        displayName: displayName!,
        role,
        division: division ? ref(division) : null,
        passwordHash: await hashPassword(input.password),
        disabled: !!input.disabled,
      });
      await em.flush();
      return user;
    });
  }

  async updateUser(idArg: number, version: number, input: AccountInput): Promise<User> {
    const updated = await this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: idArg });
      if (!user) throw notFound(this.lang, 'user', idArg);
      assertVersion(this.lang, user.version, version);
      const errors = new FieldErrors(this.lang);
      if (input.displayName != null)
        user.displayName = cleanText(errors, 'displayName', input.displayName, { max: 100, required: true }) ?? user.displayName;
      if (input.role != null) user.role = input.role;
      if (input.divisionId !== undefined || input.role != null) {
        const division = await this.division(em, errors, user.role, input.divisionId !== undefined ? input.divisionId : user.division?.id);
        user.division = division ? ref(division) : null;
      }
      if (input.disabled != null) user.disabled = input.disabled;
      errors.throwIfAny();
      if (user.disabled) await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
      await em.flush();
      return user;
    });
    // the role, street or town of a session's user may have changed
    await this.sessionsChanged(updated.id);
    return updated;
  }

  /** Sets a new password (administrators, command line), unlocks the account and ends its sessions. */
  async resetPassword(idArg: number, password: string): Promise<User> {
    const reset = await this.em.transactional(async (em) => {
      const user = await em.findOne(User, { id: idArg });
      if (!user) throw notFound(this.lang, 'user', idArg);
      this.checkPassword(password, 'password', user.username);
      user.passwordHash = await hashPassword(password);
      user.failedAttempts = 0;
      user.lockedUntil = null;
      await em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
      await em.flush();
      return user;
    });
    await this.sessionsChanged(reset.id);
    return reset;
  }

  /** A street office is bound to one street or town; other roles to none. */
  private async division(em: EntityManager, errors: FieldErrors, role: Role, divisionArg: unknown): Promise<Division | null> {
    if (!isDivisionScoped(role)) return null;
    const id = toOptionalId(divisionArg, 'divisionId', this.lang);
    const division = id != null ? await em.findOne(Division, { id }) : null;
    if (!division || ![DivisionLevel.STREET, DivisionLevel.TOWN].includes(division.level)) {
      errors.list.push({ field: 'divisionId', message: t(this.lang, 'auth.divisionRequired') });
      return null;
    }
    return division;
  }
}
