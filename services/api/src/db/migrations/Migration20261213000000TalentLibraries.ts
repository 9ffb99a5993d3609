import { Migration } from '@mikro-orm/migrations';

/** The talent libraries (人才库) a worker belongs to: experts, institution-grading assessors, competition judges, capability assessors. */
export class Migration20261213000000TalentLibraries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "worker" add column "libraries" text[] not null default '{}'`);
    this.addSql(`create index "worker_libraries_index" on "worker" using gin ("libraries")`);
  }
}
