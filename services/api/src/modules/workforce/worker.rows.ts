import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { execSql } from '../../shared/sql.js';
import { withRecord } from '../../shared/versioned-record.js';
import { Worker } from './worker.entity.js';
import type { CertificateKind, EmployerKind, Gender, SkillLevel, TalentLibrary, WorkerPost } from './workforce.enums.js';

/**
 * A worker as the register's pages read it: its row mapped onto the fields of the GraphQL `Worker`
 * type, not a managed entity (hydrating and tracking the page's workers, then loading their
 * employers and certificates one batch per list, was most of a page's time). The hidden columns
 * the guarded fields need (the ID number's ciphertext and keyed hash) come along but have no field
 * of their own; employers and certificates are read by id through the request's `WorkforceRows`,
 * the other records through the entity (`workerEntityById`). The field resolvers take either form
 * (`WorkerNode`).
 */
export interface WorkerRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  name: string;
  gender: Gender;
  birthDate: string;
  idNumberCipher: string;
  idNumberHash: string;
  idNumberMasked: string;
  phone: string | null;
  post: WorkerPost | null;
  skillLevel: SkillLevel | null;
  stars: number | null;
  libraries: TalentLibrary[];
  employerId: number | null;
  placedAtId: number | null;
  healthCheckOn: string | null;
  healthCheckValidUntil: string | null;
  socialInsurance: boolean;
  accidentInsurance: boolean;
  deletedAt: Date | null;
}

/** A worker as a resolver gets it: the entity (one record, a write's answer) or the row (lists). */
export type WorkerNode = Worker | WorkerRow;

/** Is this the managed entity (rather than a list's row)? */
export const isWorkerEntity = (w: WorkerNode): w is Worker => w instanceof Worker;

/** The `WorkerRow` columns of `worker` under an alias (timestamps as text, as the ORM's driver gives them). */
export const workerRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.name, ${a}.gender, ${a}.birth_date,
   ${a}.id_number_cipher, ${a}.id_number_hash, ${a}.id_number_masked, ${a}.phone, ${a}.post, ${a}.skill_level, ${a}.stars, ${a}.libraries,
   ${a}.employer_id, ${a}.placed_at_id, ${a}.health_check_on, ${a}.health_check_valid_until, ${a}.social_insurance, ${a}.accident_insurance,
   ${a}.deleted_at::text as deleted_at`;

/** The columns `workerRowColumns` selects, as one raw row holds them. */
export interface RawWorkerRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  name: string;
  gender: string;
  birth_date: string;
  id_number_cipher: string;
  id_number_hash: string;
  id_number_masked: string;
  phone: string | null;
  post: string | null;
  skill_level: string | null;
  stars: number | null;
  libraries: string[];
  employer_id: number | null;
  placed_at_id: number | null;
  health_check_on: string | null;
  health_check_valid_until: string | null;
  social_insurance: boolean;
  accident_insurance: boolean;
  deleted_at: string | null;
}

export function workerOfRow(em: EntityManager, r: RawWorkerRow): WorkerRow {
  return withRecord(em, r, {
    name: r.name,
    gender: r.gender as Gender,
    birthDate: r.birth_date,
    idNumberCipher: r.id_number_cipher,
    idNumberHash: r.id_number_hash,
    idNumberMasked: r.id_number_masked,
    phone: r.phone,
    post: r.post as WorkerPost | null,
    skillLevel: r.skill_level as SkillLevel | null,
    stars: r.stars,
    libraries: r.libraries as TalentLibrary[],
    employerId: r.employer_id,
    placedAtId: r.placed_at_id,
    healthCheckOn: r.health_check_on,
    healthCheckValidUntil: r.health_check_valid_until,
    socialInsurance: r.social_insurance,
    accidentInsurance: r.accident_insurance,
    deletedAt: r.deleted_at == null ? null : em.getPlatform().parseDate(r.deleted_at),
  });
}

/** An employer as a worker row's `employer` / `placedAt` reads it: every field of the GraphQL `Employer` type. */
export interface EmployerRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  name: string;
  kind: EmployerKind;
  creditCode: string | null;
  phone: string | null;
}

interface RawEmployerRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  name: string;
  kind: string;
  credit_code: string | null;
  phone: string | null;
}

const employerRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.name, ${a}.kind, ${a}.credit_code, ${a}.phone`;

const employerOfRow = (em: EntityManager, r: RawEmployerRow): EmployerRow =>
  withRecord(em, r, {
    name: r.name,
    kind: r.kind as EmployerKind,
    creditCode: r.credit_code,
    phone: r.phone,
  });

/** A certificate as a worker row reads it: every field of the GraphQL `WorkerCertificate` type, and its worker. */
export interface CertificateRow {
  id: number;
  createdAt: Date;
  workerId: number;
  kind: CertificateKind;
  number: string;
  level: SkillLevel | null;
  issuer: string;
  issuedOn: string;
  validUntil: string | null;
}

