import { Migration } from '@mikro-orm/migrations';

/**
 * The workforce register (养老服务人才信息库): employers, workers (ID numbers encrypted, a keyed
 * hash for look-ups, the masked form), their certificates, employments, trainings, evaluations and
 * complaints, the imported dishonesty list, and the binding of employer accounts to one employer.
 */
export class Migration20261210000000Workforce extends Migration {
  override async up(): Promise<void> {
    const stamps = `"created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1`;
    this.addSql(`create table "employer" ("id" serial primary key, ${stamps}, "name" varchar(200) not null, "kind" varchar(30) not null,
      "credit_code" varchar(18) null unique, "facility_id" int null unique references "facility" ("id") on delete restrict,
      "medical_id" int null unique references "medical_institution" ("id") on delete restrict,
      "division_id" int null references "division" ("id") on delete restrict, "phone" varchar(40) null)`);
    this.addSql(`create index "employer_division_index" on "employer" ("division_id")`);
    this.addSql(`create table "worker" ("id" serial primary key, ${stamps}, "name" varchar(100) not null, "gender" varchar(10) not null,
      "birth_date" date not null, "id_number_cipher" text not null, "id_number_hash" char(64) not null unique,
      "id_number_masked" varchar(18) not null, "phone" varchar(40) null, "post" varchar(40) null, "skill_level" varchar(30) null,
      "stars" smallint null check ("stars" between 1 and 5), "employer_id" int null references "employer" ("id") on delete restrict,
      "placed_at_id" int null references "employer" ("id") on delete restrict, "health_check_on" date null,
      "health_check_valid_until" date null, "social_insurance" boolean not null default false,
      "accident_insurance" boolean not null default false, "deleted_at" timestamptz null)`);
    this.addSql(`create index "worker_employer_index" on "worker" ("employer_id")`);
    this.addSql(`create index "worker_placed_at_index" on "worker" ("placed_at_id")`);
    this.addSql(`create table "worker_certificate" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "worker_id" int not null references "worker" ("id") on delete cascade, "kind" varchar(40) not null, "number" varchar(64) not null,
      "level" varchar(30) null, "issuer" varchar(200) not null, "issued_on" date not null, "valid_until" date null)`);
    this.addSql(`create index "worker_certificate_worker_index" on "worker_certificate" ("worker_id")`);
    this.addSql(`create index "worker_certificate_valid_until_index" on "worker_certificate" ("valid_until")`);
    this.addSql(`create table "worker_employment" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "worker_id" int not null references "worker" ("id") on delete cascade,
      "employer_id" int not null references "employer" ("id") on delete restrict, "post" varchar(40) not null,
      "starts_on" date not null, "ends_on" date null, "full_time" boolean not null default true,
      "concurrent_reason" varchar(300) null, "placed_at_id" int null references "employer" ("id") on delete restrict)`);
    this.addSql(`create index "worker_employment_worker_index" on "worker_employment" ("worker_id")`);
    this.addSql(`create table "worker_training" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "worker_id" int not null references "worker" ("id") on delete cascade, "course" varchar(200) not null,
      "kind" varchar(30) not null, "hours" double precision not null, "provider" varchar(200) not null, "held_on" date not null)`);
    this.addSql(`create index "worker_training_worker_index" on "worker_training" ("worker_id")`);
    this.addSql(`create index "worker_training_held_on_index" on "worker_training" ("held_on")`);
    this.addSql(`create table "worker_evaluation" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "worker_id" int not null references "worker" ("id") on delete cascade, "kind" varchar(20) not null,
      "score" double precision not null check ("score" between 0 and 100), "by_whom" varchar(200) not null, "held_on" date not null,
      "note" varchar(500) null)`);
    this.addSql(`create index "worker_evaluation_worker_index" on "worker_evaluation" ("worker_id")`);
    this.addSql(`create table "worker_complaint" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "worker_id" int not null references "worker" ("id") on delete cascade, "what" varchar(500) not null,
      "outcome" varchar(500) null, "penalty" boolean not null default false, "received_on" date not null)`);
    this.addSql(`create index "worker_complaint_worker_index" on "worker_complaint" ("worker_id")`);
    this.addSql(`create table "dishonest_party" ("id" serial primary key, "created_at" timestamptz not null default now(),
      "kind" varchar(20) not null, "name" varchar(200) not null, "id_number_hash" char(64) null, "credit_code" varchar(18) null,
      "reason" varchar(500) not null, "listed_on" date null, "source" varchar(200) null)`);
    this.addSql(`create index "dishonest_party_hash_index" on "dishonest_party" ("id_number_hash")`);
    this.addSql(`create index "dishonest_party_credit_code_index" on "dishonest_party" ("credit_code")`);
    this.addSql(`create table "employer_account" ("user_id" int primary key references "app_user" ("id") on delete cascade,
      "employer_id" int not null references "employer" ("id") on delete cascade)`);
  }
}
