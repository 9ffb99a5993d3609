import {
  birthDateOfIdNumber,
  CERTIFICATE_KINDS,
  certificateEntitles,
  genderOfIdNumber,
  idNumberProblem,
  isCreditCode,
  isEmployerScoped,
  maskIdNumber,
  SKILL_LEVEL_LIST,
  TALENT_LIBRARY_LIST,
  TARGETS,
  WORKER_POST_LIST,
  WORKER_POSTS,
  type CertificateKind,
  type TalentLibrary,
  type WorkerPost,
} from '@carecircle/domain';
import { pgArray } from '../../db/bulk-insert.js';
import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FieldErrors, ForbiddenError, NotFoundError, assertVersion } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import {
  decodeOffsetPage,
  decodePage,
  fetchRowPage,
  fetchSortedRowPage,
  toConnection,
  toOffsetConnection,
  type Connection,
  type PageArgs,
} from '../../shared/pagination.js';
import { execSql, SqlWhere } from '../../shared/sql.js';
import { checkDate, cleanText, likePattern, toId, toOptionalId } from '../../shared/validation.js';
import { nameEvent, record } from '../audit/audit-log.js';
import { addDays } from '../agreements/care-agreement.entity.js';
import { SUBTREE_SQL } from '../divisions/division.service.js';
import { Facility } from '../facilities/facility.entity.js';
import { MedicalInstitution } from '../medical/medical-institution.entity.js';
import type { Access } from '../users/access.js';
import { User } from '../users/user.entity.js';
import { dataKeyOf } from './data-key.js';
import { DishonestParty } from './dishonest-party.entity.js';
import { Employer } from './employer.entity.js';
import { WorkerCertificate, WorkerComplaint, WorkerEmployment, WorkerEvaluation, WorkerTraining } from './worker-records.entity.js';
import { Worker } from './worker.entity.js';
import {
  pageCertificatesJsonSql,
  pageEmployersJsonSql,
  workerOfRow,
  workerRowColumns,
  type RawWorkerRow,
  type WorkerRow,
  type WorkforceRows,
} from './worker.rows.js';
import { addError, wt } from './workforce-messages.js';
import { CertificateState, EmployerKind, Gender, SortDirection, type WorkerSortField } from './workforce.enums.js';
import type {
  CertificateInput,
  ComplaintInput,
  DishonestPartyInput,
  EmploymentInput,
  EmployWorkerInput,
  EvaluationInput,
  HealthCheckInput,
  RegisterEmployerInput,
  RegisterWorkerInput,
  TrainingInput,
  UpdateWorkerInput,
  WorkerFilter,
  WorkerOrder,
} from './workforce.inputs.js';

/** SQL: the worker `w` holds a certificate of these kinds valid on date `?`. */
const validCertSql = (w: string, kinds: readonly string[]) =>
  `exists (select 1 from worker_certificate c where c.worker_id = ${w}.id and c.kind in (${kinds.map((k) => `'${k}'`).join(', ')})
    and c.issued_on <= ?::date and (c.valid_until is null or c.valid_until >= ?::date))`;

/** The posts that need a certificate, with the SQL that says whether the worker `w` holds one (two date parameters). */
const CERTIFIED_FOR_POST_SQL = (w: string) =>
  `(case ${Object.entries(WORKER_POSTS)
    .filter(([, p]) => p.certificates.length)
    .map(([post, p]) => `when ${w}.post = '${post}' then ${validCertSql(w, p.certificates).replaceAll('?::date', `$D`)}`)
    .join(' ')} else null end)`;

const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/** SQL: the certificate `c` counts for the post of worker `w` (the kinds entitling the post, any kind when it needs none). */
const RELEVANT_CERT_SQL = `(case ${WORKER_POST_LIST.filter((p) => WORKER_POSTS[p].certificates.length)
  .map((p) => `when w.post = '${p}' then c.kind in (${quoted(WORKER_POSTS[p].certificates)})`)
  .join(' ')} else true end)`;

/** SQL: the certificate state of worker `w` on `today` (see `certificateState` of the domain), dates checked by the caller. */
function certificateStateSql(today: string, soon: string): string {
  const certs = `select 1 from worker_certificate c where c.worker_id = w.id and ${RELEVANT_CERT_SQL}`;
  const valid = `${certs} and c.issued_on <= '${today}'::date and (c.valid_until is null or c.valid_until >= '${today}'::date)`;
  return `(case when not exists (${certs}) then 'NONE' when not exists (${valid}) then 'EXPIRED'
    when exists (${valid} and (c.valid_until is null or c.valid_until > '${soon}'::date)) then 'VALID' else 'EXPIRING' end)`;
}

