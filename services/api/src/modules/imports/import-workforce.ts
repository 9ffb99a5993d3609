import { isCreditCode, maskIdNumber } from '@carecircle/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Lang } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import { record } from '../audit/audit-log.js';
import type { Access } from '../users/access.js';
import { dataKeyOf } from '../workforce/data-key.js';
import { WorkerService } from '../workforce/worker.service.js';
import { DishonestKind } from '../workforce/workforce.enums.js';
import type { CertificateInput, DishonestPartyInput, RegisterWorkerInput, TrainingInput } from '../workforce/workforce.inputs.js';
import { RowErrors } from './import-messages.js';
import { rowName, type ImportOptions, type ImportReport } from './import-report.js';
import type { FieldName, SourceRecord, SourceRecords } from './records.js';
import { finishRows, readAndCheckRows, type ImportSource, type RequiredColumn } from './row-import.js';
import { textOf } from './values.js';
import {
  certificateKindOf,
  countOf,
  dateOf,
  firstOf,
  identifierOf,
  postOf,
  skillLevelOf,
  trainingKindOf,
  yesNoOf,
} from './workforce-rows.js';

/** The workforce imports: the register's workers, certificates and trainings, and the dishonesty list. */
export type WorkforceImportKind = 'workers' | 'certificates' | 'trainings' | 'dishonesty-list';

export interface WorkforceImportOptions extends ImportOptions {
  /** Who imports: the rows go through the register's write path as this user (scope, permissions). */
  access: Access;
  /** Today in China, YYYY-MM-DD (持证上岗 and future dates are judged on it). */
  today: string;
}

/** Columns each import reads, in the order of its template. */
export const WORKFORCE_FIELDS: Record<WorkforceImportKind, readonly FieldName[]> = {
  workers: [
    'personName',
    'name',
    'idNumber',
    'phone',
    'employer',
    'post',
    'startsOn',
    'endsOn',
    'fullTime',
    'concurrentReason',
    'placedAt',
    'skillLevel',
    'stars',
    'healthCheckOn',
    'healthCheckValidUntil',
    'socialInsurance',
    'accidentInsurance',
    'certificateKind',
    'certificateNumber',
    'issuer',
    'issuedOn',
    'validUntil',
  ],
  certificates: ['personName', 'idNumber', 'certificateKind', 'certificateNumber', 'skillLevel', 'issuer', 'issuedOn', 'validUntil'],
  trainings: ['personName', 'idNumber', 'course', 'trainingKind', 'trainingHours', 'provider', 'heldOn'],
  'dishonesty-list': ['personName', 'name', 'partyKind', 'creditCode', 'idNumber', 'identifier', 'reason', 'listedOn', 'authority'],
};

const NAME: readonly FieldName[] = ['personName', 'name'];
const IDENTIFIERS: readonly FieldName[] = ['idNumber', 'creditCode', 'identifier'];

/** Columns without which no row can be imported. */
export const WORKFORCE_REQUIRED: Record<WorkforceImportKind, readonly RequiredColumn[]> = {
  workers: [NAME, 'idNumber'],
  certificates: ['idNumber', 'certificateKind', 'certificateNumber', 'issuer', 'issuedOn'],
  trainings: ['idNumber', 'course', 'trainingKind', 'trainingHours', 'provider', 'heldOn'],
  'dishonesty-list': [NAME, IDENTIFIERS, 'reason'],
};

/** The certificate's fields as the write path names them, and the columns they came from. */
const CERTIFICATE_COLUMNS: Record<string, FieldName> = {
  kind: 'certificateKind',
  number: 'certificateNumber',
  level: 'skillLevel',
  issuer: 'issuer',
  issuedOn: 'issuedOn',
  validUntil: 'validUntil',
};

