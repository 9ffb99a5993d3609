import { Migration } from '@mikro-orm/migrations';

/**
 * Pending changes of approved facilities (a street office's edit waits for review; the approved
 * values stay in force until then). At most one pending change per facility.
 */
export class Migration20261211000000FacilityChanges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "facility_change" ("id" serial primary key,
      "facility_id" int not null references "facility" ("id") on update cascade on delete cascade,
      "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED')) not null default 'PENDING',
      "input" jsonb not null, "diff" jsonb not null, "base_version" int not null, "comment" varchar(500) null,
      "submitted_by" varchar(64) null, "reviewed_by" varchar(64) null, "reviewed_at" timestamptz null, "reason" varchar(500) null,
      "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
    this.addSql(`create index "facility_change_status_index" on "facility_change" ("status")`);
    this.addSql(`create index "facility_change_facility_id_index" on "facility_change" ("facility_id")`);
    this.addSql(`create unique index "facility_change_one_pending" on "facility_change" ("facility_id") where "status" = 'PENDING'`);
  }
}
