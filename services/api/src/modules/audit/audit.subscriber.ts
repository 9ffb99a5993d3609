import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defaultEvent, isAudited, plainSnapshot, record, snapshotOf, takeNamedEvent, type AuditRecord } from './audit-log.js';

/**
 * Logs every created, changed or deleted record of an audited table through the one audit writer,
 * in the same transaction as the change: the event (named by the service, e.g.
 * `FACILITY_APPROVED`, else `<ENTITY>_CREATED` / `_UPDATED` / `_DELETED`) and the full row before
 * and after.
 */
export class AuditSubscriber implements EventSubscriber {
  async afterFlush(args: FlushEventArgs): Promise<void> {
    const em = args.em as EntityManager;
    const records: AuditRecord[] = [];
    for (const cs of args.uow.getChangeSets()) {
      const table = cs.meta.tableName;
      if (!isAudited(table)) continue;
      const action = cs.type === ChangeSetType.CREATE ? 'create' : cs.type === ChangeSetType.DELETE ? 'delete' : 'update';
      records.push({
        event: takeNamedEvent(cs.entity) ?? defaultEvent(table, action),
        entity: table,
        id: ((cs.entity as { id?: unknown }).id ?? cs.getPrimaryKey()) as number | string,
        before: action === 'create' ? null : plainSnapshot(cs.originalEntity as Record<string, unknown>),
        after: action === 'delete' ? null : snapshotOf(em, cs.entity),
      });
    }
    if (records.length) await record(em, records);
  }
}
