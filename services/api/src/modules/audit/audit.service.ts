import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { checkDate } from '../../shared/validation.js';
import type { Access } from '../users/access.js';

export interface AuditRow {
  id: string;
  at: Date;
  userId: number | null;
  username: string | null;
  action: string;
  /** The named event (FACILITY_APPROVED, …); null for rows written before events were named. */
  event: string | null;
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

/**
 * Reads the audit log, as far as the user may (`audit:read`): a district-wide user all of it, a
 * division-scoped user (a street office) what belongs to its division.
 */
export async function readAudit(
  em: EntityManager,
  access: Access,
  lang: Lang,
  q: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  access.assertCan('audit:read');
  const where: string[] = ['true'];
  const params: unknown[] = [];
  const own = await access.jurisdiction(em);
  if (own) {
    where.push(`division_path like ? || '%'`);
    params.push(own.path);
  }
  const errors = new FieldErrors(lang);
  const from = checkDate(errors, 'filter.from', q.from, false);
  const to = checkDate(errors, 'filter.to', q.to, false);
  errors.throwIfAny();
  const and = (condition: string, param: unknown) => {
    where.push(condition);
    params.push(param);
  };
  if (q.entity) and('entity = ?', q.entity.slice(0, 40));
  if (q.entityId) and('entity_id = ?', q.entityId.slice(0, 40));
  if (from) and('at >= ?::date', from);
  if (to) and(`at < ?::date + interval '1 day'`, to);
  const conn = em.getConnection();
  const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*) as n from audit_log where ${where.join(' and ')}`, params);
  const rows = await conn.execute<Record<string, unknown>[]>(
    `select id, at, user_id, username, action, event, entity, entity_id, division_path, before, after, request_id, ip from audit_log
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
      event: (r.event as string | null) ?? null,
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
