import type { DemoDistrict } from '@carecircle/demo-district';
import {
  birthDateOfIdNumber,
  CERTIFICATE_KINDS,
  certificateEntitles,
  genderOfIdNumber,
  idNumberProblem,
  isCreditCode,
  maskIdNumber,
  STARS,
  TALENT_LIBRARY_LIST,
  WORKER_POSTS,
  type CertificateKind,
} from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors } from '../shared/errors.js';
import { execSql } from '../shared/sql.js';
import { checkDate, cleanText } from '../shared/validation.js';
import { addDays } from '../modules/agreements/care-agreement.entity.js';
import { record, snapshotOf, type AuditRecord } from '../modules/audit/audit-log.js';
import { Division } from '../modules/divisions/division.entity.js';
import { Facility } from '../modules/facilities/facility.entity.js';
import { MedicalInstitution } from '../modules/medical/medical-institution.entity.js';
import { Access } from '../modules/users/access.js';
import { Role } from '../modules/users/role.js';
import { dataKeyOf } from '../modules/workforce/data-key.js';
import { Employer } from '../modules/workforce/employer.entity.js';
import { Worker } from '../modules/workforce/worker.entity.js';
import { addError } from '../modules/workforce/workforce-messages.js';
import { EmployerKind, Gender, type SkillLevel, type WorkerPost } from '../modules/workforce/workforce.enums.js';
import { bulkInsert, pgArray } from './bulk-insert.js';

type DemoEmployer = DemoDistrict['workforce']['employers'][number];
type DemoWorker = DemoDistrict['workforce']['workers'][number];

/** An employer as `registerEmployer` would store it. */
interface EmployerRow {
  name: string;
  kind: EmployerKind;
  creditCode: string | null;
  facilityId: number | null;
  medicalId: number | null;
  divisionId: number | null;
  phone: string | null;
}

/** A worker as `register` (as of the hire date) and the records added since (as of today) would store them. */
interface WorkerRow {
  code: string;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumber: string;
  idNumberHash: string;
  idNumberMasked: string;
  phone: string | null;
  post: WorkerPost;
  skillLevel: SkillLevel | null;
  stars: number | null;
  employerId: number;
  placedAtId: number | null;
  healthCheckOn: string | null;
  healthCheckValidUntil: string | null;
  socialInsurance: boolean;
  accidentInsurance: boolean;
  libraries: string[];
  certificates: {
    kind: CertificateKind;
    number: string;
    level: SkillLevel | null;
    issuer: string;
    issuedOn: string;
    validUntil: string | null;
  }[];
  startsOn: string;
  trainings: { course: string; kind: string; hours: number; provider: string; heldOn: string }[];
  evaluations: { kind: string; score: number; byWhom: string; heldOn: string; note: string | null }[];
  complaints: { what: string; outcome: string | null; penalty: boolean; receivedOn: string }[];
}

/**
 * Loads the demo workforce in bulk, as the register's write path (`WorkerService`) would have
 * stored it worker by worker: each employer and worker is first checked by the same rules as a
 * clerk's — GB 11643 and GB 32100 check characters, 持证上岗 with a health check valid on the hire
 * date, placements only at hospitals, the write path's text and date checks, no duplicates, nobody
 * on the dishonesty list — and the whole load is refused if any fails. Then everything is stored
 * with multi-row INSERTs in the demo's one transaction: ID numbers encrypted (AES-256-GCM) with a
 * keyed hash, the same ids in the same order, each worker's version counting its added records,
 * and the audit rows the write path writes (EMPLOYER_CREATED, WORKER_CREATED, a WORKER_UPDATED per
 * training, evaluation and complaint), through the one audit writer. The seed acts as the
 * civil-affairs bureau, which keeps the whole workforce.
 */
