import { Migration } from '@mikro-orm/migrations';

/**
 * Data revisions: every statement that changes facilities, medical institutions, residential areas or
 * the road network bumps a counter, whichever process or tool made the change, so cached walking
 * results know when they are stale.
 */
export class Migration20261122010000Revisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "data_revision" ("scope" varchar(40) primary key, "revision" bigint not null default 0, "changed_at" timestamptz not null default now())`);
    this.addSql(`insert into "data_revision" ("scope") values ('facility'), ('medical_institution'), ('residential_area'), ('road_segment')`);
    this.addSql(`create or replace function bump_data_revision() returns trigger language plpgsql as $$
begin
  update data_revision set revision = revision + 1, changed_at = now() where scope = TG_TABLE_NAME;
  return null;
end $$`);
    for (const table of ['facility', 'medical_institution', 'residential_area', 'road_segment']) {
      this.addSql(`create trigger "${table}_revision" after insert or update or delete or truncate on "${table}" for each statement execute function bump_data_revision()`);
    }
  }
}
