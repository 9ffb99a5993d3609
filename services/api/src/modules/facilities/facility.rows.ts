import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { Facility } from './facility.entity.js';
import type { FacilityKind, FacilityStatus, OperatorType, ServiceKind } from './facility.enums.js';
import { execSql } from '../../shared/sql.js';
import { withRecord } from '../../shared/versioned-record.js';

/**
 * A facility as list pages read it: its row mapped straight onto the fields of the GraphQL
 * `Facility` type, not a managed entity (hydrating, tracking and referencing hundreds of entities
 * per page was most of a list's time). Relations are loaded by id through the request's loaders
 * (`divisionId`); the field resolvers take either form (`FacilityNode`).
 */
export interface FacilityRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  code: string | null;
  name: string;
  kind: FacilityKind;
  status: FacilityStatus;
  statusReason: string | null;
  location: Point;
  address: string | null;
  divisionId: number | null;
  operator: { name: string | null; type: OperatorType | null };
  services: ServiceKind[];
  openingHours: string | null;
  capacity: { beds: number; nursingBeds: number; occupiedBeds: number; dayCarePlaces: number; mealSeats: number };
  phone: string | null;
  links: string[];
  hubServices: ServiceKind[];
  deletedAt: Date | null;
}

/** A facility as a resolver gets it: the entity (one record, a write's answer) or the row (lists). */
export type FacilityNode = Facility | FacilityRow;

/** Is this the managed entity (rather than a list's row)? */
export const isFacilityEntity = (f: FacilityNode): f is Facility => f instanceof Facility;

/**
 * The `FacilityRow` columns of `facility` under an alias: the location as GeoJSON (as the entity
 * reads it, 7 decimals), timestamps as text (as the ORM's driver gives them), so the row reads the
 * same whether it comes as columns or as JSON.
 */
export const facilityRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.code, ${a}.name, ${a}.kind, ${a}.status, ${a}.status_reason,
   ST_AsGeoJSON(${a}.location, 7)::json as location, ${a}.address, ${a}.division_id, ${a}.operator_name, ${a}.operator_type, ${a}.services,
   ${a}.opening_hours, ${a}.capacity_beds, ${a}.capacity_nursing_beds, ${a}.capacity_occupied_beds, ${a}.capacity_day_care_places,
   ${a}.capacity_meal_seats, ${a}.phone, ${a}.links, ${a}.hub_services, ${a}.deleted_at::text as deleted_at`;

/** The columns `facilityRowColumns` selects, as one raw row holds them. */
export interface RawFacilityRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  code: string | null;
  name: string;
  kind: string;
  status: string;
  status_reason: string | null;
  location: Point;
  address: string | null;
  division_id: number | null;
  operator_name: string | null;
  operator_type: string | null;
  services: string[];
  opening_hours: string | null;
  capacity_beds: number;
  capacity_nursing_beds: number;
  capacity_occupied_beds: number;
  capacity_day_care_places: number;
  capacity_meal_seats: number;
  phone: string | null;
  links: string[];
  hub_services: string[];
  deleted_at: string | null;
}

export function facilityOfRow(em: EntityManager, r: RawFacilityRow): FacilityRow {
  return withRecord(em, r, {
    code: r.code,
    name: r.name,
    kind: r.kind as FacilityKind,
    status: r.status as FacilityStatus,
    statusReason: r.status_reason,
    location: r.location,
    address: r.address,
    divisionId: r.division_id,
    operator: { name: r.operator_name, type: r.operator_type as OperatorType | null },
    services: r.services as ServiceKind[],
    openingHours: r.opening_hours,
    capacity: {
      beds: r.capacity_beds,
      nursingBeds: r.capacity_nursing_beds,
      occupiedBeds: r.capacity_occupied_beds,
      dayCarePlaces: r.capacity_day_care_places,
      mealSeats: r.capacity_meal_seats,
    },
    phone: r.phone,
    links: r.links,
    hubServices: r.hub_services as ServiceKind[],
    deletedAt: r.deleted_at == null ? null : em.getPlatform().parseDate(r.deleted_at),
  });
}

/**
 * Facilities by id as rows, in one statement: for answers that name many facilities (each point
 * of a walking-access batch names its nearest).
 *
 * @example
 * (await facilityRowsById(em, [12, 40])).get(12)?.name; // '两路街道双凤桥社区养老服务站'
 */
export async function facilityRowsById(em: EntityManager, ids: readonly number[]): Promise<Map<number, FacilityRow>> {
  if (!ids.length) return new Map();
  const rows = await execSql<RawFacilityRow[]>(em, `select ${facilityRowColumns('f')} from facility f where f.id in (?)`, [ids]);
  return new Map(rows.map((r) => [r.id, facilityOfRow(em, r)]));
}
