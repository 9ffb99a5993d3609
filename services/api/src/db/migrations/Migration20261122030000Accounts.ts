import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions, the approval workflow's reasons and the append-only audit log. */
export class Migration20261122030000Accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "display_name" varchar(100) not null,
      "role" text check ("role" in ('ADMIN', 'PLANNER', 'STREET_OFFICE', 'CIVIL_AFFAIRS', 'HEALTH_BUREAU', 'VIEWER')) not null,
      "division_id" int null references "division" ("id") on update cascade on delete restrict,
      "password_hash" varchar(200) not null, "failed_attempts" int not null default 0, "locked_until" timestamptz null,
      "disabled" boolean not null default false, "last_sign_in_at" timestamptz null,
      "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1)`);
    this.addSql(`create unique index "app_user_username_unique" on "app_user" (lower("username"))`);
    this.addSql(`create table "app_session" ("id" serial primary key, "token_hash" varchar(64) not null unique,
      "user_id" int not null references "app_user" ("id") on update cascade on delete cascade,
      "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null,
      "ip" varchar(64) null, "user_agent" varchar(300) null)`);
    this.addSql(`create index "app_session_user_id_index" on "app_session" ("user_id")`);
    this.addSql(`alter table "facility" add column "status_reason" varchar(500) null`);
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(),
      "user_id" int null, "username" varchar(64) null, "action" varchar(40) not null, "entity" varchar(40) not null,
      "entity_id" varchar(40) null, "division_path" varchar(400) null, "before" jsonb null, "after" jsonb null,
      "request_id" varchar(64) null, "ip" varchar(64) null)`);
    this.addSql(`create index "audit_log_entity_index" on "audit_log" ("entity", "entity_id")`);
    this.addSql(`create index "audit_log_division_path_index" on "audit_log" ("division_path")`);
    this.addSql(`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$`);
    this.addSql(`create trigger "audit_log_no_change" before update or delete or truncate on "audit_log" for each statement execute function audit_log_append_only()`);
  }
}