interface RawCertificateRow {
  id: number;
  created_at: string;
  worker_id: number;
  kind: string;
  number: string;
  level: string | null;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
}

const certificateRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.worker_id, ${a}.kind, ${a}.number, ${a}.level, ${a}.issuer, ${a}.issued_on, ${a}.valid_until`;

const certificateOfRow = (em: EntityManager, r: RawCertificateRow): CertificateRow => ({
  id: r.id,
  createdAt: em.getPlatform().parseDate(r.created_at),
  workerId: r.worker_id,
  kind: r.kind as CertificateKind,
  number: r.number,
  level: r.level as SkillLevel | null,
  issuer: r.issuer,
  issuedOn: r.issued_on,
  validUntil: r.valid_until,
});

/**
 * SQL of a JSON array of the rows of the employers the workers of `page` (a relation of worker
 * rows) are employed by or placed at (null when none): to read them along with the page.
 */
export const pageEmployersJsonSql = (page: string) =>
  `select json_agg(r) from (select ${employerRowColumns('e')} from employer e
   where e.id in (select employer_id from ${page}) or e.id in (select placed_at_id from ${page})) r`;

/**
 * SQL of a JSON array of the certificates of the workers of `page` in id order (the order of the
 * entity's collection; null when none): to read them along with the page.
 */
export const pageCertificatesJsonSql = (page: string) =>
  `select json_agg(r order by r.id) from (select ${certificateRowColumns('c')} from worker_certificate c
   where c.worker_id in (select id from ${page})) r`;

/** A value now, or later. */
type Maybe<T> = T | Promise<T>;

/** Applies `f` to a value, at once when it is there (no promise per row), else when it comes. */
export const thenOf = <T, U>(v: Maybe<T>, f: (x: T) => U): Maybe<U> => (v instanceof Promise ? v.then(f) : f(v));

/**
 * Rows one request reads by key: look-ups batched (one statement per batch), and a key read
 * already (along with a page) answered at once, not as a promise.
 */
class RowsByKey<V> {
  private readonly read = new Map<number, V>();
  private readonly loader: DataLoader<number, V>;

  constructor(
    load: (keys: readonly number[]) => Promise<Map<number, V>>,
    private readonly none: () => V,
  ) {
    this.loader = new DataLoader(async (keys) => {
      this.remember(await load(keys), keys);
      return keys.map((k) => this.read.get(k)!);
    });
  }

  get(key: number): Maybe<V> {
    return this.read.has(key) ? this.read.get(key)! : this.loader.load(key);
  }

  /** Keeps values read along with something else: these, and none for the asked keys they lack. */
  remember(values: Map<number, V>, asked: Iterable<number | null>): void {
    for (const [k, v] of values) this.read.set(k, v);
    for (const k of asked) if (k != null && !this.read.has(k)) this.read.set(k, this.none());
  }
}

/** The employer and certificate rows one request reads for worker rows. */
export class WorkforceRows {
  /** Employers by id (null: none of that id). */
  readonly employers: RowsByKey<EmployerRow | null>;
  /** Certificates by worker id, in id order. */
  readonly certificates: RowsByKey<CertificateRow[]>;

  constructor(private readonly em: EntityManager) {
    this.employers = new RowsByKey(
      async (ids) =>
        this.employersOf(await execSql<RawEmployerRow[]>(em, `select ${employerRowColumns('e')} from employer e where e.id in (?)`, [ids])),
      () => null,
    );
    this.certificates = new RowsByKey(
      async (ids) =>
        this.certificatesOf(
          await execSql<RawCertificateRow[]>(
            em,
            `select ${certificateRowColumns('c')} from worker_certificate c where c.worker_id in (?) order by c.id`,
            [ids],
          ),
        ),
      () => [],
    );
  }

  /** Keeps what a page read along (`pageEmployersJsonSql`, `pageCertificatesJsonSql`; undefined: not read). */
  rememberPage(workers: WorkerRow[], along: { employers?: unknown; certificates?: unknown }): void {
    if (along.employers !== undefined)
      this.employers.remember(
        this.employersOf((along.employers as RawEmployerRow[] | null) ?? []),
        workers.flatMap((w) => [w.employerId, w.placedAtId]),
      );
    if (along.certificates !== undefined)
      this.certificates.remember(
        this.certificatesOf((along.certificates as RawCertificateRow[] | null) ?? []),
        workers.map((w) => w.id),
      );
  }

  private employersOf(rows: RawEmployerRow[]): Map<number, EmployerRow | null> {
    return new Map(rows.map((r) => [r.id, employerOfRow(this.em, r)]));
  }

  private certificatesOf(rows: RawCertificateRow[]): Map<number, CertificateRow[]> {
    const byWorker = new Map<number, CertificateRow[]>();
    for (const r of rows) {
      const list = byWorker.get(r.worker_id) ?? [];
      list.push(certificateOfRow(this.em, r));
      byWorker.set(r.worker_id, list);
    }
    return byWorker;
  }
}
