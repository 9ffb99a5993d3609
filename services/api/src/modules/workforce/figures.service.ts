import { CARE_CERTIFICATES, CERTIFICATION_RATE_POST, COVERAGE_GROUPS, TARGETS, WORKER_POSTS, WORKER_POST_LIST } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NotFoundError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import { addDays } from '../agreements/care-agreement.entity.js';
import { inSubtreeSql, SUBTREE_SQL } from '../divisions/division.service.js';
import { Facility } from '../facilities/facility.entity.js';
import { facilityRowsById, type FacilityNode } from '../facilities/facility.rows.js';
import { CARE_POSTS, staffedSql } from './staffing.js';
import { SkillLevel } from './workforce.enums.js';

@ObjectType({ description: 'Workers at one skill level.' })
export class SkillLevelCount {
  @Field(() => SkillLevel, { nullable: true, description: 'The level; null: not assessed.' }) level!: SkillLevel | null;
  @Field(() => Int, { description: 'Workers.' }) workers!: number;
}

@ObjectType({ description: 'Workers with a star rating.' })
export class StarCount {
  @Field(() => Int, { nullable: true, description: 'Stars; null: not rated.' }) stars!: number | null;
  @Field(() => Int, { description: 'Workers.' }) workers!: number;
}

@ObjectType({ description: 'A station or centre and its care workers (the staffing alert).' })
export class StationStaffing {
  @Field(() => Facility, { description: 'The station or centre.' }) facility!: FacilityNode;
  @Field(() => Int, { description: 'Care workers employed there (any care post).' }) careWorkers!: number;
  @Field(() => Int, { description: 'Of them, holding a valid certificate for their post today.' }) certifiedCareWorkers!: number;
}

@ObjectType({ description: 'Workforce indicators of a division (the district when none is given), against the plan targets.' })
export class WorkforceFigures {
  @Field(() => ID, { nullable: true, description: 'The division; null: the whole district.' }) divisionId!: string | null;
  @Field({ description: 'Name of the division.' }) divisionName!: string;
  @Field(() => Int, { description: 'Employed 养老护理员 (elderly-care workers).' }) careWorkers!: number;
  @Field(() => Int, { description: 'Of them, holding a valid 养老护理员 certificate today.' }) certifiedCareWorkers!: number;
  @Field(() => Float, { description: 'certifiedCareWorkers / careWorkers, 0–1 (0 when there are none).' }) certificationRate!: number;
  @Field(() => Float, { description: 'Target certification rate (≥ 0.6 by 2027).' }) certificationRateTarget!: number;
  @Field(() => Int, { description: 'Employed social workers (社会工作者).' }) socialWorkers!: number;
  @Field(() => Int, { description: 'Older residents of the division (the registry’s population).' }) olderResidents!: number;
  @Field(() => Int, { description: 'Beds of the approved care institutions in the division.' }) institutionBeds!: number;
  @Field(() => Float, { nullable: true, description: 'Social workers per 1,000 older residents (target 1); null without older residents.' })
  socialWorkersPerThousandOlder!: number | null;
  @Field(() => Float, { nullable: true, description: 'Social workers per 100 institution beds (target 1); null without beds.' })
  socialWorkersPerHundredBeds!: number | null;
  @Field(() => Int, { description: 'Care workers (any care post) working in medical institutions, employed or placed there.' })
  hospitalCareWorkers!: number;
  @Field(() => Int, { description: 'Of them, holding a valid 医疗护理员 or 养老护理员 certificate.' })
  hospitalCareWorkersCertified!: number;
  @Field(() => Int, { description: 'Employed workers whose post needs a certificate and who hold no valid one (alerts).' })
  uncertifiedOnPost!: number;
  @Field(() => Int, { description: 'Certificates of employed workers expiring within 90 days.' }) certificatesExpiring!: number;
  @Field(() => Int, { description: 'Trainings (person-times) this calendar year.' }) trainingsThisYear!: number;
  @Field(() => Float, { description: 'Training hours this calendar year.' }) trainingHoursThisYear!: number;
  @Field(() => Int, { description: 'The year of the district’s training plan.' }) trainingPlanYear!: number;
  @Field(() => Int, { description: 'Care workers (any care post) trained in the plan year.' }) careWorkersTrainedInPlanYear!: number;
  @Field(() => Int, { description: 'Directors trained in the plan year.' }) directorsTrainedInPlanYear!: number;
  @Field(() => Int, { description: 'The plan: care workers to train in the plan year (the district’s; 0 for a street/town).' })
  careWorkersTrainingPlan!: number;
  @Field(() => Int, { description: 'The plan: directors to train in the plan year (the district’s; 0 for a street/town).' })
  directorsTrainingPlan!: number;
  @Field(() => [SkillLevelCount], { description: 'Employed workers by skill level.' }) skillLevels!: SkillLevelCount[];
  @Field(() => [StarCount], { description: 'Employed workers by stars.' }) stars!: StarCount[];
}

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
const CERTIFIED_POSTS = WORKER_POST_LIST.filter((p) => WORKER_POSTS[p].certificates.length);

