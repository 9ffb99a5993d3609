import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorStore } from '../../shared/actor.js';
import { execSql } from '../../shared/sql.js';

/**
 * Audited tables: the prefix of their events, and SQL for the path of the division that owns a
 * record (on `t.id`, the record's id as text), by which a street office reads its own changes.
 */
const AUDITED = {
  facility: {
    prefix: 'FACILITY',
    divisionPath: '(select d.path from facility f join division d on d.id = f.division_id where f.id = t.id::int)',
  },
  facility_change: {
    prefix: 'FACILITY_CHANGE',
    divisionPath:
      '(select d.path from facility_change c join facility f on f.id = c.facility_id join division d on d.id = f.division_id where c.id = t.id::int)',
  },
  medical_institution: {
    prefix: 'MEDICAL_INSTITUTION',
    divisionPath: '(select d.path from medical_institution m join division d on d.id = m.division_id where m.id = t.id::int)',
  },
  care_agreement: {
    prefix: 'AGREEMENT',
    divisionPath:
      '(select d.path from care_agreement a join facility f on f.id = a.facility_id join division d on d.id = f.division_id where a.id = t.id::int)',
  },
  residential_area: {
    prefix: 'RESIDENTIAL_AREA',
    divisionPath: '(select d.path from residential_area r join division d on d.id = r.division_id where r.id = t.id::int)',
  },
  division: { prefix: 'DIVISION', divisionPath: '(select path from division where id = t.id::int)' },
  point_of_interest: { prefix: 'POINT_OF_INTEREST', divisionPath: null },
  scenario: { prefix: 'SCENARIO', divisionPath: null },
  employer: {
    prefix: 'EMPLOYER',
    divisionPath: '(select d.path from employer e join division d on d.id = e.division_id where e.id = t.id::int)',
  },
  worker: {
    prefix: 'WORKER',
    divisionPath:
      '(select d.path from worker w join employer e on e.id = coalesce(w.placed_at_id, w.employer_id) join division d on d.id = e.division_id where w.id = t.id::int)',
  },
  dishonest_party: { prefix: 'DISHONEST_PARTY', divisionPath: null },
  app_user: {
    prefix: 'USER',
    divisionPath: '(select d.path from app_user u join division d on d.id = u.division_id where u.id = t.id::int)',
  },
} as const satisfies Record<string, { prefix: string; divisionPath: string | null }>;

/** A table whose every change is logged (the `entity` column of the log). */
export type AuditedTable = keyof typeof AUDITED;

type Prefix = (typeof AUDITED)[AuditedTable]['prefix'];

/**
 * The facility workflow's events, the bulk import's, and the review of pending changes of approved
 * facilities (`FACILITY_CHANGE_APPROVED` is logged on the facility, whose values it applies, and on the change).
 */
export const FACILITY_EVENTS = [
  'FACILITY_SUBMITTED',
  'FACILITY_APPROVED',
  'FACILITY_REJECTED',
  'FACILITY_CLOSED',
  'FACILITY_RESTORED',
  'FACILITY_IMPORTED',
  'FACILITY_CHANGE_SUBMITTED',
  'FACILITY_CHANGE_APPROVED',
  'FACILITY_CHANGE_REJECTED',
] as const;

/** Agreement events a service knows cheaply. */
export const AGREEMENT_EVENTS = ['AGREEMENT_TERMINATED', 'AGREEMENT_RENEWED', 'AGREEMENT_RESTORED'] as const;

/**
 * Workforce events: an unmasked ID number was read (action `read`, no row change), a registration
 * or employment refused because of the dishonesty list (action `refuse`, nothing else written),
 * a worker employed, the dishonesty list imported, an account bound to an employer, a sheet of
 * workers, certificates or trainings imported (beside each row's own events), the register
 * exported with unmasked ID numbers (beside one WORKER_ID_NUMBER_READ per worker).
 */
export const WORKFORCE_EVENTS = [
  'WORKER_ID_NUMBER_READ',
  'WORKER_REFUSED_DISHONEST',
  'WORKER_EMPLOYED',
  'DISHONESTY_LIST_IMPORTED',
  'EMPLOYER_ACCOUNT_BOUND',
  'WORKERS_IMPORTED',
  'CERTIFICATES_IMPORTED',
  'TRAININGS_IMPORTED',
  'WORKERS_EXPORTED',
] as const;

/**
 * What happened, named beside the row diff: `<ENTITY>_CREATED` / `_UPDATED` / `_DELETED` for every
 * audited table (a soft delete is `_DELETED` too), and the named steps of the facility workflow and
 * the agreements (`FACILITY_APPROVED`, `AGREEMENT_TERMINATED`, …).
 */
export type AuditEvent =
  | `${Prefix}_${'CREATED' | 'UPDATED' | 'DELETED'}`
  | (typeof FACILITY_EVENTS)[number]
  | (typeof AGREEMENT_EVENTS)[number]
  | (typeof WORKFORCE_EVENTS)[number];