export async function loadDemoWorkforce(
  em: EntityManager,
  demo: DemoDistrict,
  ids: { facilities: Map<string, number>; medical: Map<string, number> },
  today: string,
): Promise<{ employers: number; workers: number }> {
  // The civil-affairs bureau keeps the whole workforce; the seed acts as it (a transient account, not stored).
  const access = new Access({ id: 0, username: 'demo-seed', role: Role.CIVIL_AFFAIRS, divisionId: null, divisionPath: null }, 'zh');
  for (const action of ['worker:manage', 'facility:review', 'talent:libraries'] as const) access.assertCan(action);
  // Entities built for the audit rows stay out of the demo's identity map.
  const bulk = em.fork({ clear: true, keepTransactionContext: true });
  const problems: string[] = [];
  const check = (what: string, errors: FieldErrors) => {
    for (const e of errors.list) problems.push(`${what} ${e.field}: ${e.message}`);
  };
  const refuse = () => {
    if (problems.length) throw new Error(`the demo workforce breaks the register's rules:\n${problems.slice(0, 20).join('\n')}`);
  };
  const stored = await storedState(bulk);

  // ---- employers (registerEmployer) ---------------------------------------------------------
  const employers = demo.workforce.employers.map((e) => {
    const errors = new FieldErrors('en');
    const row = checkEmployer(e, errors, ids, stored);
    check(`employer ${e.code}`, errors);
    return row;
  });
  refuse();
  const now = new Date();
  // Each employer is known by its one link: its facility, its institution or its credit code.
  const link = (facility: number | null, medical: number | null, code: string | null) => `${facility}/${medical}/${code}`;
  const insertedEmployers = await bulkInsert<
    EmployerRow,
    { id: number; facility_id: number | null; medical_id: number | null; credit_code: string | null }
  >(
    bulk,
    'employer',
    [
      { name: 'name', value: (r) => r.name },
      { name: 'kind', value: (r) => r.kind },
      { name: 'credit_code', value: (r) => r.creditCode },
      { name: 'facility_id', value: (r) => r.facilityId },
      { name: 'medical_id', value: (r) => r.medicalId },
      { name: 'division_id', value: (r) => r.divisionId },
      { name: 'phone', value: (r) => r.phone },
      { name: 'created_at', value: () => now },
      { name: 'updated_at', value: () => now },
      { name: 'version', value: () => 1 },
    ],
    employers,
    { returning: 'id, facility_id, medical_id, credit_code' },
  );
  const employerIdOf = new Map(insertedEmployers.map((r) => [link(r.facility_id, r.medical_id, r.credit_code), Number(r.id)]));
  const employerIds = employers.map((r) => employerIdOf.get(link(r.facilityId, r.medicalId, r.creditCode))!);
  const employerByCode = new Map(demo.workforce.employers.map((e, i) => [e.code, { id: employerIds[i], row: employers[i] }]));

  // ---- workers (register as of the hire date, then addTraining … as of today) --------------
  const key = dataKeyOf(bulk);
  const workers = demo.workforce.workers.map((w) => {
    const errors = new FieldErrors('en');
    const row = checkWorker(w, errors, employerByCode, today, key.hash.bind(key), stored);
    check(`worker ${w.code}`, errors);
    return row;
  });
  refuse();
  const versionOf = (w: WorkerRow) => 1 + w.trainings.length + w.evaluations.length + w.complaints.length;
  const insertedWorkers = await bulkInsert<WorkerRow, { id: number; id_number_hash: string }>(
    bulk,
    'worker',
    [
      { name: 'name', value: (w) => w.name },
      { name: 'gender', value: (w) => w.gender },
      { name: 'birth_date', value: (w) => w.birthDate },
      { name: 'id_number_cipher', value: (w) => key.encrypt(w.idNumber) },
      { name: 'id_number_hash', value: (w) => w.idNumberHash },
      { name: 'id_number_masked', value: (w) => w.idNumberMasked },
      { name: 'phone', value: (w) => w.phone },
      { name: 'post', value: (w) => w.post },
      { name: 'skill_level', value: (w) => w.skillLevel },
      { name: 'stars', value: (w) => w.stars },
      { name: 'employer_id', value: (w) => w.employerId },
      { name: 'placed_at_id', value: (w) => w.placedAtId },
      { name: 'health_check_on', value: (w) => w.healthCheckOn },
      { name: 'health_check_valid_until', value: (w) => w.healthCheckValidUntil },
      { name: 'social_insurance', value: (w) => w.socialInsurance },
      { name: 'accident_insurance', value: (w) => w.accidentInsurance },
      { name: 'libraries', value: (w) => pgArray(w.libraries), sql: '?::text[]' },
      { name: 'created_at', value: () => now },
      { name: 'updated_at', value: () => now },
      { name: 'version', value: versionOf },
    ],
    workers,
    { returning: 'id, id_number_hash' },
  );
  const workerIdOf = new Map(insertedWorkers.map((r) => [r.id_number_hash, Number(r.id)]));
  const workerIds = workers.map((w) => workerIdOf.get(w.idNumberHash)!);

  // Each worker's records in the order the write path adds them (so their ids are the same).
  const records = <T>(of: (w: WorkerRow) => T[]) => workers.flatMap((w, i) => of(w).map((r) => ({ ...r, workerId: workerIds[i] })));
  const stamped = { name: 'created_at', value: () => now };
  const worker = { name: 'worker_id', value: (r: { workerId: number }) => r.workerId };
  const certificates = records((w) => w.certificates);
  await bulkInsert<(typeof certificates)[number]>(
    bulk,
    'worker_certificate',
    [
      stamped,
      worker,
      { name: 'kind', value: (c) => c.kind },
      { name: 'number', value: (c) => c.number },
      { name: 'level', value: (c) => c.level },
      { name: 'issuer', value: (c) => c.issuer },
      { name: 'issued_on', value: (c) => c.issuedOn },
      { name: 'valid_until', value: (c) => c.validUntil },
    ],
    certificates,
  );
  const employments = workers.map((w, i) => ({ ...w, workerId: workerIds[i] }));
  await bulkInsert<(typeof employments)[number]>(
    bulk,
    'worker_employment',
    [
      stamped,
      worker,
      { name: 'employer_id', value: (e) => e.employerId },
      { name: 'post', value: (e) => e.post },
      { name: 'starts_on', value: (e) => e.startsOn },
      { name: 'ends_on', value: () => null },
      { name: 'full_time', value: () => true },
      { name: 'concurrent_reason', value: () => null },
      { name: 'placed_at_id', value: (e) => e.placedAtId },
    ],
    employments,
  );
  const trainings = records((w) => w.trainings);
  await bulkInsert<(typeof trainings)[number]>(
    bulk,
    'worker_training',
    [
      stamped,
      worker,
      { name: 'course', value: (t) => t.course },
      { name: 'kind', value: (t) => t.kind },
      { name: 'hours', value: (t) => t.hours },
      { name: 'provider', value: (t) => t.provider },
      { name: 'held_on', value: (t) => t.heldOn },
    ],
    trainings,
  );
  const evaluations = records((w) => w.evaluations);
  await bulkInsert<(typeof evaluations)[number]>(
    bulk,
    'worker_evaluation',
    [
      stamped,
      worker,
      { name: 'kind', value: (e) => e.kind },
      { name: 'score', value: (e) => e.score },
      { name: 'by_whom', value: (e) => e.byWhom },
      { name: 'held_on', value: (e) => e.heldOn },
      { name: 'note', value: (e) => e.note },
    ],
    evaluations,
  );
  const complaints = records((w) => w.complaints);
  await bulkInsert<(typeof complaints)[number]>(
    bulk,
    'worker_complaint',
    [
      stamped,
      worker,
      { name: 'what', value: (c) => c.what },
      { name: 'outcome', value: (c) => c.outcome },
      { name: 'penalty', value: (c) => c.penalty },
      { name: 'received_on', value: (c) => c.receivedOn },
    ],
    complaints,
  );

  // ---- the audit rows the write path writes, in its order ----------------------------------
  const ref = <T extends object>(entity: new () => T, id: number | null) =>
    id == null ? null : bulk.getReference(entity, id as never, { wrapped: true });
  const audit: AuditRecord[] = employers.map((r, i) => ({
    event: 'EMPLOYER_CREATED',
    entity: 'employer',
    id: employerIds[i],
    before: null,
    after: snapshotOf(
      bulk,
      Object.assign(new Employer(), {
        id: employerIds[i],
        name: r.name,
        kind: r.kind,
        creditCode: r.creditCode,
        facility: ref(Facility, r.facilityId),
        medical: ref(MedicalInstitution, r.medicalId),
        division: ref(Division, r.divisionId),
        phone: r.phone,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    ),
  }));
  workers.forEach((w, i) => {
    const entity = (version: number) =>
      snapshotOf(
        bulk,
        Object.assign(new Worker(), {
          id: workerIds[i],
          name: w.name,
          gender: w.gender,
          birthDate: w.birthDate,
          idNumberMasked: w.idNumberMasked,
          phone: w.phone,
          post: w.post,
          skillLevel: w.skillLevel,
          stars: w.stars,
          libraries: w.libraries,
          employer: ref(Employer, w.employerId),
          placedAt: ref(Employer, w.placedAtId),
          healthCheckOn: w.healthCheckOn,
          healthCheckValidUntil: w.healthCheckValidUntil,
          socialInsurance: w.socialInsurance,
          accidentInsurance: w.accidentInsurance,
          deletedAt: null,
          createdAt: now,
          updatedAt: now,
          version,
        }),
      );
    let before = entity(1);
    audit.push({ event: 'WORKER_CREATED', entity: 'worker', id: workerIds[i], before: null, after: before });
    for (let version = 2; version <= versionOf(w); version++) {
      const after = entity(version);
      audit.push({ event: 'WORKER_UPDATED', entity: 'worker', id: workerIds[i], before, after });
      // As the write path logged them: the ORM's before-image of a worker it has updated once carries no version.
      before = Object.fromEntries(Object.entries(after).filter(([k]) => k !== 'version'));
    }
  });
  await record(bulk, audit);
  return { employers: employers.length, workers: workers.length };
}

/**
 * What the write path checks new rows against: the facilities and institutions, the credit codes,
 * linked institutions and ID numbers registered (stored ones by id; the demo's own by code, as each
 * is checked) and the dishonesty list.
 */
async function storedState(em: EntityManager) {
  const facilities = await execSql<Place[]>(em, `select id, name, division_id from facility where deleted_at is null`);
  const medical = await execSql<Place[]>(em, `select id, name, division_id from medical_institution`);
  const employers = await execSql<{ id: number; credit_code: string | null; facility_id: number | null; medical_id: number | null }[]>(
    em,
    `select id, credit_code, facility_id, medical_id from employer`,
  );
  const workers = await execSql<{ id: number; id_number_hash: string }[]>(em, `select id, id_number_hash from worker`);
  const listed = await execSql<{ kind: string; credit_code: string | null; id_number_hash: string | null; reason: string }[]>(
    em,
    `select kind, credit_code, id_number_hash, reason from dishonest_party`,
  );
  // A column's values (where set) and what the write path names in its message: the id, or the listing's reason.
  const index = <T>(rows: T[], key: keyof T, value: keyof T) =>
    new Map<unknown, string | number>(rows.filter((r) => r[key] != null).map((r) => [r[key], r[value] as string | number]));
  return {
    facilities: new Map(facilities.map((f) => [Number(f.id), f])),
    medical: new Map(medical.map((m) => [Number(m.id), m])),
    creditCodes: index(employers, 'credit_code', 'id'),
    linkedFacilities: index(employers, 'facility_id', 'id'),
    linkedMedical: index(employers, 'medical_id', 'id'),
    idNumberHashes: index(workers, 'id_number_hash', 'id'),
    listedEmployers: index(
      listed.filter((l) => l.kind === 'EMPLOYER'),
      'credit_code',
      'reason',
    ),
    listedWorkers: index(
      listed.filter((l) => l.kind === 'WORKER'),
      'id_number_hash',
      'reason',
    ),
  };
}
type Stored = Awaited<ReturnType<typeof storedState>>;
/** A facility or medical institution an employer is linked to. */
type Place = { id: number; name: string; division_id: number | null };

/** `registerEmployer`'s checks and the row it stores; the employer then counts as registered for the next. */
function checkEmployer(
  e: DemoEmployer,
  errors: FieldErrors,
  ids: { facilities: Map<string, number>; medical: Map<string, number> },
  stored: Stored,
): EmployerRow {
  let name = cleanText(errors, 'name', e.name, { max: 200 });
  const code = e.creditCode?.trim().toUpperCase() || null;
  if (code && !isCreditCode(code)) addError(errors, 'creditCode', 'creditCode');
  else if (code) {
    if (stored.creditCodes.has(code)) addError(errors, 'creditCode', 'creditCodeDuplicate', { id: stored.creditCodes.get(code)! });
    if (stored.listedEmployers.has(code))
      addError(errors, 'creditCode', 'dishonestEmployer', { reason: stored.listedEmployers.get(code)! });
  }
  const facilityId = e.facilityCode ? (ids.facilities.get(e.facilityCode) ?? null) : null;
  const medicalId = e.medicalCode ? (ids.medical.get(e.medicalCode) ?? null) : null;
  let facility: Place | null = null;
  let medical: Place | null = null;
  if (e.kind === EmployerKind.CARE_FACILITY) {
    facility = (facilityId != null && stored.facilities.get(facilityId)) || null;
    if (!facility) addError(errors, 'facilityId', 'employerKindLink');
  } else if (e.kind === EmployerKind.MEDICAL_INSTITUTION) {
    medical = (medicalId != null && stored.medical.get(medicalId)) || null;
    if (!medical) addError(errors, 'medicalId', 'employerKindLink');
  } else if (!code && !errors.has('creditCode')) addError(errors, 'creditCode', 'employerKindLink');
  const linked = facility ? stored.linkedFacilities : stored.linkedMedical;
  const place = facility ?? medical;
  if (place && linked.has(Number(place.id)))
    addError(errors, facility ? 'facilityId' : 'medicalId', 'employerLinked', { id: linked.get(Number(place.id))! });
  name ??= place?.name ?? null;
  if (!name) errors.add('name', 'field.required');
  if (code) stored.creditCodes.set(code, e.code);
  if (place) linked.set(Number(place.id), e.code);
  return {
    name: name ?? '',
    kind: e.kind as EmployerKind,
    creditCode: code,
    facilityId: facility ? Number(facility.id) : null,
    medicalId: medical ? Number(medical.id) : null,
    divisionId: place?.division_id ?? null,
    phone: cleanText(errors, 'phone', e.phone, { max: 40 }),
  };
}

/**
 * `register`'s checks as of the hire date (the ID number; certificates and the health check
 * issued by then; 持证上岗 on the first working day; the employer and the placement), then those of
 * `addTraining`, `addEvaluation` and `addComplaint` as of today; the rows they store. The worker
 * then counts as registered for the next.
 */
function checkWorker(
  w: DemoWorker,
  errors: FieldErrors,
  employers: Map<string, { id: number; row: EmployerRow }>,
  today: string,
  hash: (idNumber: string) => string,
  stored: Stored,
): WorkerRow {
  const hired = w.employment.startsOn;
  const past = (field: string, value: string | null | undefined, asOf: string) => {
    const d = checkDate(errors, field, value);
    if (d && d > asOf) {
      addError(errors, field, 'futureDate');
      return null;
    }
    return d;
  };
  const name = cleanText(errors, 'name', w.name, { max: 100, required: true }) ?? '';
  const idNumber = w.idNumber?.trim().toUpperCase() ?? '';
  const problem = idNumberProblem(idNumber);
  if (problem) addError(errors, 'idNumber', problem === 'format' ? 'idFormat' : problem === 'birthDate' ? 'idBirthDate' : 'idCheckDigit');
  const idNumberHash = problem ? '' : hash(idNumber);
  if (!problem) {
    if (stored.idNumberHashes.has(idNumberHash))
      addError(errors, 'idNumber', 'idDuplicate', { id: stored.idNumberHashes.get(idNumberHash)! });
    if (stored.listedWorkers.has(idNumberHash))
      addError(errors, 'idNumber', 'dishonestWorker', { reason: stored.listedWorkers.get(idNumberHash)! });
    stored.idNumberHashes.set(idNumberHash, w.code);
  }
  if (w.stars != null && (!Number.isInteger(w.stars) || w.stars < STARS.min || w.stars > STARS.max)) addError(errors, 'stars', 'stars');
  const healthCheckOn = past('healthCheck.on', w.healthCheckOn, hired);
  const healthCheckValidUntil = healthCheckOn ? addDays(healthCheckOn, 365) : null;
  const certificates = w.certificates.map((c, i) => {
    const f = `certificates.${i}`;
    const issuedOn = past(`${f}.issuedOn`, c.issuedOn, hired);
    const validUntil = checkDate(errors, `${f}.validUntil`, c.validUntil, false);
    if (issuedOn && validUntil && validUntil < issuedOn) addError(errors, `${f}.validUntil`, 'validBeforeIssued');
    return {
      kind: c.kind as CertificateKind,
      number: cleanText(errors, `${f}.number`, c.number, { max: 64, required: true }) ?? '',
      level: (c.level as SkillLevel | null) ?? null,
      issuer: cleanText(errors, `${f}.issuer`, c.issuer, { max: 200, required: true }) ?? '',
      issuedOn: issuedOn ?? '',
      validUntil,
    };
  });
  const job = w.employment;
  const employer = employers.get(job.employerCode);
  if (!employer) addError(errors, 'employment.employerId', 'unknownEmployer', { id: job.employerCode });
  else if (employer.row.creditCode && stored.listedEmployers.has(employer.row.creditCode))
    addError(errors, 'employment.employerId', 'dishonestEmployer', { reason: stored.listedEmployers.get(employer.row.creditCode)! });
  const placedAt = job.placedAtCode ? employers.get(job.placedAtCode) : null;
  if (placedAt === undefined) addError(errors, 'employment.placedAtId', 'unknownEmployer', { id: job.placedAtCode! });
  else if (placedAt && placedAt.row.kind !== EmployerKind.MEDICAL_INSTITUTION)
    addError(errors, 'employment.placedAtId', 'placedNotMedical');
  const startsOn = checkDate(errors, 'employment.startsOn', job.startsOn);
  const post = job.post as WorkerPost;
  if (startsOn) {
    // 持证上岗: a certificate for the post, and a health check where the post needs one, valid on the first working day.
    const spec = WORKER_POSTS[post];
    const held = certificates.filter((c) => c.issuedOn && c.issuedOn <= startsOn && (!c.validUntil || c.validUntil >= startsOn));
    if (
      !certificateEntitles(
        post,
        held.map((c) => c.kind),
      )
    ) {
      const names = spec.certificates.map((k: CertificateKind) => CERTIFICATE_KINDS[k].label);
      addError(errors, 'employment.post', 'noCertificate', {
        post: spec.label.zh,
        postEn: spec.label.en,
        certificates: names.map((n) => n.zh).join('或'),
        certificatesEn: names.map((n) => n.en).join(' or '),
      });
    }
    if (spec.healthCheck && !(healthCheckOn && healthCheckOn <= startsOn && (!healthCheckValidUntil || healthCheckValidUntil >= startsOn)))
      addError(errors, 'healthCheck', 'noHealthCheck');
  }
  return {
    code: w.code,
    name,
    gender: problem ? Gender.FEMALE : (genderOfIdNumber(idNumber) as Gender),
    birthDate: problem ? '1900-01-01' : birthDateOfIdNumber(idNumber),
    idNumber,
    idNumberHash,
    idNumberMasked: problem ? '' : maskIdNumber(idNumber),
    phone: cleanText(errors, 'phone', w.phone, { max: 40 }),
    post,
    skillLevel: (w.skillLevel as SkillLevel | null) ?? null,
    stars: w.stars ?? null,
    employerId: employer?.id ?? 0,
    placedAtId: placedAt?.id ?? null,
    healthCheckOn,
    healthCheckValidUntil,
    socialInsurance: !!w.socialInsurance,
    accidentInsurance: !!w.accidentInsurance,
    libraries: TALENT_LIBRARY_LIST.filter((l) => w.libraries.includes(l)),
    certificates,
    startsOn: startsOn ?? '',
    trainings: w.trainings.map((t, i) => {
      const f = `trainings.${i}`;
      if (!Number.isFinite(t.hours) || t.hours <= 0 || t.hours > 2000) addError(errors, `${f}.hours`, 'hours');
      const heldOn = past(`${f}.heldOn`, t.heldOn, today);
      return {
        course: cleanText(errors, `${f}.course`, t.course, { max: 200, required: true }) ?? '',
        kind: t.kind,
        hours: t.hours,
        provider: cleanText(errors, `${f}.provider`, t.provider, { max: 200, required: true }) ?? '',
        heldOn: heldOn ?? '',
      };
    }),
    evaluations: w.evaluations.map((e, i) => {
      const f = `evaluations.${i}`;
      if (!Number.isFinite(e.score) || e.score < 0 || e.score > 100) addError(errors, `${f}.score`, 'score');
      return {
        kind: e.kind,
        score: e.score,
        byWhom: cleanText(errors, `${f}.byWhom`, e.byWhom, { max: 200, required: true }) ?? '',
        heldOn: past(`${f}.heldOn`, e.heldOn, today) ?? '',
        note: cleanText(errors, `${f}.note`, e.note, { max: 500 }),
      };
    }),
    complaints: w.complaints.map((c, i) => {
      const f = `complaints.${i}`;
      return {
        what: cleanText(errors, `${f}.what`, c.what, { max: 500, required: true }) ?? '',
        outcome: cleanText(errors, `${f}.outcome`, c.outcome, { max: 500 }),
        penalty: !!c.penalty,
        receivedOn: past(`${f}.receivedOn`, c.receivedOn, today) ?? '',
      };
    }),
  };
}