/** The write path's field names (registerWorker's input) and the worker import's columns. */
const WORKER_COLUMNS: Record<string, FieldName> = {
  idNumber: 'idNumber',
  phone: 'phone',
  stars: 'stars',
  healthCheck: 'healthCheckOn',
  'healthCheck.on': 'healthCheckOn',
  'healthCheck.validUntil': 'healthCheckValidUntil',
  'employment.employerId': 'employer',
  'employment.post': 'post',
  'employment.startsOn': 'startsOn',
  'employment.endsOn': 'endsOn',
  'employment.concurrentReason': 'concurrentReason',
  'employment.placedAtId': 'placedAt',
  ...Object.fromEntries(Object.entries(CERTIFICATE_COLUMNS).map(([k, v]) => [`certificates.0.${k}`, v])),
  // A worker already registered: the certificate, the health check and employWorker's fields.
  ...Object.fromEntries(Object.entries(CERTIFICATE_COLUMNS).map(([k, v]) => [`input.${k}`, v])),
  workerId: 'idNumber',
  employerId: 'employer',
  post: 'post',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  concurrentReason: 'concurrentReason',
  placedAtId: 'placedAt',
};

/** One checked row: what the write path is called with, and the column a refusal without a field is shown on. */
interface Planned {
  /** Runs the row through the register's write path. */
  write: (service: WorkerService, em: EntityManager) => Promise<unknown>;
  /** Column of an error the write path gives without a field (a refusal of the scope, an unknown worker). */
  column: FieldName;
  /** Maps a write-path field to the column it came from. */
  columnOf: (field: string) => string;
  /** The keyed hash of the row's ID number (or credit code), for in-file duplicates and refusals. */
  key?: string;
  /** The masked ID number of a worker row (500112********1234), for the audit of a refusal. */
  masked?: string;
}

/** The shape of an 18-character ID number (whether it is a valid one is the write path's check). */
const ID_LIKE = /^\d{17}[\dX]$/;

/** Thrown to roll back the import's transaction (a bad row, or a dry run). */
class RollBack extends Error {}

/** User errors of the write path become row errors; anything else is a fault of the server. */
const USER_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
const isUserError = (e: unknown): e is GraphQLError => e instanceof GraphQLError && USER_CODES.has(String(e.extensions?.code));

/** The fields and messages of a write path's error. */
function problemsOf(e: GraphQLError): { field: string | null; message: string }[] {
  const fields = e.extensions?.fields as { field: string; message: string }[] | undefined;
  return fields?.length ? fields : [{ field: null, message: e.message }];
}

/**
 * Imports a sheet into the workforce register, one row at a time through the register's write path
 * (`WorkerService`: registerWorker, addWorkerCertificate, addWorkerTraining, importDishonestyList),
 * so each row meets every rule the API applies — GB 11643 ID numbers, 持证上岗 with the health
 * check, overlapping employments, the dishonesty list, the user's scope. All rows are written in
 * one transaction, or none: any bad row (unless `skipInvalid`) or a dry run rolls it back. Row
 * errors name the columns as the file names them, in Chinese and English; ID numbers never appear
 * in the report.
 */
