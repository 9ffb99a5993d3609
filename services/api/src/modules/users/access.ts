import { can, isDivisionScoped, type Action } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { ForbiddenError, UnauthenticatedError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import type { Division } from '../divisions/division.entity.js';
import type { Role } from './role.js';

/** Who acts, as permission checks read it: a plain record (the signed-in user's row), not an entity. */
export interface AccessUser {
  id: number;
  username: string;
  role: Role;
  /** The user's division (a street office's jurisdiction), if bound to one. */
  divisionId: number | null;
  /** That division's path (`/500112/500112001/`). */
  divisionPath: string | null;
}

/** Where a division-scoped user may act: its division's id, name and path. */
export interface Jurisdiction {
  divisionId: number;
  name: string;
  path: string;
}

/**
 * What the signed-in user may do, asked by services as named actions (`facility:review`), never
 * as roles. The role → action table is the domain's (`@carecircle/domain`, `ROLES`); a
 * division-scoped role (a street office) may act only inside its own division, checked on the
 * server against the division's boundary.
 */
export class Access {
  private jurisdictionCache: Promise<Jurisdiction | null> | null = null;

  constructor(
    readonly user: AccessUser | null,
    private readonly lang: Lang,
  ) {}

  /** May the user perform the action somewhere (anywhere, for a district-wide role)? */
  can(action: Action): boolean {
    return !!this.user && can(this.user.role, action);
  }

  /** Throws UNAUTHENTICATED or FORBIDDEN unless the user may perform the action. */
  assertCan(action: Action): void {
    if (!this.user) throw new UnauthenticatedError(t(this.lang, 'auth.required'));
    if (!can(this.user.role, action)) throw new ForbiddenError(t(this.lang, 'auth.forbidden'));
  }

  /** Is the user held to its own division? */
  get divisionScoped(): boolean {
    return !!this.user && isDivisionScoped(this.user.role);
  }

  /**
   * The division a division-scoped user acts in; null for district-wide users.
   * Throws FORBIDDEN for a division-scoped account bound to no division.
   */
  async jurisdiction(em: EntityManager): Promise<Jurisdiction | null> {
    if (!this.divisionScoped) return null;
    this.jurisdictionCache ??= (async () => {
      const id = this.user!.divisionId;
      const [row] = id ? await execSql<{ name: string; path: string }[]>(em, `select name, path from division where id = ?`, [id]) : [];
      return row ? { divisionId: id!, name: row.name, path: row.path } : null;
    })();
    const own = await this.jurisdictionCache;
    if (!own) throw new ForbiddenError(t(this.lang, 'auth.noJurisdiction'));
    return own;
  }

  /** Is a division (by path) inside the user's scope? District-wide users: always. */
  inScope(divisionPath: string | null | undefined): boolean {
    if (!this.divisionScoped) return true;
    const own = this.user?.divisionPath ?? null;
    return !!own && !!divisionPath && divisionPath.startsWith(own);
  }

  /**
   * May the user perform the action on a record at this place? Checks the action, then for a
   * division-scoped user that the point lies inside its division's boundary and that the chosen
   * division (if any) lies within its division.
   */
  async assertPerformAction(
    em: EntityManager,
    request: { action: Action; location?: Point | null; division?: Division | null },
  ): Promise<void> {
    this.assertCan(request.action);
    if (!this.divisionScoped || !request.location) return;
    const own = await this.jurisdiction(em);
    const [row] = await execSql<{ inside: boolean }[]>(
      em,
      `select ST_Intersects(boundary, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) as inside from division where id = ?`,
      [JSON.stringify(request.location), own!.divisionId],
    );
    const outside = !row?.inside || (request.division != null && !request.division.path.startsWith(own!.path));
    if (outside) throw new ForbiddenError(t(this.lang, 'auth.outsideJurisdiction', { division: own!.name }));
  }
}
