import { TARGETS, certificateState, relevantCertificateKinds, type Action } from '@carecircle/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ConnectionType, PageArgs } from '../../shared/pagination.js';
import { selectsField } from '../../shared/selection.js';
import { toOptionalId } from '../../shared/validation.js';
import { record } from '../audit/audit-log.js';
import { dataKeyOf } from './data-key.js';
import { DishonestParty } from './dishonest-party.entity.js';
import { Employer } from './employer.entity.js';
import { FiguresService, StationStaffing, WorkforceFigures } from './figures.service.js';
import { WorkerCertificate, WorkerComplaint, WorkerEmployment, WorkerEvaluation, WorkerTraining } from './worker-records.entity.js';
import { Worker } from './worker.entity.js';
import { isWorkerEntity, thenOf, type CertificateRow, type EmployerRow, type WorkerNode } from './worker.rows.js';
import { WorkerService } from './worker.service.js';
import { CertificateState } from './workforce.enums.js';
import { execSql } from '../../shared/sql.js';
import {
  CertificateInput,
  ComplaintInput,
  DishonestPartyInput,
  EmployWorkerInput,
  EvaluationInput,
  RegisterEmployerInput,
  RegisterWorkerInput,
  TrainingInput,
  UpdateWorkerInput,
  WorkerFilter,
  WorkerOrder,
} from './workforce.inputs.js';

export const WorkerConnection = ConnectionType(Worker, 'Worker');

const service = (ctx: AppContext) => new WorkerService(ctx.em, ctx.lang, ctx.today, ctx.access);

/** Unmasked reads of one request, audited together (one insert) before any of them is answered. */
const pendingReads = new WeakMap<AppContext, { workers: WorkerNode[]; done: Promise<void> }>();

function auditUnmaskedRead(ctx: AppContext, w: WorkerNode): Promise<void> {
  let batch = pendingReads.get(ctx);
  if (!batch) {
    const workers: WorkerNode[] = [];
    const done = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      pendingReads.delete(ctx);
      await record(
        ctx.em,
        workers.map((x) => ({
          event: 'WORKER_ID_NUMBER_READ' as const,
          entity: 'worker' as const,
          id: x.id,
          before: null,
          after: { idNumberMasked: x.idNumberMasked },
          action: 'read' as const,
        })),
      );
    });
    batch = { workers, done };
    pendingReads.set(ctx, batch);
  }
  batch.workers.push(w);
  return batch.done;
}

/**
 * The worker's certificates: the entity's collection, or a list row's through the request's rows
 * (at once when the page read them along).
 */
function certificatesOf(
  ctx: AppContext,
  w: WorkerNode,
): readonly (WorkerCertificate | CertificateRow)[] | Promise<readonly (WorkerCertificate | CertificateRow)[]> {
  return isWorkerEntity(w) ? w.certificates.load().then((c) => c.getItems()) : ctx.loaders.workforceRows.certificates.get(w.id);
}

/** The worker's employer or the medical institution it is placed at: the entity's reference, or a list row's by id. */
function employerOf(
  ctx: AppContext,
  w: WorkerNode,
  which: 'employer' | 'placedAt',
): Employer | EmployerRow | null | Promise<Employer | EmployerRow | null> {
  if (isWorkerEntity(w)) return w[which] ? w[which].load() : null;
  const id = which === 'employer' ? w.employerId : w.placedAtId;
  return id == null ? null : ctx.loaders.workforceRows.employers.get(id);
}

/** The entity of a worker (a list row's, for the records a row does not carry); null when it is gone. */
function entityOf(ctx: AppContext, w: WorkerNode): Promise<Worker | null> {
  return isWorkerEntity(w) ? Promise.resolve(w) : ctx.loaders.workerEntityById.load(w.id);
}

/** The fields of a page's workers answered from their certificates. */
const CERTIFICATE_FIELDS = ['certificateState', 'certificateValidUntil', 'certified', 'certificates'];

