import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { LineString } from 'geojson';
import { LineStringType } from '../../shared/geometry.types.js';

/** One walkable street segment; segments connect where end points coincide. */
@Entity({ tableName: 'road_segment' })
export class RoadSegment {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ type: LineStringType })
  geometry!: LineString;

  /** OSM-style highway value, e.g. residential, footway. */
  @Property({ length: 40, nullable: true })
  highway?: string | null;

  @Property({ length: 200, nullable: true })
  name?: string | null;

  /** Where the segment came from (demo, a file name). */
  @Property({ length: 200, nullable: true })
  source?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
