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

  /** OSM `wheelchair` tag (yes, limited, no), as mapped. */
  @Property({ length: 20, nullable: true })
  wheelchair?: string | null;

  /** OSM `incline` tag (up, down, 8%, -5%, 4°), as mapped; along the geometry's direction. */
  @Property({ length: 20, nullable: true })
  incline?: string | null;

  /** OSM `step_count`: the number of steps of a stairway. */
  @Property({ type: 'integer', nullable: true })
  stepCount?: number | null;

  /** Metres climbed walking from the first point to the last (from an elevation model; null when none is loaded). */
  @Property({ type: 'real', nullable: true })
  climb?: number | null;

  /** Metres descended walking from the first point to the last (the climb of the other direction). */
  @Property({ type: 'real', nullable: true })
  descent?: number | null;

  /** Horizontal metres of the segment that rise walking from the first point to the last. */
  @Property({ type: 'real', nullable: true })
  climbLength?: number | null;

  /** Horizontal metres of the segment that fall walking from the first point to the last. */
  @Property({ type: 'real', nullable: true })
  descentLength?: number | null;

  /** Where the segment came from (demo, a file name). */
  @Property({ length: 200, nullable: true })
  source?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
