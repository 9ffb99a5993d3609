import { CARE_CERTIFICATES, CERTIFICATION_RATE_POST, COVERAGE_GROUPS, TARGETS, WORKER_POSTS, WORKER_POST_LIST } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NotFoundError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { execSql } from '../../shared/sql.js';
import { addDays } from '../agreements/care-agreement.entity.js';
import { SUBTREE_SQL } from '../divisions/division.service.js';
import { Facility } from '../facilities/facility.entity.js';
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
  @Field(() => Facility, { description: 'The station or centre.' }) facility!: Facility;
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
 * The workforce indicators: one statement over the employed workers of the division (a worker
 * belongs to the division of the employer it is placed at, else of its employer; service companies
 * have no division and count at district level only).
 */
export class FiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly today: string,
  ) {}

  async figures(divisionId: number | null): Promise<WorkforceFigures> {
    const [division] = divisionId
      ? await execSql<{ id: number; name: string; older: number }[]>(
          this.em,
          `select id, name, older_population as older from division where id = ?`,
          [divisionId],
        )
      : await execSql<{ id: number; name: string; older: number }[]>(
          this.em,
          `select id, name, older_population as older from division where parent_id is null order by id limit 1`,
        );
    if (divisionId && !division)
      throw new NotFoundError(t(this.lang, 'notFound', { entity: t(this.lang, 'entity.division'), id: divisionId }));
    const inDivision = divisionId ? `and coalesce(p.division_id, e.division_id) in ${SUBTREE_SQL}` : '';
    const dp = divisionId ? [divisionId] : [];
    const valid = (kinds: readonly string[]) =>
      `exists (select 1 from worker_certificate c where c.worker_id = w.id and c.kind in (${list(kinds)}) and c.issued_on <= '${this.today}'::date and (c.valid_until is null or c.valid_until >= '${this.today}'::date))`;
    const postCertified = `(case ${CERTIFIED_POSTS.map((p) => `when w.post = '${p}' then ${valid(WORKER_POSTS[p].certificates)}`).join(' ')} else true end)`;
    const year = this.today.slice(0, 4);
    const plan = TARGETS.yubeiTrainingPlanYear;
    const [row] = await execSql<Record<string, string | number | null>[]>(
      this.em,
      `with w as (select w.*, e.kind as employer_kind, p.kind as placed_kind from worker w join employer e on e.id = w.employer_id
           left join employer p on p.id = w.placed_at_id
           where w.deleted_at is null and w.post is not null ${inDivision})
       select
         count(*) filter (where w.post = '${CERTIFICATION_RATE_POST}') as care,
         count(*) filter (where w.post = '${CERTIFICATION_RATE_POST}' and ${valid(WORKER_POSTS[CERTIFICATION_RATE_POST].certificates)}) as certified,
         count(*) filter (where w.post = 'SOCIAL_WORKER') as social,
         count(*) filter (where w.post in (${list(CARE_POSTS)}) and 'MEDICAL_INSTITUTION' in (w.employer_kind, coalesce(w.placed_kind, ''))) as hospital,
         count(*) filter (where w.post in (${list(CARE_POSTS)}) and 'MEDICAL_INSTITUTION' in (w.employer_kind, coalesce(w.placed_kind, ''))
           and ${valid(CARE_CERTIFICATES)}) as hospital_certified,
         count(*) filter (where not ${postCertified}) as uncertified,
         (select count(*) from worker_certificate c where c.worker_id in (select id from w) and c.valid_until between '${this.today}'::date and '${addDays(this.today, TARGETS.certificateExpiringDays)}'::date) as expiring,
         (select count(*) from worker_training t where t.worker_id in (select id from w) and t.held_on between '${year}-01-01' and '${year}-12-31') as trainings,
         (select count(distinct t.worker_id) from worker_training t join w on w.id = t.worker_id where w.post in (${list(CARE_POSTS)}) and t.held_on between '${plan}-01-01' and '${plan}-12-31') as plan_care,
         (select count(distinct t.worker_id) from worker_training t join w on w.id = t.worker_id where w.post = 'DIRECTOR' and t.held_on between '${plan}-01-01' and '${plan}-12-31') as plan_directors,
         (select coalesce(sum(t.hours), 0) from worker_training t where t.worker_id in (select id from w) and t.held_on between '${year}-01-01' and '${year}-12-31') as hours,
         (select coalesce(json_agg(json_build_object('level', l.skill_level, 'workers', l.n)), '[]') from (select skill_level, count(*) as n from w group by skill_level order by skill_level) l) as levels,
         (select coalesce(json_agg(json_build_object('stars', s.stars, 'workers', s.n)), '[]') from (select stars, count(*) as n from w group by stars order by stars) s) as stars
       from w`,
      dp,
    );
    const [beds] = await execSql<{ beds: string }[]>(
      this.em,
      `select coalesce(sum(capacity_beds), 0) as beds from facility f where f.kind = 'CARE_INSTITUTION' and f.status = 'APPROVED' and f.deleted_at is null
        ${divisionId ? `and f.division_id in ${SUBTREE_SQL}` : ''}`,
      dp,
    );
    const n = (k: string) => Number(row?.[k] ?? 0);
    const older = Number(division?.older ?? 0);
    const bedCount = Number(beds.beds);
    const social = n('social');
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as never[];
    return {
      divisionId: divisionId ? String(divisionId) : null,
      divisionName: division?.name ?? '',
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
      careWorkersTrainingPlan: divisionId ? 0 : TARGETS.yubeiCareWorkersTrained2025,
      directorsTrainingPlan: divisionId ? 0 : TARGETS.yubeiDirectorsTrained2025,
      skillLevels: parse(row?.levels ?? '[]'),
      stars: parse(row?.stars ?? '[]'),
    };
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
    const facilities = new Map((await this.em.find(Facility, { id: { $in: rows.map((r) => r.id) } })).map((f) => [f.id, f]));
    return rows.map((r) => ({ facility: facilities.get(r.id)!, careWorkers: Number(r.care), certifiedCareWorkers: Number(r.certified) }));
  }

  /** The figures of every street/town below a division (the district's when none is given). */
  async children(divisionId: number | null): Promise<WorkforceFigures[]> {
    const rows = await execSql<{ id: number }[]>(
      this.em,
      divisionId
        ? `select id from division where parent_id = ? order by code`
        : `select id from division where parent_id = (select id from division where parent_id is null order by id limit 1) order by code`,
      divisionId ? [divisionId] : [],
    );
    const out: WorkforceFigures[] = [];
    for (const r of rows) out.push(await this.figures(r.id));
    return out;
  }
}