/**
 * Whose figures: the whole district (every employed worker, service companies without a division
 * included), or each of some divisions (`groups`: SQL selecting `id, name, older_population, path,
 * code` of the divisions, with its parameters), each with its whole subtree.
 */
type FiguresScope = { district: true } | { district: false; groups: string; params: unknown[] };

/** SQL: the district's division (the root). */
const ROOT_SQL = `select id from division where parent_id is null order by id limit 1`;

/** The columns `figuresOf` reads per division. */
interface FiguresRow {
  id: number;
  name: string | null;
  older: number | null;
  care: string;
  certified: string;
  social: string;
  hospital: string;
  hospital_certified: string;
  uncertified: string;
  expiring: string;
  trainings: string;
  hours: number | string;
  plan_care: string;
  plan_directors: string;
  beds: string;
  levels: unknown;
  stars: unknown;
}

/**
 * The workforce indicators: one statement over the employed workers of the division (a worker
 * belongs to the division of the employer it is placed at, else of its employer; service companies
 * have no division and count at district level only) — or of several divisions at once, one row
 * each, by the same rules.
 */
export class FiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly today: string,
  ) {}

  async figures(divisionId: number | null): Promise<WorkforceFigures> {
    const scope: FiguresScope = divisionId
      ? { district: false, groups: `select id, name, older_population, path, code from division where id = ?`, params: [divisionId] }
      : { district: true };
    const [figures] = await this.figuresOf(scope);
    if (!figures) throw new NotFoundError(t(this.lang, 'notFound', { entity: t(this.lang, 'entity.division'), id: divisionId! }));
    return figures;
  }

  /**
   * The figures of each division of the scope, in the order of their codes: one statement,
   * grouped by division. Each division counts its whole subtree.
   */
  private async figuresOf(scope: FiguresScope): Promise<WorkforceFigures[]> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.today)) throw new Error(`not a date: ${this.today}`);
    const today = `'${this.today}'::date`;
    const valid = (kinds: readonly string[]) =>
      `exists (select 1 from worker_certificate c where c.worker_id = w.id and c.kind in (${list(kinds)}) and c.issued_on <= ${today} and (c.valid_until is null or c.valid_until >= ${today}))`;
    const postCertified = `(case ${CERTIFIED_POSTS.map((p) => `when w.post = '${p}' then ${valid(WORKER_POSTS[p].certificates)}`).join(' ')} else true end)`;
    const hospital = `w.post in (${list(CARE_POSTS)}) and 'MEDICAL_INSTITUTION' in (w.employer_kind, coalesce(w.placed_kind, ''))`;
    const year = this.today.slice(0, 4);
    const plan = TARGETS.yubeiTrainingPlanYear;
    const thisYear = `t.held_on between '${year}-01-01' and '${year}-12-31'`;
    const planYear = `t.held_on between '${plan}-01-01' and '${plan}-12-31'`;
    // The divisions (`g.grp`) and what belongs to each: a worker by its (placed-at, else own)
    // employer's division, a facility by its division, each in the division's subtree.
    const groups = scope.district
      ? `select 0 as grp, r.name, r.older_population, null::text as code from (values (0)) as one (x)
           left join (select name, older_population from division where id = (${ROOT_SQL})) r on true`
      : `select d.id as grp, d.name, d.older_population, d.path, d.code from (${scope.groups}) d`;
    const within = (division: string, alias: string) =>
      scope.district ? `cross join g` : `join division ${alias} on ${alias}.id = ${division} join g on ${inSubtreeSql(alias, 'g.path')}`;
    // Each figure is aggregated once (materialized) and joined to its division: without table
    // statistics the planner would otherwise rescan an inlined aggregate for every division.
    const rows = await execSql<FiguresRow[]>(
      this.em,
      `with g as (${groups}),
       w as (select g.grp, w.id, w.post, w.skill_level, w.stars, e.kind as employer_kind, p.kind as placed_kind
           from worker w join employer e on e.id = w.employer_id
           left join employer p on p.id = w.placed_at_id
           ${within('coalesce(p.division_id, e.division_id)', 'wd')}
           where w.deleted_at is null and w.post is not null),
       counts as materialized (select w.grp,
           count(*) filter (where w.post = '${CERTIFICATION_RATE_POST}') as care,
           count(*) filter (where w.post = '${CERTIFICATION_RATE_POST}' and ${valid(WORKER_POSTS[CERTIFICATION_RATE_POST].certificates)}) as certified,
           count(*) filter (where w.post = 'SOCIAL_WORKER') as social,
           count(*) filter (where ${hospital}) as hospital,
           count(*) filter (where ${hospital} and ${valid(CARE_CERTIFICATES)}) as hospital_certified,
           count(*) filter (where not ${postCertified}) as uncertified
         from w group by w.grp),
       expiring as materialized (select w.grp, count(*) as expiring from w join worker_certificate c on c.worker_id = w.id
         where c.valid_until between ${today} and '${addDays(this.today, TARGETS.certificateExpiringDays)}'::date group by w.grp),
       trainings as materialized (select w.grp,
           count(*) filter (where ${thisYear}) as trainings,
           sum(t.hours) filter (where ${thisYear}) as hours,
           count(distinct t.worker_id) filter (where w.post in (${list(CARE_POSTS)}) and ${planYear}) as plan_care,
           count(distinct t.worker_id) filter (where w.post = 'DIRECTOR' and ${planYear}) as plan_directors
         from w join worker_training t on t.worker_id = w.id group by w.grp),
       levels as materialized (select l.grp, json_agg(json_build_object('level', l.skill_level, 'workers', l.n) order by l.skill_level) as levels
         from (select grp, skill_level, count(*) as n from w group by grp, skill_level) l group by l.grp),
       stars as materialized (select s.grp, json_agg(json_build_object('stars', s.stars, 'workers', s.n) order by s.stars) as stars
         from (select grp, stars, count(*) as n from w group by grp, stars) s group by s.grp),
       beds as materialized (select g.grp, sum(f.capacity_beds) as beds from facility f ${within('f.division_id', 'fd')}
         where f.kind = 'CARE_INSTITUTION' and f.status = 'APPROVED' and f.deleted_at is null group by g.grp)
       select g.grp as id, g.name, g.older_population as older,
         coalesce(counts.care, 0) as care, coalesce(counts.certified, 0) as certified, coalesce(counts.social, 0) as social,
         coalesce(counts.hospital, 0) as hospital, coalesce(counts.hospital_certified, 0) as hospital_certified,
         coalesce(counts.uncertified, 0) as uncertified, coalesce(expiring.expiring, 0) as expiring,
         coalesce(trainings.trainings, 0) as trainings, coalesce(trainings.hours, 0) as hours,
         coalesce(trainings.plan_care, 0) as plan_care, coalesce(trainings.plan_directors, 0) as plan_directors,
         coalesce(beds.beds, 0) as beds, coalesce(levels.levels, '[]') as levels, coalesce(stars.stars, '[]') as stars
       from g left join counts using (grp) left join expiring using (grp) left join trainings using (grp)
         left join levels using (grp) left join stars using (grp) left join beds using (grp)
       order by g.code`,
      scope.district ? [] : scope.params,
    );
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as never[];
    return rows.map((row) => {
      const n = (k: keyof FiguresRow) => Number(row[k] ?? 0);
      const older = n('older');
      const bedCount = n('beds');
      const social = n('social');
      return {
        divisionId: scope.district ? null : String(row.id),
        divisionName: row.name ?? '',
        careWorkers: n('care'),
        certifiedCareWorkers: n('certified'),
        certificationRate: n('care') ? n('certified') / n('care') : 0,
        certificationRateTarget: TARGETS.certifiedCareWorkerShare,
        socialWorkers: social,
        olderResidents: older,
        institutionBeds: bedCount,
        socialWorkersPerThousandOlder: older ? (social / older) * 1000 : null,
        socialWorkersPerHundredBeds: bedCount ? (social / bedCount) * 100 : null,
        hospitalCareWorkers: n('hospital'),
        hospitalCareWorkersCertified: n('hospital_certified'),
        uncertifiedOnPost: n('uncertified'),
        certificatesExpiring: n('expiring'),
        trainingsThisYear: n('trainings'),
        trainingHoursThisYear: n('hours'),
        trainingPlanYear: plan,
        careWorkersTrainedInPlanYear: n('plan_care'),
        directorsTrainedInPlanYear: n('plan_directors'),
        careWorkersTrainingPlan: scope.district ? TARGETS.yubeiCareWorkersTrained2025 : 0,
        directorsTrainingPlan: scope.district ? TARGETS.yubeiDirectorsTrained2025 : 0,
        skillLevels: parse(row.levels),
        stars: parse(row.stars),
      };
    });
  }

  /**
   * Approved stations and centres (kinds of STATION_OR_CENTER) in a division that are not staffed
   * today (see `staffedSql`: no care worker employed there holding a valid certificate for the
   * post), with how many care workers they have.
   */
  async stationsWithoutCertifiedCareWorker(divisionId: number | null): Promise<StationStaffing[]> {
    const kinds = COVERAGE_GROUPS.STATION_OR_CENTER.kinds;
    const valid = (certs: readonly string[]) =>
      `exists (select 1 from worker_certificate c where c.worker_id = w.id and c.kind in (${list(certs)}) and c.issued_on <= '${this.today}'::date and (c.valid_until is null or c.valid_until >= '${this.today}'::date))`;
    const postCertified = `(case ${CARE_POSTS.map((p) => `when w.post = '${p}' then ${valid(WORKER_POSTS[p].certificates)}`).join(' ')} else false end)`;
    const rows = await execSql<{ id: number; care: string; certified: string }[]>(
      this.em,
      `select f.id, count(w.id) as care, count(w.id) filter (where ${postCertified}) as certified
         from facility f
         left join employer e on e.facility_id = f.id
         left join worker w on w.employer_id = e.id and w.deleted_at is null and w.post in (${list(CARE_POSTS)})
        where f.kind in (${list(kinds)}) and f.status = 'APPROVED' and f.deleted_at is null and not ${staffedSql('f', this.today)}
          ${divisionId ? `and f.division_id in ${SUBTREE_SQL}` : ''}
        group by f.id
        order by f.id`,
      divisionId ? [divisionId] : [],
    );
    const facilities = await facilityRowsById(
      this.em,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ facility: facilities.get(r.id)!, careWorkers: Number(r.care), certifiedCareWorkers: Number(r.certified) }));
  }

  /** The figures of every street/town below a division (the district's when none is given), in one statement. */
  children(divisionId: number | null): Promise<WorkforceFigures[]> {
    return this.figuresOf({
      district: false,
      groups: `select id, name, older_population, path, code from division where parent_id = ${divisionId ? '?' : `(${ROOT_SQL})`}`,
      params: divisionId ? [divisionId] : [],
    });
  }
}
