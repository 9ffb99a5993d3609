import { Migration } from '@mikro-orm/migrations';

/**
 * Named audit events (FACILITY_APPROVED, FACILITY_IMPORTED, …) beside the row diffs. Adding a
 * column fires no row trigger: the log stays append-only, and rows written before have no event.
 */
export class Migration20261201000000AuditEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_log" add column "event" varchar(60) null`);
    this.addSql(`create index "audit_log_event_index" on "audit_log" ("event")`);
  }
}