export async function importWorkforce(
  orm: MikroORM,
  what: WorkforceImportKind,
  file: ImportSource,
  options: WorkforceImportOptions,
): Promise<ImportReport> {
  const checked = await readAndCheckRows<SourceRecord>(what, file, options, WORKFORCE_FIELDS[what], WORKFORCE_REQUIRED[what], (rec) => {
    const errors = new RowErrors();
    for (const p of rec.problems) errors.problems.push(p);
    return { data: rec, errors };
  });
  if (checked.done) return checked.done;
  const { report, source, errors, started } = checked;
  const records = source.records;
  const refused: { name: string; key: string; masked: string }[] = [];

  try {
    await orm.em.fork().transactional(async (tx) => {
      const service = (em: EntityManager, lang: Lang) => new WorkerService(em, lang, options.today, options.access);
      const plans = await planRows(tx, what, records, errors, service(tx, 'zh'), source);
      // The same ID number (or credit code) twice in the file: the later rows are refused.
      const firstRowOf = new Map<string, number>();
      plans.forEach((p, i) => {
        if (!p?.key || what === 'certificates' || what === 'trainings') return;
        const earlier = firstRowOf.get(p.key);
        if (earlier === undefined) firstRowOf.set(p.key, i);
        else {
          const other = rowName(source.unit, records[earlier].row);
          errors[i].addImport(p.columnOf('idNumber'), 'row.idInFile', { other: other.zh, otherEn: other.en });
        }
      });
      const open = (i: number) => plans[i] != null && !errors[i].problems.length;

      if (what === 'dishonesty-list') {
        // The list is replaced as a whole, through its one write path.
        const rows = plans.map((_, i) => i).filter(open);
        if (rows.length) {
          const entries = rows.map((i) => (plans[i] as Planned & { entry: DishonestPartyInput }).entry);
          const problems = await attempt(tx, service, (s) => s.importDishonestyList(entries));
          for (const p of problems ?? []) {
            const m = /^entries\.(\d+)\.(\w+)$/.exec(p.field ?? '');
            const i = m ? rows[Number(m[1])] : rows[0];
            errors[i].addText(plans[i]!.columnOf(m?.[2] ?? ''), p.zh, p.en);
          }
        }
      } else {
        for (let i = 0; i < plans.length; i++) {
          if (!open(i)) continue;
          const plan = plans[i]!;
          const problems = await attempt(tx, service, (s, em) => plan.write(s, em));
          for (const p of problems ?? []) errors[i].addText(p.field ? plan.columnOf(p.field) : plan.column, p.zh, p.en);
          if (problems?.length && plan.key && plan.masked)
            refused.push({ name: textOf(firstOf(records[i], NAME)) ?? '', key: plan.key, masked: plan.masked });
          if (i % 100 === 0) options.onProgress?.('write', i, plans.length);
        }
      }
      const bad = plans.filter((_, i) => !open(i)).length;
      report.skipped = bad;
      report.inserted = plans.length - bad;
      if ((bad > 0 && !options.skipInvalid) || options.dryRun || !report.inserted) throw new RollBack();
      if (what !== 'dishonesty-list')
        await record(tx, {
          event: IMPORT_EVENTS[what],
          // Not one worker's event: no worker id (as a refused registration).
          entity: 'worker',
          id: 0,
          before: null,
          after: { file: report.file, rows: report.inserted },
        });
      report.committed = true;
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  if (refused.length) await auditRefusals(orm, refused);
  return finishRows(
    report,
    started,
    records.map((r, i) => ({ row: r.row, problems: errors[i].problems })),
    options,
    source,
  );
}

/** The audit event of a committed import (besides each row's own events). */
const IMPORT_EVENTS = {
  workers: 'WORKERS_IMPORTED',
  certificates: 'CERTIFICATES_IMPORTED',
  trainings: 'TRAININGS_IMPORTED',
} as const;

/**
 * Runs one row through the write path in a savepoint. On a refusal the savepoint is rolled back
 * and the row is run once more in English (rolled back too), so every message has both languages.
 * @returns the problems, or null when the row was written.
 */
async function attempt(
  tx: EntityManager,
  service: (em: EntityManager, lang: Lang) => WorkerService,
  write: (s: WorkerService, em: EntityManager) => Promise<unknown>,
): Promise<{ field: string | null; zh: string; en: string }[] | null> {
  let zh: GraphQLError;
  try {
    await tx.transactional((em) => write(service(em, 'zh'), em));
    return null;
  } catch (err) {
    if (!isUserError(err)) throw err;
    zh = err;
  }
  let en: GraphQLError = zh;
  try {
    await tx.transactional(async (em) => {
      await write(service(em, 'en'), em);
      throw new RollBack();
    });
  } catch (err) {
    if (isUserError(err)) en = err;
    else if (!(err instanceof RollBack)) throw err;
  }
  const zhList = problemsOf(zh);
  const enList = problemsOf(en);
  return zhList.map((p, k) => ({ field: p.field, zh: p.message, en: enList[k]?.field === p.field ? enList[k].message : p.message }));
}

/** Builds each row's call of the write path; rows whose cells cannot be read get their errors here. */
async function planRows(
  em: EntityManager,
  what: WorkforceImportKind,
  records: SourceRecord[],
  errors: RowErrors[],
  service: WorkerService,
  source: SourceRecords,
): Promise<(Planned | null)[]> {
  const nameField: FieldName = source.present.has('personName') ? 'personName' : 'name';
  const employers = what === 'workers' ? await employerFinder(em, records) : null;
  const own = what === 'workers' ? await service.ownEmployerId(em) : null;
  const plans: (Planned | null)[] = [];
  for (const [i, rec] of records.entries()) {
    const e = errors[i];
    const v = rec.values;
    if (what === 'workers') {
      const idNumber = identifierOf(v.idNumber) ?? '';
      const employerText = textOf(v.employer);
      const post = postOf(e, 'post', v.post);
      const startsOn = dateOf(e, 'startsOn', v.startsOn);
      let employerId: number | null = null;
      if (employerText) employerId = employers!(e, 'employer', employerText);
      else if (post && own != null) employerId = own;
      else if (post) e.addImport('employer', 'row.needsEmployer');
      if (employerText && !post && !e.has('post')) e.addImport('post', 'row.needsPost');
      if ((employerText || post) && !startsOn && !e.has('startsOn')) e.addImport('startsOn', 'row.needsStart');
      const placedText = textOf(v.placedAt);
      const placedAtId = placedText ? employers!(e, 'placedAt', placedText) : null;
      const fullTime = yesNoOf(e, 'fullTime', v.fullTime);
      const certificate = certificateOf(e, rec);
      const healthOn = dateOf(e, 'healthCheckOn', v.healthCheckOn);
      const healthUntil = dateOf(e, 'healthCheckValidUntil', v.healthCheckValidUntil);
      const input: RegisterWorkerInput = {
        name: textOf(firstOf(rec, NAME)) ?? '',
        idNumber,
        phone: textOf(v.phone),
        skillLevel: skillLevelOf(e, 'skillLevel', v.skillLevel),
        stars: countOf(e, 'stars', v.stars),
        healthCheck: healthOn ? { on: healthOn, validUntil: healthUntil } : null,
        socialInsurance: yesNoOf(e, 'socialInsurance', v.socialInsurance),
        accidentInsurance: yesNoOf(e, 'accidentInsurance', v.accidentInsurance),
        certificates: certificate ? [certificate] : [],
        employment:
          employerId != null && post && startsOn
            ? {
                employerId: String(employerId),
                post,
                startsOn,
                endsOn: dateOf(e, 'endsOn', v.endsOn),
                fullTime,
                concurrentReason: textOf(v.concurrentReason),
                placedAtId: placedAtId != null ? String(placedAtId) : null,
              }
            : null,
      };
      if (healthUntil && !healthOn) e.add('healthCheckOn', 'field.required');
      plans.push({
        write: (s, wem) => registerOrEmploy(s, wem, input),
        column: employerText ? 'employer' : nameField,
        columnOf: (f) => (f === 'name' ? nameField : (WORKER_COLUMNS[f] ?? f)),
        key: idNumber ? dataKeyOf(em).hash(idNumber) : undefined,
        masked: ID_LIKE.test(idNumber) ? maskIdNumber(idNumber) : undefined,
      });
    } else if (what === 'certificates' || what === 'trainings') {
      const idNumber = identifierOf(v.idNumber);
      if (!idNumber) {
        e.add('idNumber', 'field.required');
        plans.push(null);
        continue;
      }
      const worker = await service.findByIdNumber(idNumber, em);
      if (!worker) e.addImport('idNumber', 'row.workerNotFound');
      let run: (s: WorkerService, id: number, version: number) => Promise<unknown>;
      let columns: Record<string, FieldName>;
      if (what === 'certificates') {
        const input = certificateOf(e, rec, true)!;
        run = (s, id, version) => s.addCertificate(id, version, input);
        columns = CERTIFICATE_COLUMNS;
      } else {
        const input: TrainingInput = {
          course: textOf(v.course) ?? '',
          kind: trainingKindOf(e, 'trainingKind', v.trainingKind)!,
          hours: countOf(e, 'trainingHours', v.trainingHours) ?? NaN,
          provider: textOf(v.provider) ?? '',
          heldOn: dateOf(e, 'heldOn', v.heldOn) ?? '',
        };
        if (!input.kind && !e.has('trainingKind')) e.add('trainingKind', 'field.required');
        if (!textOf(v.trainingHours) && !e.has('trainingHours')) e.add('trainingHours', 'field.required');
        run = (s, id, version) => s.addTraining(id, version, input);
        columns = { course: 'course', kind: 'trainingKind', hours: 'trainingHours', provider: 'provider', heldOn: 'heldOn' };
      }
      plans.push(
        worker
          ? {
              // The version as it is when the row is written (an earlier row may have changed the worker).
              write: async (s, wem) => {
                const [now] = await execSql<{ version: number }[]>(wem, `select version from worker where id = ?`, [worker.id]);
                return run(s, worker.id, now.version);
              },
              column: 'idNumber',
              columnOf: (f) => {
                const key = f.replace(/^input\./, '');
                return columns[key] ?? (key === 'id' || key === 'version' || key === 'workerId' ? 'idNumber' : key);
              },
            }
          : null,
      );
    } else {
      const partyText = textOf(v.partyKind);
      let kind: DishonestKind | null = null;
      if (partyText) {
        kind = partyKindOf(partyText);
        if (!kind) e.addImport('partyKind', 'row.partyKind', { value: partyText.slice(0, 20) });
      }
      // The identifier: an ID number column names a person, a credit-code column an operator; a
      // shared column (统一社会信用代码/身份证号) is told by which check the value passes.
      const column = IDENTIFIERS.find((f) => identifierOf(v[f]) != null) ?? 'identifier';
      const value = identifierOf(v[column]) ?? '';
      kind ??=
        column === 'idNumber'
          ? DishonestKind.WORKER
          : isCreditCode(value)
            ? DishonestKind.EMPLOYER
            : ID_LIKE.test(value)
              ? DishonestKind.WORKER
              : DishonestKind.EMPLOYER;
      const entry: DishonestPartyInput = {
        kind,
        name: textOf(firstOf(rec, NAME)) ?? '',
        idNumber: kind === DishonestKind.WORKER ? value : null,
        creditCode: kind === DishonestKind.EMPLOYER ? value : null,
        reason: textOf(v.reason) ?? '',
        listedOn: dateOf(e, 'listedOn', v.listedOn),
        source: textOf(v.authority),
      };
      const entryColumns: Record<string, FieldName> = {
        name: nameField,
        idNumber: column,
        creditCode: column,
        reason: 'reason',
        listedOn: 'listedOn',
        source: 'authority',
      };
      plans.push({
        write: async () => undefined,
        column: nameField,
        columnOf: (f) => entryColumns[f] ?? nameField,
        key: value ? `${kind}:${dataKeyOf(em).hash(value)}` : undefined,
        entry,
      } as Planned & { entry: DishonestPartyInput });
    }
  }
  return plans;
}

/**
 * A worker row: a new worker is registered with the certificate, health check and employment; a
 * worker already in the user's register (the same ID number) gets the certificate, the health
 * check and the new employment — so 持证上岗, the overlap with the employments already recorded
 * and the dishonesty list apply as when the register's keeper employs the worker.
 */
async function registerOrEmploy(s: WorkerService, em: EntityManager, input: RegisterWorkerInput): Promise<unknown> {
  const found = ID_LIKE.test(input.idNumber) ? await s.findByIdNumber(input.idNumber, em) : null;
  if (!found) return s.register(input);
  const version = async () => (await execSql<{ version: number }[]>(em, `select version from worker where id = ?`, [found.id]))[0].version;
  for (const c of input.certificates ?? []) await s.addCertificate(found.id, await version(), c);
  if (input.healthCheck) await s.update({ id: String(found.id), version: await version(), healthCheck: input.healthCheck });
  if (input.employment) await s.employ({ ...input.employment, workerId: String(found.id), version: await version() });
  return found;
}

/** The certificate of a row (null when its columns are empty and it is not required). */
function certificateOf(e: RowErrors, rec: SourceRecord, required = false): CertificateInput | null {
  const v = rec.values;
  const any = ['certificateKind', 'certificateNumber', 'issuer', 'issuedOn', 'validUntil'].some((f) => textOf(v[f as FieldName]) != null);
  if (!any && !required) return null;
  const kind = certificateKindOf(e, 'certificateKind', v.certificateKind);
  if (!kind && !e.has('certificateKind')) e.add('certificateKind', 'field.required');
  return {
    kind: kind!,
    number: textOf(v.certificateNumber) ?? '',
    level: skillLevelOf(e, 'skillLevel', v.skillLevel),
    issuer: textOf(v.issuer) ?? '',
    issuedOn: dateOf(e, 'issuedOn', v.issuedOn) ?? '',
    validUntil: dateOf(e, 'validUntil', v.validUntil),
  };
}

const OPERATOR_WORDS = ['单位', '法人', '机构', '企业', '组织', '公司', 'operator', 'employer', 'organisation', 'organization', 'company'];
const PERSON_WORDS = ['个人', '自然人', '人员', '从业人员', 'person', 'worker', 'individual'];

/** The kind of a listed party as the published list names it (法人 / 自然人 …). */
function partyKindOf(text: string): DishonestKind | null {
  const t = text.toLowerCase().replace(/\s+/g, '');
  if (t === 'worker' || PERSON_WORDS.some((w) => t.includes(w))) return DishonestKind.WORKER;
  if (t === 'employer' || OPERATOR_WORDS.some((w) => t.includes(w))) return DishonestKind.EMPLOYER;
  return null;
}

/**
 * Finds the employers a sheet names (by unified social credit code, else by the exact name), with
 * one query; an unknown or ambiguous name is an error on the row's column.
 */
async function employerFinder(em: EntityManager, records: SourceRecord[]) {
  const names = [
    ...new Set(records.flatMap((r) => [textOf(r.values.employer), textOf(r.values.placedAt)]).filter((x): x is string => !!x)),
  ];
  const rows = names.length
    ? await execSql<{ id: number; name: string; credit_code: string | null }[]>(
        em,
        `select id, name, credit_code from employer where name in (${names.map(() => '?').join(', ')}) or credit_code in (${names.map(() => '?').join(', ')})`,
        [...names, ...names.map((n) => n.toUpperCase())],
      )
    : [];
  return (errors: RowErrors, field: FieldName, text: string): number | null => {
    const code = text.toUpperCase();
    const byCode = isCreditCode(code) ? rows.find((r) => r.credit_code === code) : undefined;
    if (byCode) return byCode.id;
    const byName = rows.filter((r) => r.name === text);
    if (byName.length === 1) return byName[0].id;
    if (byName.length > 1) errors.addImport(field, 'row.ambiguousEmployer', { count: byName.length, value: text.slice(0, 60) });
    else errors.addImport(field, 'row.unknownEmployer', { value: text.slice(0, 60) });
    return null;
  };
}

/**
 * Audits the workers a refused import row named while they (or the employer) are on the
 * dishonesty list, as the API audits a refused registration: the attempt, with the masked ID
 * number — after the import's own transaction, which wrote nothing for those rows.
 */
async function auditRefusals(orm: MikroORM, rows: { name: string; key: string; masked: string }[]): Promise<void> {
  const em = orm.em.fork();
  const listed = await execSql<{ id_number_hash: string; reason: string }[]>(
    em,
    `select id_number_hash, reason from dishonest_party where kind = 'WORKER' and id_number_hash in (${rows.map(() => '?').join(', ')})`,
    rows.map((r) => r.key),
  );
  if (!listed.length) return;
  const reasonOf = new Map(listed.map((l) => [l.id_number_hash, l.reason]));
  await record(
    em,
    rows
      .filter((r) => reasonOf.has(r.key))
      .map((r) => ({
        event: 'WORKER_REFUSED_DISHONEST' as const,
        entity: 'worker' as const,
        id: 0,
        before: null,
        after: { name: r.name, idNumberMasked: r.masked, reason: reasonOf.get(r.key) },
        action: 'refuse' as const,
      })),
  );
}
