import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { checkDate } from '../../shared/validation.js';
import { FieldErrors } from '../../shared/errors.js';
import { Role } from '../users/role.js';
import type { User } from '../users/user.entity.js';

export interface AuditRow {
  id: string;
  at: Date;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  divisionPath: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditQuery {
  entity?: string | null;
  entityId?: string | null;
  from?: string | null;
  to?: string | null;
  afterId?: number;
  limit: number;
}

/** Reads the audit log: administrators all of it, a street office what belongs to its division. */
export async function readAudit(em: EntityManager, user: User | null, lang: Lang, q: AuditQuery): Promise<{ rows: AuditRow[]; total: number }> {
  if (!user) throw new ForbiddenError(t(lang, 'auth.required'));
  const where: string[] = ['true'];
  const params: unknown[] = [];
  if (user.role === Role.STREET_OFFICE) {
    const division = user.division ? await user.division.load() : null;
    if (!division) throw new ForbiddenError(t(lang, 'auth.noJurisdiction'));
    where.push(`division_path like ? || '%'`);
    params.push(division.path);
  } else if (user.role !== Role.ADMIN) throw new ForbiddenError(t(lang, 'auth.forbidden'));
  const errors = new FieldErrors(lang);
  const from = checkDate(errors, 'filter.from', q.from, false);
  const to = checkDate(errors, 'filter.to', q.to, false);
  errors.throwIfAny();
  if (q.entity) (where.push('entity = ?'), params.push(q.entity.slice(0, 40)));
  if (q.entityId) (where.push('entity_id = ?'), params.push(q.entityId.slice(0, 40)));
  if (from) (where.push('at >= ?::date'), params.push(from));
  if (to) (where.push(`at < ?::date + interval '1 day'`), params.push(to));
  const conn = em.getConnection();
  const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*) as n from audit_log where ${where.join(' and ')}`, params);
  const rows = await conn.execute<Record<string, unknown>[]>(
    `select id, at, user_id, username, action, entity, entity_id, division_path, before, after, request_id, ip from audit_log
     where ${where.join(' and ')} and id > ? order by id limit ?`,
    [...params, q.afterId ?? 0, q.limit],
  );
  return {
    total: Number(n),
    rows: rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at as string),
      userId: (r.user_id as number | null) ?? null,
      username: (r.username as string | null) ?? null,
      action: r.action as string,
      entity: r.entity as string,
      entityId: (r.entity_id as string | null) ?? null,
      divisionPath: (r.division_path as string | null) ?? null,
      before: (typeof r.before === 'string' ? JSON.parse(r.before) : r.before) as Record<string, unknown> | null,
      after: (typeof r.after === 'string' ? JSON.parse(r.after) : r.after) as Record<string, unknown> | null,
      requestId: (r.request_id as string | null) ?? null,
      ip: (r.ip as string | null) ?? null,
    })),
  };
}