@Resolver(() => Worker)
export class WorkerResolver {
  @Authorized<Action>('worker:read')
  @Query(() => WorkerConnection, {
    description: 'The workforce register, paged and filtered; a street office sees its division’s staff, an employer its own.',
  })
  workers(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => WorkerFilter, { nullable: true, description: 'Conditions; null lists every worker in scope.' })
    filter: WorkerFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => WorkerOrder, { nullable: true, description: 'Sort order; null: registration order.' })
    orderBy: WorkerOrder | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The page's employers and certificates in the same statement, so its rows resolve them without waiting.
    const rows = ctx.loaders.workforceRows;
    return service(ctx).list(filter, page, orderBy, {
      employers: selectsField(info, ['nodes', 'employer']) || selectsField(info, ['nodes', 'placedAt']) ? rows : null,
      certificates: CERTIFICATE_FIELDS.some((f) => selectsField(info, ['nodes', f])) ? rows : null,
    });
  }

  @Authorized<Action>('worker:read')
  @Query(() => Worker, { description: 'One worker by id.' })
  worker(@Ctx() ctx: AppContext, @Arg('id', () => ID, { description: 'Worker id.' }) id: string) {
    return service(ctx).get(id);
  }

  @Authorized<Action>('worker:read')
  @Query(() => [Employer], { description: 'Employers in the user’s scope (an employer account: its own).' })
  async employers(@Ctx() ctx: AppContext) {
    const scope = await service(ctx).scope();
    if (scope.employerId != null) return ctx.em.find(Employer, { id: scope.employerId });
    if (scope.divisionPath != null)
      return ctx.em.find(Employer, { division: { path: { $like: `${scope.divisionPath}%` } } }, { orderBy: { id: 'asc' } });
    return ctx.em.find(Employer, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized<Action>('dishonesty:import')
  @Query(() => [DishonestParty], { description: 'The imported dishonesty list.' })
  dishonestParties(@Ctx() ctx: AppContext) {
    return ctx.em.find(DishonestParty, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized<Action>('workforce:figures')
  @Query(() => WorkforceFigures, { description: 'Workforce indicators of a division (the district when omitted), against the targets.' })
  workforceFigures(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, { nullable: true, description: 'The division.' }) divisionId: string | null,
  ) {
    return new FiguresService(ctx.em, ctx.lang, ctx.today).figures(toOptionalId(divisionId, 'divisionId', ctx.lang));
  }

  @Authorized<Action>('workforce:figures')
  @Query(() => [WorkforceFigures], {
    description: 'Workforce indicators of every street/town below a division (the district when omitted).',
  })
  workforceFiguresByDivision(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, { nullable: true, description: 'The parent division.' }) divisionId: string | null,
  ) {
    return new FiguresService(ctx.em, ctx.lang, ctx.today).children(toOptionalId(divisionId, 'divisionId', ctx.lang));
  }

  @Authorized<Action>('workforce:figures')
  @Query(() => [StationStaffing], {
    description:
      'Approved community stations and street/town centres (in a division, the district when omitted) with no care worker holding a valid certificate for the post: the staffing alert.',
  })
  stationsWithoutCertifiedCareWorker(
    @Ctx() ctx: AppContext,
    @Arg('divisionId', () => ID, { nullable: true, description: 'The division.' }) divisionId: string | null,
  ) {
    return new FiguresService(ctx.em, ctx.lang, ctx.today).stationsWithoutCertifiedCareWorker(
      toOptionalId(divisionId, 'divisionId', ctx.lang),
    );
  }

  @FieldResolver(() => String, { description: '身份证号, always masked (500112********1234); never audited.' })
  idNumberMasked(@Root() w: WorkerNode) {
    return w.idNumberMasked;
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user read the full ID number (`idNumber`, audited)?' })
  viewerCanReadIdNumber(@Ctx() ctx: AppContext) {
    return ctx.access.can('worker:identity');
  }

  @FieldResolver(() => CertificateState, {
    description: `State of the certificates that count for the current post today (EXPIRING: the longest-valid one ends within ${TARGETS.certificateExpiringDays} days).`,
  })
  certificateState(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    return thenOf(certificatesOf(ctx, w), (held) => certificateState(w.post, held, ctx.today, TARGETS.certificateExpiringDays));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The latest expiry date of the certificates that count for the post; null when none is held or one never expires.',
  })
  certificateValidUntil(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const kinds = relevantCertificateKinds(w.post);
    return thenOf(certificatesOf(ctx, w), (certificates) => {
      const held = certificates.filter((c) => kinds.includes(c.kind));
      if (!held.length || held.some((c) => !c.validUntil)) return null;
      return held
        .map((c) => c.validUntil!)
        .sort()
        .at(-1)!;
    });
  }

  @FieldResolver(() => Boolean, {
    description: 'On the imported dishonesty list (失信联合惩戒对象名单), found by the keyed hash of the ID number.',
  })
  async onDishonestyList(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const rows = await execSql<{ n: number }[]>(
      ctx.em,
      `select 1 as n from dishonest_party where kind = 'WORKER' and id_number_hash = ? limit 1`,
      [w.idNumberHash],
    );
    return rows.length > 0;
  }

  @FieldResolver(() => String, {
    description: '身份证号: masked (500112********1234) unless the user may see ID numbers; every unmasked read is audited.',
  })
  async idNumber(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    if (!ctx.access.can('worker:identity')) return w.idNumberMasked;
    await auditUnmaskedRead(ctx, w);
    return dataKeyOf(ctx.em).decrypt(w.idNumberCipher);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone; the middle digits masked unless the user may see ID numbers.' })
  phone(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    if (!w.phone || ctx.access.can('worker:identity')) return w.phone ?? null;
    return w.phone.length > 7 ? `${w.phone.slice(0, 3)}****${w.phone.slice(-4)}` : '****';
  }

  @FieldResolver(() => Employer, { nullable: true, description: 'Current employer.' })
  employer(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    return employerOf(ctx, w, 'employer');
  }

  @FieldResolver(() => Employer, { nullable: true, description: 'The medical institution where a company places the worker.' })
  placedAt(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    return employerOf(ctx, w, 'placedAt');
  }

  @FieldResolver(() => [WorkerCertificate], { description: 'Certificates.' })
  certificates(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    return isWorkerEntity(w) ? w.certificates.load() : certificatesOf(ctx, w);
  }

  @FieldResolver(() => [WorkerEmployment], { description: 'Work history (从业经历).' })
  async employments(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const entity = await entityOf(ctx, w);
    return entity ? entity.employments.load() : [];
  }

  @FieldResolver(() => [WorkerTraining], { description: 'Trainings.' })
  async trainings(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const entity = await entityOf(ctx, w);
    return entity ? entity.trainings.load() : [];
  }

  @FieldResolver(() => [WorkerEvaluation], { description: 'Evaluations and inspections.' })
  async evaluations(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const entity = await entityOf(ctx, w);
    return entity ? entity.evaluations.load() : [];
  }

  @FieldResolver(() => [WorkerComplaint], { description: 'Complaints and penalties.' })
  async complaints(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const entity = await entityOf(ctx, w);
    return entity ? entity.complaints.load() : [];
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Holds a valid certificate for the current post today; null when the post needs none.',
  })
  certified(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    return thenOf(certificatesOf(ctx, w), (held) => WorkerService.certifiedToday(w, held, ctx.today));
  }

  @FieldResolver(() => Int, { description: 'Years in service (从业年限): whole years over all employment periods.' })
  async yearsInService(@Root() w: WorkerNode, @Ctx() ctx: AppContext) {
    const entity = await entityOf(ctx, w);
    let days = 0;
    for (const e of entity ? await entity.employments.load() : []) {
      const end = e.endsOn && e.endsOn < ctx.today ? e.endsOn : ctx.today;
      days += Math.max(0, (Date.parse(end) - Date.parse(e.startsOn)) / 86_400_000);
    }
    return Math.floor(days / 365.25);
  }

  @FieldResolver(() => Boolean, { description: 'May the signed-in user change this worker’s records?' })
  viewerCanModify(@Ctx() ctx: AppContext) {
    return ctx.access.can('worker:manage');
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, {
    description: 'Registers a worker, with certificates, health check and the first employment (持证上岗 checked).',
  })
  registerWorker(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RegisterWorkerInput, { description: 'The worker.' }) input: RegisterWorkerInput,
  ) {
    return service(ctx).register(input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Changes a worker (optimistic locking on version).' })
  updateWorker(@Ctx() ctx: AppContext, @Arg('input', () => UpdateWorkerInput, { description: 'The changes.' }) input: UpdateWorkerInput) {
    return service(ctx).update(input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Employs a worker in a post (持证上岗, health check, overlap and dishonesty list checked).' })
  employWorker(
    @Ctx() ctx: AppContext,
    @Arg('input', () => EmployWorkerInput, { description: 'The employment.' }) input: EmployWorkerInput,
  ) {
    return service(ctx).employ(input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Adds a certificate.' })
  addWorkerCertificate(
    @Ctx() ctx: AppContext,
    @Arg('workerId', () => ID, { description: 'The worker.' }) workerId: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('input', () => CertificateInput, { description: 'The certificate.' }) input: CertificateInput,
  ) {
    return service(ctx).addCertificate(workerId, version, input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Adds a training.' })
  addWorkerTraining(
    @Ctx() ctx: AppContext,
    @Arg('workerId', () => ID, { description: 'The worker.' }) workerId: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('input', () => TrainingInput, { description: 'The training.' }) input: TrainingInput,
  ) {
    return service(ctx).addTraining(workerId, version, input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Adds an evaluation or inspection.' })
  addWorkerEvaluation(
    @Ctx() ctx: AppContext,
    @Arg('workerId', () => ID, { description: 'The worker.' }) workerId: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('input', () => EvaluationInput, { description: 'The evaluation.' }) input: EvaluationInput,
  ) {
    return service(ctx).addEvaluation(workerId, version, input);
  }

  @Authorized<Action>('worker:manage')
  @Mutation(() => Worker, { description: 'Adds a complaint or penalty.' })
  addWorkerComplaint(
    @Ctx() ctx: AppContext,
    @Arg('workerId', () => ID, { description: 'The worker.' }) workerId: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
    @Arg('input', () => ComplaintInput, { description: 'The complaint.' }) input: ComplaintInput,
  ) {
    return service(ctx).addComplaint(workerId, version, input);
  }

  @Authorized<Action>('employer:manage')
  @Mutation(() => Employer, {
    description: 'Registers an employer (a registry facility or institution, or a company / training body by credit code).',
  })
  registerEmployer(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RegisterEmployerInput, { description: 'The employer.' }) input: RegisterEmployerInput,
  ) {
    return service(ctx).registerEmployer(input);
  }

  @Authorized<Action>('user:manage')
  @Mutation(() => Boolean, { description: 'Binds an EMPLOYER account to its one employer.' })
  bindEmployerAccount(
    @Ctx() ctx: AppContext,
    @Arg('userId', () => ID, { description: 'The account.' }) userId: string,
    @Arg('employerId', () => ID, { description: 'The employer.' }) employerId: string,
  ) {
    return service(ctx).bindAccount(userId, employerId);
  }

  @Authorized<Action>('dishonesty:import')
  @Mutation(() => Int, { description: 'Replaces the imported dishonesty list (all or nothing); returns the number of entries.' })
  importDishonestyList(
    @Ctx() ctx: AppContext,
    @Arg('entries', () => [DishonestPartyInput], { description: 'The entries of the published list.' }) entries: DishonestPartyInput[],
  ) {
    return service(ctx).importDishonestyList(entries);
  }
}

@Resolver(() => WorkerEmployment)
export class WorkerEmploymentResolver {
  @FieldResolver(() => Employer, { description: 'The employer.' })
  employer(@Root() e: WorkerEmployment) {
    return e.employer.load();
  }

  @FieldResolver(() => Employer, { nullable: true, description: 'The medical institution where a company placed the worker.' })
  placedAt(@Root() e: WorkerEmployment) {
    return e.placedAt ? e.placedAt.load() : null;
  }
}
