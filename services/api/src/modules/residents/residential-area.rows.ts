import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point, Polygon } from 'geojson';
import { execSql } from '../../shared/sql.js';
import { withRecord, type RecordFields, type VersionedRow } from '../../shared/versioned-record.js';
import type { ResidentialArea } from './residential-area.entity.js';

/**
 * A residential area as answers that list many read it (a gap zone's areas): its row mapped onto
 * the fields of the GraphQL `ResidentialArea` type, not a managed entity; its division by id
 * through the request's loaders (`divisionId`).
 */
export interface ResidentialAreaRow extends RecordFields {
  code: string | null;
  name: string;
  location: Point;
  boundary: Polygon | null;
  divisionId: number | null;
  olderResidents: number;
  totalResidents: number;
}

/** A residential area as a resolver gets it: the entity (one record, a write's answer) or the row. */
export type ResidentialAreaNode = ResidentialArea | ResidentialAreaRow;

interface RawResidentialAreaRow extends VersionedRow {
  code: string | null;
  name: string;
  location: Point;
  boundary: Polygon | null;
  division_id: number | null;
  older_residents: number;
  total_residents: number;
}

/**
 * Residential areas by id as rows, in one statement (geometry as the entity reads it, 7 decimals).
 *
 * @example
 * (await residentialAreaRowsById(em, [3, 9]))[0]?.olderResidents; // 412
 */
export async function residentialAreaRowsById(em: EntityManager, ids: readonly number[]): Promise<ResidentialAreaRow[]> {
  if (!ids.length) return [];
  const rows = await execSql<RawResidentialAreaRow[]>(
    em,
    `select id, created_at::text as created_at, updated_at::text as updated_at, version, code, name,
       ST_AsGeoJSON(location, 7)::json as location, ST_AsGeoJSON(boundary, 7)::json as boundary,
       division_id, older_residents, total_residents
     from residential_area where id in (?)`,
    [ids],
  );
  return rows.map((r) =>
    withRecord(em, r, {
      code: r.code,
      name: r.name,
      location: r.location,
      boundary: r.boundary,
      divisionId: r.division_id,
      olderResidents: r.older_residents,
      totalResidents: r.total_residents,
    }),
  );
}