/** SQL sort keys of the register. */
const SORT_SQL: Record<WorkerSortField, string> = {
  NAME: 'w.name',
  EMPLOYER: '(select e.name from employer e where e.id = w.employer_id)',
  POST: `array_position(array[${quoted(WORKER_POST_LIST)}]::text[], w.post::text)`,
  SKILL_LEVEL: `array_position(array[${quoted(SKILL_LEVEL_LIST)}]::text[], w.skill_level::text)`,
  STARS: 'w.stars',
  CERTIFICATE_VALID_UNTIL: `(select max(coalesce(c.valid_until, '9999-12-31'::date)) from worker_certificate c where c.worker_id = w.id and ${RELEVANT_CERT_SQL})`,
  REGISTERED: 'w.id',
};

/** Who the signed-in user may see and keep. */
interface StaffScope {
  /** Every worker (a district-wide role). */
  all: boolean;
  /** An employer account: its one employer. */
  employerId?: number;
  /** A street office: employers in its division. */
  divisionPath?: string;
}

/**
 * The workforce register: workers, their records and employers; the rules of 持证上岗, overlapping
 * employments and the dishonesty list; ID numbers encrypted at rest and masked in answers.
 */
export class WorkerService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly today: string,
    private readonly access: Access,
  ) {}

  // ---- scope -------------------------------------------------------------------------------

  /** The staff the user may see: all, an employer's (EMPLOYER), or a division's (street office). */
  async scope(em: EntityManager = this.em): Promise<StaffScope> {
    const user = this.access.user;
    if (user && isEmployerScoped(user.role)) {
      const [bound] = await execSql<{ employer_id: number }[]>(em, `select employer_id from employer_account where user_id = ?`, [user.id]);
      if (!bound) throw new ForbiddenError(wt(this.lang, 'noEmployerBinding'));
      return { all: false, employerId: bound.employer_id };
    }
    if (this.access.divisionScoped) {
      const own = await this.access.jurisdiction(em);
      return { all: false, divisionPath: own!.path };
    }
    return { all: true };
  }

  /** SQL condition (with params) that limits workers `w` to the scope. */
  private scopeSql(scope: StaffScope): { sql: string; params: unknown[] } {
    if (scope.all) return { sql: 'true', params: [] };
    if (scope.employerId != null) return { sql: `(w.employer_id = ? or w.placed_at_id = ?)`, params: [scope.employerId, scope.employerId] };
    return {
      sql: `exists (select 1 from employer e join division d on d.id = e.division_id where e.id in (w.employer_id, w.placed_at_id) and d.path like ? || '%')`,
      params: [scope.divisionPath],
    };
  }

  /** May the user keep the staff of this employer (null: a worker employed nowhere)? */
  private async assertMayKeep(em: EntityManager, employer: Employer | null, scope: StaffScope): Promise<void> {
    this.access.assertCan('worker:manage');
    let ok: boolean;
    if (scope.employerId != null) ok = employer?.id === scope.employerId;
    else if (scope.divisionPath != null) {
      const division = employer?.division ? await employer.division.load() : null;
      ok = !!division && division.path.startsWith(scope.divisionPath);
    } else if (this.access.can('facility:review'))
      ok = true; // civil affairs keeps the whole workforce
    else if (this.access.can('medical:manage'))
      // the health bureau supervises care workers in medical institutions and the companies placing them
      ok = !!employer && (employer.kind === EmployerKind.MEDICAL_INSTITUTION || employer.kind === EmployerKind.SERVICE_COMPANY);
    else ok = false;
    if (!ok) throw new ForbiddenError(wt(this.lang, 'outsideScope'));
  }

  // ---- reads ---------------------------------------------------------------------------------

  /**
   * A page of the register as plain rows (see `WorkerRow`), its total and — when given the
   * request's `WorkforceRows` — the page's employers and certificates, in one statement.
   */
  async list(
    filter: WorkerFilter | null | undefined,
    page: PageArgs,
    order?: WorkerOrder | null,
    along: { employers?: WorkforceRows | null; certificates?: WorkforceRows | null } = {},
  ): Promise<Connection<WorkerRow>> {
    const { limit, afterId } = order ? { limit: 0, afterId: 0 } : decodePage(page, this.lang);
    const scope = await this.scope();
    // The standing condition of workers (the ORM's `notDeleted` filter): not removed.
    const where = new SqlWhere().andWhere('w.deleted_at is null');
    const s = this.scopeSql(scope);
    where.andWhere(s.sql, s.params);
    const search = filter?.search?.trim();
    if (search) {
      if (/^\d{17}[\dXx]$/.test(search)) where.andWhere(`w.id_number_hash = ?`, [dataKeyOf(this.em).hash(search.toUpperCase())]);
      else {
        const tail = /^[\dXx]{1,4}$/.test(search) ? ` or w.id_number_masked like ?` : '';
        where.andWhere(
          `(w.name ilike ? or exists (select 1 from worker_certificate c where c.worker_id = w.id and c.number ilike ?)${tail})`,
          [likePattern(search), likePattern(search), ...(tail ? [`%${search.toUpperCase()}`] : [])],
        );
      }
    }
    if (filter?.posts?.length) where.andWhere(`w.post in (?)`, [filter.posts]);
    if (filter?.skillLevels?.length) where.andWhere(`w.skill_level in (?)`, [filter.skillLevels]);
    if (filter?.minStars != null) where.andWhere(`w.stars >= ?`, [filter.minStars]);
    if (filter?.libraries?.length) where.andWhere(`w.libraries && ?::text[]`, [pgArray(filter.libraries)]);
    const employerId = toOptionalId(filter?.employerId, 'filter.employerId', this.lang);
    if (employerId != null) where.andWhere(`(w.employer_id = ? or w.placed_at_id = ?)`, [employerId, employerId]);
    const divisionId = toOptionalId(filter?.divisionId, 'filter.divisionId', this.lang);
    if (divisionId != null)
      where.andWhere(
        `exists (select 1 from employer e where e.id = coalesce(w.placed_at_id, w.employer_id) and e.division_id in ${SUBTREE_SQL})`,
        [divisionId],
      );
    if (filter?.certified != null) {
      const sql = CERTIFIED_FOR_POST_SQL('w').replaceAll('$D', '?');
      const n = (sql.match(/\?/g) ?? []).length;
      where.andWhere(`(${sql}) is ${filter.certified ? 'true' : 'false'}`, Array(n).fill(this.today));
    }
    if (filter?.expiringWithinDays != null) {
      const days = filter.expiringWithinDays;
      if (!Number.isInteger(days) || days < 0 || days > 3650) {
        const errors = new FieldErrors(this.lang);
        errors.add('filter.expiringWithinDays', 'field.range', { min: 0, max: 3650 });
        errors.throwIfAny();
      }
      where.andWhere(`exists (select 1 from worker_certificate c where c.worker_id = w.id and c.valid_until between ?::date and ?::date)`, [
        this.today,
        addDays(this.today, days),
      ]);
    }
    if (filter?.inMedicalInstitutions != null)
      where.andWhere(
        `${filter.inMedicalInstitutions ? '' : 'not '}exists (select 1 from employer e where e.id in (w.employer_id, w.placed_at_id) and e.kind = 'MEDICAL_INSTITUTION')`,
      );
    if (filter?.certificateStates?.length) {
      const states = filter.certificateStates.filter((x) => Object.values(CertificateState).includes(x));
      where.andWhere(`${this.certificateStateSql()} in (${quoted(states)})`);
    }
    const read = {
      table: 'worker',
      alias: 'w',
      columns: workerRowColumns('w'),
      where,
      along: [
        ...(along.employers ? [{ name: 'employers' as const, sql: pageEmployersJsonSql }] : []),
        ...(along.certificates ? [{ name: 'certificates' as const, sql: pageCertificatesJsonSql }] : []),
      ],
    };
    const remember = (rows: RawWorkerRow[], found: Partial<Record<'employers' | 'certificates', unknown>>) => {
      const nodes = rows.map((r) => workerOfRow(this.em, r));
      along.employers?.rememberPage(nodes, { employers: found.employers });
      along.certificates?.rememberPage(nodes, { certificates: found.certificates });
      return nodes;
    };
    if (order) {
      const { limit: size, offset } = decodeOffsetPage(page, this.lang);
      const direction = order.direction === SortDirection.DESC ? 'desc nulls last' : 'asc nulls last';
      const found = await fetchSortedRowPage<RawWorkerRow, 'employers' | 'certificates'>(this.em, {
        ...read,
        sort: { sql: SORT_SQL[order.field], direction },
        limit: size,
        offset,
      });
      return toOffsetConnection(remember(found.rows, found.along), size, offset, found.totalCount);
    }
    const found = await fetchRowPage<RawWorkerRow, 'employers' | 'certificates'>(this.em, { ...read, limit, afterId });
    return toConnection(remember(found.rows, found.along), limit, found.totalCount);
  }

  /** SQL: the certificate state of worker `w` today. */
  private certificateStateSql(): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.today)) throw new Error('today is not a date');
    return certificateStateSql(this.today, addDays(this.today, TARGETS.certificateExpiringDays));
  }

  /** One worker the user may see. */
  async get(idArg: unknown): Promise<Worker> {
    const id = toId(idArg, 'id', this.lang);
    const scope = await this.scope();
    const s = this.scopeSql(scope);
    const [row] = await execSql<{ id: number }[]>(
      this.em,
      `select w.id from worker w where w.id = ? and w.deleted_at is null and ${s.sql}`,
      [id, ...s.params],
    );
    if (!row) throw new NotFoundError(wt(this.lang, 'unknownWorker', { id }));
    return this.em.findOneOrFail(Worker, id);
  }

  /**
   * The worker with this ID number among the staff the user may see (found by the keyed hash), or
   * null — a worker outside the user's scope is not told apart from one not registered at all.
   */
  async findByIdNumber(idNumber: string, em: EntityManager = this.em): Promise<{ id: number; version: number } | null> {
    const scope = await this.scope(em);
    const s = this.scopeSql(scope);
    const [row] = await execSql<{ id: number; version: number }[]>(
      em,
      `select w.id, w.version from worker w where w.id_number_hash = ? and w.deleted_at is null and ${s.sql}`,
      [dataKeyOf(em).hash(idNumber), ...s.params],
    );
    return row ?? null;
  }

  /** Every worker the user may see, in id order (for the register's export). */
  async allInScope(): Promise<Worker[]> {
    const scope = await this.scope();
    const s = this.scopeSql(scope);
    const rows = await execSql<{ id: number }[]>(
      this.em,
      `select w.id from worker w where w.deleted_at is null and ${s.sql} order by w.id`,
      s.params,
    );
    const ids = rows.map((r) => r.id);
    const out: Worker[] = [];
    for (let i = 0; i < ids.length; i += 1000)
      out.push(
        ...(await this.em.find(
          Worker,
          { id: { $in: ids.slice(i, i + 1000) } },
          { populate: ['certificates', 'employer', 'placedAt'], orderBy: { id: 'asc' } },
        )),
      );
    return out;
  }

  /** The employer bound to an EMPLOYER account (null for other users). */
  async ownEmployerId(em: EntityManager = this.em): Promise<number | null> {
    return (await this.scope(em)).employerId ?? null;
  }

  /** Is the worker's post one that needs a certificate, and does the worker hold a valid one today? */
  static certifiedToday(w: { post?: WorkerPost | null }, certificates: readonly HeldCertificate[], today: string): boolean | null {
    if (!w.post || !WORKER_POSTS[w.post].certificates.length) return null;
    return certificateEntitles(w.post, validKinds(certificates, today));
  }

  // ---- writes --------------------------------------------------------------------------------

  async register(input: RegisterWorkerInput): Promise<Worker> {
    const refused: { reason: string; masked: string } = { reason: '', masked: '' };
    try {
      return await this.em.transactional(async (em) => {
        const scope = await this.scope(em);
        const errors = new FieldErrors(this.lang);
        const key = dataKeyOf(em);
        const name = cleanText(errors, 'name', input.name, { max: 100, required: true });
        const idNumber = input.idNumber?.trim().toUpperCase() ?? '';
        const problem = idNumberProblem(idNumber);
        if (problem)
          addError(errors, 'idNumber', problem === 'format' ? 'idFormat' : problem === 'birthDate' ? 'idBirthDate' : 'idCheckDigit');
        const hash = problem ? '' : key.hash(idNumber);
        if (!problem) {
          const [dup] = await execSql<{ id: number }[]>(em, `select id from worker where id_number_hash = ?`, [hash]);
          if (dup) addError(errors, 'idNumber', 'idDuplicate', { id: dup.id });
          const listed = await this.listedWorker(em, hash);
          if (listed) {
            addError(errors, 'idNumber', 'dishonestWorker', { reason: listed.reason });
            Object.assign(refused, { reason: listed.reason, masked: maskIdNumber(idNumber) });
          }
        }
        const w = em.create(Worker, {
          name: name ?? '',
          gender: problem ? Gender.FEMALE : (genderOfIdNumber(idNumber) as Gender),
          birthDate: problem ? '1900-01-01' : birthDateOfIdNumber(idNumber),
          idNumberCipher: problem ? '' : key.encrypt(idNumber),
          idNumberHash: hash,
          idNumberMasked: problem ? '' : maskIdNumber(idNumber),
          phone: cleanText(errors, 'phone', input.phone, { max: 40 }),
          skillLevel: input.skillLevel ?? null,
          stars: this.checkStars(errors, input.stars),
          socialInsurance: !!input.socialInsurance,
          accidentInsurance: !!input.accidentInsurance,
          libraries: this.libraries(input.libraries) ?? [],
        });
        this.applyHealthCheck(w, input.healthCheck, errors, 'healthCheck');
        const certificates = (input.certificates ?? []).map((c, i) => this.certificate(em, w, c, errors, `certificates.${i}`));
        if (input.employment) {
          const employer = await this.employer(em, errors, input.employment.employerId, 'employment.employerId', refused);
          if (employer) await this.assertMayKeep(em, employer, scope);
          await this.employment(em, w, input.employment, employer, certificates, [], errors, 'employment');
        } else if (!scope.all || !this.access.can('facility:review')) {
          // Only the district's civil affairs keep workers employed nowhere; others register their own staff.
          await this.assertMayKeep(em, null, scope);
        }
        errors.throwIfAny();
        await em.flush();
        return w;
      });
    } catch (err) {
      if (refused.reason) await this.auditRefusal(input.name, refused);
      throw err;
    }
  }

  async update(input: UpdateWorkerInput): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const w = await this.load(em, input.id, input.version);
      const errors = new FieldErrors(this.lang);
      if (input.name != null) w.name = cleanText(errors, 'name', input.name, { max: 100, required: true }) ?? w.name;
      if (input.phone !== undefined) w.phone = cleanText(errors, 'phone', input.phone, { max: 40 });
      if (input.skillLevel !== undefined) w.skillLevel = input.skillLevel;
      if (input.stars !== undefined) w.stars = this.checkStars(errors, input.stars);
      if (input.socialInsurance != null) w.socialInsurance = input.socialInsurance;
      if (input.accidentInsurance != null) w.accidentInsurance = input.accidentInsurance;
      const libraries = this.libraries(input.libraries);
      if (libraries) w.libraries = libraries;
      if (input.healthCheck) this.applyHealthCheck(w, input.healthCheck, errors, 'healthCheck');
      errors.throwIfAny();
      await em.flush();
      return w;
    });
  }

  /** The libraries asked for, in the domain's order without repeats; keeping them needs `talent:libraries`. */
  private libraries(asked: readonly TalentLibrary[] | null | undefined): TalentLibrary[] | null {
    if (asked == null) return null;
    this.access.assertCan('talent:libraries');
    return TALENT_LIBRARY_LIST.filter((l) => asked.includes(l));
  }

  async addCertificate(workerId: unknown, version: number, input: CertificateInput): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const w = await this.load(em, workerId, version);
      const errors = new FieldErrors(this.lang);
      this.certificate(em, w, input, errors, 'input');
      errors.throwIfAny();
      w.updatedAt = new Date();
      await em.flush();
      return w;
    });
  }

  async employ(input: EmployWorkerInput): Promise<Worker> {
    const refused: { reason: string; masked: string } = { reason: '', masked: '' };
    let name = '';
    try {
      return await this.em.transactional(async (em) => {
        const w = await this.load(em, input.workerId, input.version);
        name = w.name;
        const scope = await this.scope(em);
        const errors = new FieldErrors(this.lang);
        const listed = await this.listedWorker(em, w.idNumberHash);
        if (listed) {
          addError(errors, 'workerId', 'dishonestWorker', { reason: listed.reason });
          Object.assign(refused, { reason: listed.reason, masked: w.idNumberMasked });
        }
        const employer = await this.employer(em, errors, input.employerId, 'employerId', refused);
        if (employer) await this.assertMayKeep(em, employer, scope);
        const [certificates, employments] = await Promise.all([w.certificates.loadItems(), w.employments.loadItems()]);
        if (input.endCurrent) {
          const startsOn = checkDate(errors, 'startsOn', input.startsOn);
          if (startsOn)
            for (const e of employments)
              if (e.endsOn == null || e.endsOn >= startsOn)
                e.endsOn = addDays(startsOn, -1) < e.startsOn ? e.startsOn : addDays(startsOn, -1);
        }
        await this.employment(em, w, input, employer, certificates, employments, errors, '');
        errors.throwIfAny();
        nameEvent(w, 'WORKER_EMPLOYED');
        await em.flush();
        return w;
      });
    } catch (err) {
      if (refused.reason) await this.auditRefusal(name, refused);
      throw err;
    }
  }

  async addTraining(workerId: unknown, version: number, input: TrainingInput): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const w = await this.load(em, workerId, version);
      const errors = new FieldErrors(this.lang);
      const hours = input.hours;
      if (!Number.isFinite(hours) || hours <= 0 || hours > 2000) addError(errors, 'input.hours', 'hours');
      const heldOn = this.pastDate(errors, 'input.heldOn', input.heldOn);
      const t = em.create(WorkerTraining, {
        worker: ref(w),
        course: cleanText(errors, 'input.course', input.course, { max: 200, required: true }) ?? '',
        kind: input.kind,
        hours,
        provider: cleanText(errors, 'input.provider', input.provider, { max: 200, required: true }) ?? '',
        heldOn: heldOn ?? '',
      });
      errors.throwIfAny();
      w.trainings.add(t);
      w.updatedAt = new Date();
      await em.flush();
      return w;
    });
  }

  async addEvaluation(workerId: unknown, version: number, input: EvaluationInput): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const w = await this.load(em, workerId, version);
      const errors = new FieldErrors(this.lang);
      if (!Number.isFinite(input.score) || input.score < 0 || input.score > 100) addError(errors, 'input.score', 'score');
      const e = em.create(WorkerEvaluation, {
        worker: ref(w),
        kind: input.kind,
        score: input.score,
        byWhom: cleanText(errors, 'input.byWhom', input.byWhom, { max: 200, required: true }) ?? '',
        heldOn: this.pastDate(errors, 'input.heldOn', input.heldOn) ?? '',
        note: cleanText(errors, 'input.note', input.note, { max: 500 }),
      });
      errors.throwIfAny();
      w.evaluations.add(e);
      w.updatedAt = new Date();
      await em.flush();
      return w;
    });
  }

  async addComplaint(workerId: unknown, version: number, input: ComplaintInput): Promise<Worker> {
    return this.em.transactional(async (em) => {
      const w = await this.load(em, workerId, version);
      const errors = new FieldErrors(this.lang);
      const c = em.create(WorkerComplaint, {
        worker: ref(w),
        what: cleanText(errors, 'input.what', input.what, { max: 500, required: true }) ?? '',
        outcome: cleanText(errors, 'input.outcome', input.outcome, { max: 500 }),
        penalty: !!input.penalty,
        receivedOn: this.pastDate(errors, 'input.receivedOn', input.receivedOn) ?? '',
      });
      errors.throwIfAny();
      w.complaints.add(c);
      w.updatedAt = new Date();
      await em.flush();
      return w;
    });
  }

  async registerEmployer(input: RegisterEmployerInput): Promise<Employer> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      let name = cleanText(errors, 'name', input.name, { max: 200 });
      const code = input.creditCode?.trim().toUpperCase() || null;
      if (code && !isCreditCode(code)) addError(errors, 'creditCode', 'creditCode');
      else if (code) {
        const [dup] = await execSql<{ id: number }[]>(em, `select id from employer where credit_code = ?`, [code]);
        if (dup) addError(errors, 'creditCode', 'creditCodeDuplicate', { id: dup.id });
        const [listed] = await execSql<{ reason: string }[]>(
          em,
          `select reason from dishonest_party where kind = 'EMPLOYER' and credit_code = ?`,
          [code],
        );
        if (listed) addError(errors, 'creditCode', 'dishonestEmployer', { reason: listed.reason });
      }
      let facility: Facility | null = null;
      let medical: MedicalInstitution | null = null;
      const facilityId = toOptionalId(input.facilityId, 'facilityId', this.lang);
      const medicalId = toOptionalId(input.medicalId, 'medicalId', this.lang);
      if (input.kind === EmployerKind.CARE_FACILITY) {
        facility = facilityId != null ? await em.findOne(Facility, { id: facilityId }) : null;
        if (!facility) addError(errors, 'facilityId', 'employerKindLink');
      } else if (input.kind === EmployerKind.MEDICAL_INSTITUTION) {
        medical = medicalId != null ? await em.findOne(MedicalInstitution, { id: medicalId }) : null;
        if (!medical) addError(errors, 'medicalId', 'employerKindLink');
      } else if (!code && !errors.has('creditCode')) addError(errors, 'creditCode', 'employerKindLink');
      const linked = facility
        ? await em.findOne(Employer, { facility: facility.id })
        : medical
          ? await em.findOne(Employer, { medical: medical.id })
          : null;
      if (linked) addError(errors, facility ? 'facilityId' : 'medicalId', 'employerLinked', { id: linked.id });
      name ??= facility?.name ?? medical?.name ?? null;
      if (!name) errors.add('name', 'field.required');
      const division = facility?.division ?? medical?.division ?? null;
      const e = em.create(Employer, {
        name: name ?? '',
        kind: input.kind,
        creditCode: code,
        facility: facility ? ref(facility) : null,
        medical: medical ? ref(medical) : null,
        division: division ?? null,
        phone: cleanText(errors, 'phone', input.phone, { max: 40 }),
      });
      errors.throwIfAny();
      await em.flush();
      return e;
    });
  }

  /** Binds an EMPLOYER account to its employer (replacing an earlier binding). */
  async bindAccount(userIdArg: unknown, employerIdArg: unknown): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const userId = toId(userIdArg, 'userId', this.lang);
      const employerId = toId(employerIdArg, 'employerId', this.lang);
      const user = await em.findOne(User, { id: userId });
      if (!user) addError(errors, 'userId', 'unknownUser', { id: userId });
      else if (!isEmployerScoped(user.role)) addError(errors, 'userId', 'notEmployerRole');
      if (!(await em.findOne(Employer, { id: employerId }))) addError(errors, 'employerId', 'unknownEmployer', { id: employerId });
      errors.throwIfAny();
      await execSql(
        em,
        `insert into employer_account (user_id, employer_id) values (?, ?) on conflict (user_id) do update set employer_id = excluded.employer_id`,
        [userId, employerId],
      );
      await record(em, { event: 'EMPLOYER_ACCOUNT_BOUND', entity: 'app_user', id: userId, before: null, after: { employerId } });
      return true;
    });
  }

  /** Replaces the imported dishonesty list, all or nothing; only keyed hashes of ID numbers are kept. */
  async importDishonestyList(entries: DishonestPartyInput[]): Promise<number> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const key = dataKeyOf(em);
      const rows = entries.map((e, i) => {
        const f = `entries.${i}`;
        const name = cleanText(errors, `${f}.name`, e.name, { max: 200, required: true });
        const reason = cleanText(errors, `${f}.reason`, e.reason, { max: 500, required: true });
        let hash: string | null = null;
        let code: string | null = null;
        if (e.kind === 'WORKER') {
          const id = e.idNumber?.trim().toUpperCase() ?? '';
          const problem = idNumberProblem(id);
          if (!id) addError(errors, `${f}.idNumber`, 'needsIdOrCode');
          else if (problem)
            addError(errors, `${f}.idNumber`, problem === 'format' ? 'idFormat' : problem === 'birthDate' ? 'idBirthDate' : 'idCheckDigit');
          else hash = key.hash(id);
        } else {
          code = e.creditCode?.trim().toUpperCase() || null;
          if (!code) addError(errors, `${f}.creditCode`, 'needsIdOrCode');
          else if (!isCreditCode(code)) addError(errors, `${f}.creditCode`, 'creditCode');
        }
        return {
          kind: e.kind,
          name: name ?? '',
          idNumberHash: hash,
          creditCode: code,
          reason: reason ?? '',
          listedOn: checkDate(errors, `${f}.listedOn`, e.listedOn, false),
          source: cleanText(errors, `${f}.source`, e.source, { max: 200 }),
        };
      });
      errors.throwIfAny();
      await execSql(em, `delete from dishonest_party`);
      for (const r of rows) em.create(DishonestParty, r);
      await em.flush();
      await record(em, {
        event: 'DISHONESTY_LIST_IMPORTED',
        entity: 'dishonest_party',
        id: '*',
        before: null,
        after: { entries: rows.length },
      });
      return rows.length;
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async load(em: EntityManager, idArg: unknown, version: number): Promise<Worker> {
    const id = toId(idArg, 'id', this.lang);
    const w = await em.findOne(Worker, { id });
    if (!w) throw new NotFoundError(wt(this.lang, 'unknownWorker', { id }));
    const scope = await this.scope(em);
    const current = w.placedAt && scope.employerId == null ? await w.placedAt.load() : w.employer ? await w.employer.load() : null;
    const own = w.employer ? await w.employer.load() : null;
    // An employer account keeps the workers it employs; others the workers of employers in their scope.
    try {
      await this.assertMayKeep(em, own, scope);
    } catch (err) {
      if (!current || current === own) throw err;
      await this.assertMayKeep(em, current, scope);
    }
    assertVersion(this.lang, w.version, version);
    return w;
  }

  private async listedWorker(em: EntityManager, hash: string) {
    const [row] = await execSql<{ reason: string }[]>(
      em,
      `select reason from dishonest_party where kind = 'WORKER' and id_number_hash = ?`,
      [hash],
    );
    return row ?? null;
  }

  private async employer(
    em: EntityManager,
    errors: FieldErrors,
    idArg: unknown,
    field: string,
    refused: { reason: string; masked: string },
  ): Promise<Employer | null> {
    const id = toId(idArg, field, this.lang);
    const employer = await em.findOne(Employer, { id });
    if (!employer) {
      addError(errors, field, 'unknownEmployer', { id });
      return null;
    }
    if (employer.creditCode) {
      const [listed] = await execSql<{ reason: string }[]>(
        em,
        `select reason from dishonest_party where kind = 'EMPLOYER' and credit_code = ?`,
        [employer.creditCode],
      );
      if (listed) {
        addError(errors, field, 'dishonestEmployer', { reason: listed.reason });
        refused.reason ||= listed.reason;
      }
    }
    return employer;
  }

  private certificate(em: EntityManager, w: Worker, c: CertificateInput, errors: FieldErrors, f: string): WorkerCertificate {
    const issuedOn = this.pastDate(errors, `${f}.issuedOn`, c.issuedOn);
    const validUntil = checkDate(errors, `${f}.validUntil`, c.validUntil, false);
    if (issuedOn && validUntil && validUntil < issuedOn) addError(errors, `${f}.validUntil`, 'validBeforeIssued');
    const cert = em.create(WorkerCertificate, {
      worker: ref(w),
      kind: c.kind,
      number: cleanText(errors, `${f}.number`, c.number, { max: 64, required: true }) ?? '',
      level: c.level ?? null,
      issuer: cleanText(errors, `${f}.issuer`, c.issuer, { max: 200, required: true }) ?? '',
      issuedOn: issuedOn ?? '',
      validUntil,
    });
    w.certificates.add(cert);
    return cert;
  }

  /** Checks and records an employment: 持证上岗, the health check, overlaps; sets the worker's current post. */
  private async employment(
    em: EntityManager,
    w: Worker,
    input: EmploymentInput,
    employer: Employer | null,
    certificates: WorkerCertificate[],
    existing: WorkerEmployment[],
    errors: FieldErrors,
    prefix: string,
  ): Promise<void> {
    const f = (name: string) => (prefix ? `${prefix}.${name}` : name);
    const startsOn = checkDate(errors, f('startsOn'), input.startsOn);
    const endsOn = checkDate(errors, f('endsOn'), input.endsOn, false);
    if (startsOn && endsOn && endsOn < startsOn) errors.add(f('endsOn'), 'field.endBeforeStart');
    const fullTime = input.fullTime ?? true;
    const concurrentReason = cleanText(errors, f('concurrentReason'), input.concurrentReason, { max: 300 });
    let placedAt: Employer | null = null;
    const placedAtId = toOptionalId(input.placedAtId, f('placedAtId'), this.lang);
    if (placedAtId != null) {
      placedAt = await em.findOne(Employer, { id: placedAtId });
      if (!placedAt) addError(errors, f('placedAtId'), 'unknownEmployer', { id: placedAtId });
      else if (placedAt.kind !== EmployerKind.MEDICAL_INSTITUTION) addError(errors, f('placedAtId'), 'placedNotMedical');
    }
    const running = !endsOn || endsOn >= this.today;
    if (startsOn && running) {
      // 持证上岗: a certificate for the post valid on the first working day (today for a period already begun).
      const on = startsOn > this.today ? startsOn : this.today;
      const spec = WORKER_POSTS[input.post];
      if (!certificateEntitles(input.post, validKinds(certificates, on))) {
        const names = spec.certificates.map((k: CertificateKind) => CERTIFICATE_KINDS[k].label);
        addError(errors, f('post'), 'noCertificate', {
          post: spec.label.zh,
          postEn: spec.label.en,
          certificates: names.map((n) => n.zh).join('或'),
          certificatesEn: names.map((n) => n.en).join(' or '),
        });
      }
      if (spec.healthCheck && !(w.healthCheckOn && w.healthCheckOn <= on && (!w.healthCheckValidUntil || w.healthCheckValidUntil >= on)))
        addError(errors, 'healthCheck', 'noHealthCheck');
    }
    if (startsOn && fullTime && !concurrentReason) {
      const clash = existing.find(
        (e) => e.fullTime && (e.endsOn == null || e.endsOn >= startsOn) && (endsOn == null || e.startsOn <= endsOn),
      );
      if (clash) {
        const other = await clash.employer.load();
        addError(errors, f('startsOn'), 'overlap', { employer: other?.name ?? '', from: clash.startsOn });
      }
    }
    if (!employer || !startsOn) return;
    const e = em.create(WorkerEmployment, {
      worker: ref(w),
      employer: ref(employer),
      post: input.post,
      startsOn,
      endsOn,
      fullTime,
      concurrentReason,
      placedAt: placedAt ? ref(placedAt) : null,
    });
    w.employments.add(e);
    if (running && startsOn <= this.today) {
      w.employer = ref(employer);
      w.post = input.post as WorkerPost;
      w.placedAt = placedAt ? ref(placedAt) : null;
    } else if (running && !w.employer) {
      w.employer = ref(employer);
      w.post = input.post as WorkerPost;
      w.placedAt = placedAt ? ref(placedAt) : null;
    }
  }

  private applyHealthCheck(w: Worker, h: HealthCheckInput | null | undefined, errors: FieldErrors, f: string) {
    if (!h) return;
    const on = this.pastDate(errors, `${f}.on`, h.on);
    const until = h.validUntil != null ? checkDate(errors, `${f}.validUntil`, h.validUntil) : on ? addDays(on, 365) : null;
    if (on && until && until < on) errors.add(`${f}.validUntil`, 'field.endBeforeStart');
    w.healthCheckOn = on;
    w.healthCheckValidUntil = until;
  }

  private checkStars(errors: FieldErrors, stars: number | null | undefined): number | null {
    if (stars == null) return null;
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) addError(errors, 'stars', 'stars');
    return stars;
  }

  private pastDate(errors: FieldErrors, field: string, value: string | null | undefined): string | null {
    const d = checkDate(errors, field, value);
    if (d && d > this.today) {
      addError(errors, field, 'futureDate');
      return null;
    }
    return d;
  }

  /** Audits a registration or employment refused because of the dishonesty list (the attempt, nothing else). */
  private async auditRefusal(name: string, refused: { reason: string; masked: string }) {
    await record(this.em, {
      event: 'WORKER_REFUSED_DISHONEST',
      entity: 'worker',
      id: 0,
      before: null,
      after: { name, idNumberMasked: refused.masked, reason: refused.reason },
      action: 'refuse',
    });
  }
}

/** What the rules read of a certificate (an entity's or a list row's). */
type HeldCertificate = Pick<WorkerCertificate, 'kind' | 'issuedOn' | 'validUntil'>;

/** The kinds of the certificates valid on a date. */
function validKinds(certificates: readonly HeldCertificate[], on: string): CertificateKind[] {
  return certificates.filter((c) => c.issuedOn && c.issuedOn <= on && (!c.validUntil || c.validUntil >= on)).map((c) => c.kind);
}
