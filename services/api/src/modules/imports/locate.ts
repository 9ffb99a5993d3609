import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { execSql } from '../../shared/sql.js';

/** Lowest level first, as the API decides "the division holding this point". */
const LEVEL_DEPTH_SQL = `case d.level when 'COMMUNITY' then 0 when 'VILLAGE' then 0 when 'STREET' then 1 when 'TOWN' then 1 else 2 end`;

const CHUNK = 5000;

export interface Located {
  /** Division id per input index; null when outside every division (or none are loaded). */
  divisionOf: (number | null)[];
  /** Name of the district the points must lie in; null when no divisions are loaded (anything goes). */
  district: string | null;
}

/**
 * Finds the lowest division holding each point, in one query per 5,000 points (the API's
 * `resolveDivision`, set-based). With no divisions loaded, every place on earth is accepted.
 */
export async function locateInDivisions(em: EntityManager, points: readonly Point[]): Promise<Located> {
  const [named] = await execSql<{ name: string | null }[]>(
    em,
    `select coalesce((select name from division where level = 'DISTRICT' order by id limit 1), (select name from division order by id limit 1)) as name`,
  );
  const district = named?.name ?? null;
  const divisionOf: (number | null)[] = new Array(points.length).fill(null);
  if (district == null) return { divisionOf, district };
  for (let start = 0; start < points.length; start += CHUNK) {
    const chunk = points.slice(start, start + CHUNK).map((p, k) => ({ i: start + k, lon: p.coordinates[0], lat: p.coordinates[1] }));
    const rows = await execSql<{ i: number; division_id: number | null }[]>(
      em,
      `select t.i, (select d.id from division d where d.boundary is not null
                      and ST_Intersects(d.boundary, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326))
                    order by ${LEVEL_DEPTH_SQL}, d.id limit 1) as division_id
       from jsonb_to_recordset(?::jsonb) as t(i int, lon float8, lat float8)`,
      [JSON.stringify(chunk)],
    );
    for (const r of rows) divisionOf[r.i] = r.division_id == null ? null : Number(r.division_id);
  }
  return { divisionOf, district };
}
