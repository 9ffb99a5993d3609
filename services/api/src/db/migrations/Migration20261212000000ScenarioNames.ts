import { Migration } from '@mikro-orm/migrations';

/**
 * Scenario names are unique: a planner reopens a scenario by its name. Scenarios saved earlier
 * under a name already taken keep it with their id appended.
 */
export class Migration20261212000000ScenarioNames extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "scenario" s set "name" = left(s."name", 190) || ' (' || s."id" || ')'
      where exists (select 1 from "scenario" o where o."name" = s."name" and o."id" < s."id")`);
    this.addSql(`create unique index "scenario_name_unique" on "scenario" ("name")`);
  }
}
