import type { EntityManager } from '@mikro-orm/postgresql';
import { facilityOfRow, facilityRowColumns, type FacilityRow, type RawFacilityRow } from '../facilities/facility.rows.js';
import { medicalOfRow, medicalRowColumns, type MedicalRow, type RawMedicalRow } from '../medical/medical.rows.js';
import { withRecord } from '../../shared/versioned-record.js';
import { CareAgreement, type AgreementService, type AgreementState } from './care-agreement.entity.js';

/**
 * An agreement as the list reads it: its row mapped straight onto the fields of the GraphQL
 * `CareAgreement` type, not a managed entity (as `FacilityRow`), with its parties as rows when the
 * page read them along (`medical`, `facility`; null when it did not). The agreement it renews is
 * loaded by id (`renewedFromId`). The field resolvers take either form (`AgreementNode`).
 */
export interface AgreementRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  code: string | null;
  services: AgreementService[];
  signedOn: string | null;
  startsOn: string;
  endsOn: string;
  state: AgreementState;
  terminationReason: string | null;
  straightLineMeters: number | null;
  deletedAt: Date | null;
  medicalId: number;
  facilityId: number;
  renewedFromId: number | null;
  /** The medical institution party, when read with the page. */
  medical: MedicalRow | null;
  /** The care facility party (even when removed), when read with the page. */
  facility: FacilityRow | null;
}

/** An agreement as a resolver gets it: the entity (one record, a write's answer) or the row (lists). */
export type AgreementNode = CareAgreement | AgreementRow;

/** Is this the managed entity (rather than a list's row)? */
export const isAgreementEntity = (a: AgreementNode): a is CareAgreement => a instanceof CareAgreement;

/** The `AgreementRow` columns of `care_agreement` under an alias (dates as the ORM reads them, timestamps as text, as for facilities). */
export const agreementRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.code, ${a}.services,
   ${a}.signed_on, ${a}.starts_on, ${a}.ends_on, ${a}.state, ${a}.termination_reason, ${a}.straight_line_meters,
   ${a}.deleted_at::text as deleted_at, ${a}.medical_id, ${a}.facility_id, ${a}.renewed_from_id`;

/** The columns `agreementRowColumns` selects, as one raw row holds them. */
export interface RawAgreementRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  code: string | null;
  services: string[];
  signed_on: string | null;
  starts_on: string;
  ends_on: string;
  state: string;
  termination_reason: string | null;
  straight_line_meters: number | null;
  deleted_at: string | null;
  medical_id: number;
  facility_id: number;
  renewed_from_id: number | null;
}

/**
 * SQL of a JSON array of the parties of the agreements `page` names (a relation with `medical_id`
 * and `facility_id`): `medical` or `facility` rows, the facilities with the removed ones (an
 * agreement shows its party even then).
 */
export const agreementPartiesJsonSql = (party: 'medical' | 'facility', page: string) =>
  party === 'medical'
    ? `select json_agg(r) from (select ${medicalRowColumns('m')} from medical_institution m where m.id in (select medical_id from ${page})) r`
    : `select json_agg(r) from (select ${facilityRowColumns('f')} from facility f where f.id in (select facility_id from ${page})) r`;

/** The parties read along with a page (`agreementPartiesJsonSql`), by id. */
export interface AgreementParties {
  medical: Map<number, MedicalRow>;
  facility: Map<number, FacilityRow>;
}

export function agreementPartiesOfJson(em: EntityManager, medical: unknown, facility: unknown): AgreementParties {
  return {
    medical: new Map(((medical as RawMedicalRow[] | null) ?? []).map((r) => [r.id, medicalOfRow(em, r)])),
    facility: new Map(((facility as RawFacilityRow[] | null) ?? []).map((r) => [r.id, facilityOfRow(em, r)])),
  };
}

export function agreementOfRow(em: EntityManager, r: RawAgreementRow, parties: AgreementParties | null): AgreementRow {
  return withRecord(em, r, {
    code: r.code,
    services: r.services as AgreementService[],
    signedOn: r.signed_on,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    state: r.state as AgreementState,
    terminationReason: r.termination_reason,
    straightLineMeters: r.straight_line_meters,
    deletedAt: r.deleted_at == null ? null : em.getPlatform().parseDate(r.deleted_at),
    medicalId: r.medical_id,
    facilityId: r.facility_id,
    renewedFromId: r.renewed_from_id,
    medical: parties?.medical.get(r.medical_id) ?? null,
    facility: parties?.facility.get(r.facility_id) ?? null,
  });
}
