import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorStore } from '../../shared/actor.js';

/** Entities whose every change is logged, and how to find the division that owns a record. */
const AUDITED: Record<string, { entity: string; divisionSql: string | null }> = {
  Facility: { entity: 'facility', divisionSql: '(select d.path from facility f join division d on d.id = f.division_id where f.id = ?)' },
  MedicalInstitution: { entity: 'medical_institution', divisionSql: '(select d.path from medical_institution m join division d on d.id = m.division_id where m.id = ?)' },
  CareAgreement: {
    entity: 'care_agreement',
    divisionSql: '(select d.path from care_agreement a join facility f on f.id = a.facility_id join division d on d.id = f.division_id where a.id = ?)',
  },
  ResidentialArea: { entity: 'residential_area', divisionSql: '(select d.path from residential_area r join division d on d.id = r.division_id where r.id = ?)' },
  Division: { entity: 'division', divisionSql: '(select path from division where id = ?)' },
  PointOfInterest: { entity: 'point_of_interest', divisionSql: null },
  Scenario: { entity: 'scenario', divisionSql: null },
  User: { entity: 'app_user', divisionSql: '(select d.path from app_user u join division d on d.id = u.division_id where u.id = ?)' },
};

/** Never stored in the log. */
const SECRET = new Set(['passwordHash', 'failedAttempts']);

function plain(data: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!data) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (SECRET.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: unknown }).id : v;
  }
  return out;
}

/**
 * Writes one audit row per created, changed or deleted record, in the same transaction as the
 * change: who (from the request's actor), when, what before and after, from which request.
 */
export class AuditSubscriber implements EventSubscriber {
  async afterFlush(args: FlushEventArgs): Promise<void> {
    const rows: unknown[][] = [];
    const actor = actorStore.getStore();
    for (const cs of args.uow.getChangeSets()) {
      const audited = AUDITED[cs.meta.className];
      if (!audited) continue;
      const before = cs.type === ChangeSetType.CREATE ? null : plain(cs.originalEntity as Record<string, unknown>);
      const after = cs.type === ChangeSetType.DELETE ? null : plain({ ...(cs.originalEntity ?? {}), ...(cs.payload as Record<string, unknown>) });
      const id = (cs.entity as { id?: unknown }).id ?? cs.getPrimaryKey();
      const action = cs.type === ChangeSetType.CREATE ? 'create' : cs.type === ChangeSetType.DELETE ? 'delete' : 'update';
      rows.push([actor?.userId ?? null, actor?.username ?? null, action, audited.entity, String(id), audited.divisionSql, id, JSON.stringify(before), JSON.stringify(after), actor?.requestId ?? null, actor?.ip ?? null]);
    }
    if (!rows.length) return;
    const em = args.em as EntityManager;
    const conn = em.getConnection();
    const ctx = em.getTransactionContext();
    for (const r of rows) {
      const [userId, username, action, entity, entityId, divisionSql, rawId, before, after, requestId, ip] = r as [
        number | null, string | null, string, string, string, string | null, unknown, string, string, string | null, string | null,
      ];
      const pathSql = divisionSql ?? 'null';
      await conn.execute(
        `insert into audit_log (user_id, username, action, entity, entity_id, division_path, before, after, request_id, ip)
         values (?, ?, ?, ?, ?, ${pathSql}, ?::jsonb, ?::jsonb, ?, ?)`,
        [userId, username, action, entity, entityId, ...(divisionSql ? [rawId] : []), before, after, requestId, ip],
        'run',
        ctx,
      );
    }
  }
}
