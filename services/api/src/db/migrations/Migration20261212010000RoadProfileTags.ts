import { Migration } from '@mikro-orm/migrations';

/**
 * What the walking profiles need of a street segment: the OSM tags that decide whether a wheelchair
 * can pass and how long steps take (`wheelchair`, `incline`, `step_count`; `highway` exists), and the
 * height gained and lost walking the segment from its first point to its last (`climb`, `descent`,
 * metres, from an elevation model; null until one is imported) with the horizontal metres over which
 * each happens (`climb_length`, `descent_length`). Walking the other way, the climb is the descent
 * and the descent the climb.
 */
export class Migration20261212010000RoadProfileTags extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "road_segment"
      add column "wheelchair" varchar(20) null,
      add column "incline" varchar(20) null,
      add column "step_count" int null check ("step_count" >= 0),
      add column "climb" real null check ("climb" >= 0),
      add column "descent" real null check ("descent" >= 0),
      add column "climb_length" real null check ("climb_length" >= 0),
      add column "descent_length" real null check ("descent_length" >= 0)`);
  }
}
