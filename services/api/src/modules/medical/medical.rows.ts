import type { EntityManager } from '@mikro-orm/postgresql';
import type { Point } from 'geojson';
import { MedicalInstitution, type HospitalGrade, type MedicalKind } from './medical-institution.entity.js';
import { withRecord } from '../../shared/versioned-record.js';

/**
 * A medical institution as list pages read it: its row mapped straight onto the fields of the
 * GraphQL `MedicalInstitution` type, not a managed entity (as `FacilityRow`). The field
 * resolvers take either form (`MedicalNode`).
 */
export interface MedicalRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  code: string | null;
  name: string;
  kind: MedicalKind;
  grade: HospitalGrade | null;
  geriatricsDepartment: boolean;
  hospiceBeds: number;
  familyBeds: number;
  elderlyFriendly: boolean;
  location: Point;
  address: string | null;
  phone: string | null;
  divisionId: number | null;
}

/** A medical institution as a resolver gets it: the entity (one record, a write's answer) or the row (lists). */
export type MedicalNode = MedicalInstitution | MedicalRow;

/** Is this the managed entity (rather than a list's row)? */
export const isMedicalEntity = (m: MedicalNode): m is MedicalInstitution => m instanceof MedicalInstitution;

/** The `MedicalRow` columns of `medical_institution` under an alias (location as GeoJSON, timestamps as text, as for facilities). */
export const medicalRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.code, ${a}.name, ${a}.kind,
   ${a}.grade, ${a}.geriatrics_department, ${a}.hospice_beds, ${a}.family_beds, ${a}.elderly_friendly,
   ST_AsGeoJSON(${a}.location, 7)::json as location, ${a}.address, ${a}.phone, ${a}.division_id`;

/** The columns `medicalRowColumns` selects, as one raw row holds them. */
export interface RawMedicalRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  code: string | null;
  name: string;
  kind: string;
  grade: string | null;
  geriatrics_department: boolean;
  hospice_beds: number;
  family_beds: number;
  elderly_friendly: boolean;
  location: Point;
  address: string | null;
  phone: string | null;
  division_id: number | null;
}

export function medicalOfRow(em: EntityManager, r: RawMedicalRow): MedicalRow {
  return withRecord(em, r, {
    code: r.code,
    name: r.name,
    kind: r.kind as MedicalKind,
    grade: r.grade as HospitalGrade | null,
    geriatricsDepartment: r.geriatrics_department,
    hospiceBeds: r.hospice_beds,
    familyBeds: r.family_beds,
    elderlyFriendly: r.elderly_friendly,
    location: r.location,
    address: r.address,
    phone: r.phone,
    divisionId: r.division_id,
  });
}
