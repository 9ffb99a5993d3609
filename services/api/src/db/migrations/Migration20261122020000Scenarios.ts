import { Migration } from '@mikro-orm/migrations';

/** Saved what-if scenarios for walking coverage. */
export class Migration20261122020000Scenarios extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "scenario" ("id" serial primary key, "name" varchar(200) not null, "description" varchar(2000) null, "changes" jsonb not null,
      "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
  }
}