/** A record as the log stores it (before or after a change). */
export type Snapshot = Record<string, unknown>;

/** One audit row: what happened to which record, and the record before and after. */
export interface AuditRecord {
  event: AuditEvent;
  entity: AuditedTable;
  id: number | string;
  /** Null when created. */
  before: Snapshot | null;
  /** Null when deleted. */
  after: Snapshot | null;
  /** What was done when it is not a change of the row: `read` (an unmasked read), `refuse` (a refused attempt). */
  action?: 'read' | 'refuse';
}

/** Is a table audited? */
export const isAudited = (table: string): table is AuditedTable => Object.hasOwn(AUDITED, table);

/** The event of a plain create, update or delete of a record of the table. */
export function defaultEvent(table: AuditedTable, action: 'create' | 'update' | 'delete'): AuditEvent {
  const suffix = action === 'create' ? 'CREATED' : action === 'delete' ? 'DELETED' : 'UPDATED';
  return `${AUDITED[table].prefix}_${suffix}`;
}

/** Never stored in the log. */
const SECRET = new Set(['passwordHash', 'failedAttempts', 'idNumberCipher', 'idNumberHash']);

/** A snapshot with dates as ISO text, relations as their ids, and secrets left out. */
export function plainSnapshot(data: Record<string, unknown> | null | undefined): Snapshot | null {
  if (!data) return null;
  const out: Snapshot = {};
  for (const [k, v] of Object.entries(data)) {
    if (SECRET.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: unknown }).id : v;
  }
  return out;
}

/**
 * The full row of an entity as the log stores it: the ORM's snapshot of the entity (the form of
 * its change sets: column values, embedded fields as `operator_name`, relations as ids), with its
 * version, and null for every column the entity leaves unset. Rows written by the ORM subscriber
 * and by bulk imports (entities built in memory, never managed) look the same.
 */
export function snapshotOf(em: EntityManager, entity: object): Snapshot {
  const data = em.getComparator().prepareEntity(entity) as Record<string, unknown>;
  const meta = em.getMetadata().find(entity.constructor.name);
  for (const prop of meta?.props ?? []) {
    const column = prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE);
    if (!column || prop.name in data) continue;
    data[prop.name] = prop.version ? ((entity as Record<string, unknown>)[prop.name] ?? null) : null;
  }
  return plainSnapshot(data)!;
}

/** Events named by the services for the next flush of an entity (`FACILITY_APPROVED`). */
const namedEvents = new WeakMap<object, AuditEvent>();

/** Names the event the next flush of this entity logs (instead of the plain `_CREATED` / `_UPDATED`). */
export function nameEvent(entity: object, event: AuditEvent): void {
  namedEvents.set(entity, event);
}

/** The event named for an entity, once. */
export function takeNamedEvent(entity: object): AuditEvent | undefined {
  const event = namedEvents.get(entity);
  namedEvents.delete(entity);
  return event;
}

const DIVISION_PATH_SQL = `case t.entity ${Object.entries(AUDITED)
  .filter(([, a]) => a.divisionPath)
  .map(([table, a]) => `when '${table}' then ${a.divisionPath}`)
  .join(' ')} end`;

/** Rows per INSERT: one statement per chunk, whatever the number of records. */
const CHUNK = 1000;

/**
 * The one writer of the audit log: appends one row per record, set-based (one statement per 1,000
 * records), in the entity manager's transaction, in the given order. Who, from which request and
 * address come from the request's actor; the owning division is looked up per record.
 * @example await record(em, { event: 'FACILITY_IMPORTED', entity: 'facility', id: 12, before: null, after })
 */
export async function record(em: EntityManager, records: AuditRecord | readonly AuditRecord[]): Promise<void> {
  const list = Array.isArray(records) ? (records as readonly AuditRecord[]) : [records as AuditRecord];
  const actor = actorStore.getStore();
  for (let start = 0; start < list.length; start += CHUNK) {
    const rows = list.slice(start, start + CHUNK).map((r, n) => ({
      n,
      action: r.action ?? (r.before == null ? 'create' : r.after == null ? 'delete' : 'update'),
      event: r.event,
      entity: r.entity,
      id: String(r.id),
      before: r.before,
      after: r.after,
    }));
    await execSql(
      em,
      `insert into audit_log (user_id, username, action, event, entity, entity_id, division_path, before, after, request_id, ip)
       select ?, ?, t.action, t.event, t.entity, t.id, ${DIVISION_PATH_SQL}, t.before, t.after, ?, ?
       from jsonb_to_recordset(?::jsonb) as t(n int, action text, event text, entity text, id text, before jsonb, after jsonb)
       order by t.n`,
      [actor?.userId ?? null, actor?.username ?? null, actor?.requestId ?? null, actor?.ip ?? null, JSON.stringify(rows)],
    );
  }
}
