import { FACILITY_CHANGE_STATUSES, type FacilityChangeStatus } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertVersion, ConflictError, FieldErrors } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { decodePage, encodeCursor, type PageArgs } from '../../shared/pagination.js';
import { execSql } from '../../shared/sql.js';
import { cleanText, toId, toOptionalId } from '../../shared/validation.js';
import { nameEvent } from '../audit/audit-log.js';
import { SUBTREE_SQL } from '../divisions/division.service.js';
import type { WalkingDataCache } from '../network/walking-data.js';
import { ScenarioService } from '../scenarios/scenario.service.js';
import type { ScenarioChangeData } from '../scenarios/scenario.types.js';
import type { Access } from '../users/access.js';
import { walkingThreshold } from '../walking/threshold.js';
import { FacilityChange, type FieldDiffData } from './facility-change.entity.js';
import { diffStates, facilityState } from './facility-diff.js';
import type { CoverageEffect, ReviewEvent, ReviewItemData } from './facility-review.types.js';
import { ReviewItemType } from './facility-review.types.js';
import { Facility } from './facility.entity.js';
import { FacilityService, type FacilityUpdate } from './facility.service.js';

/** The events of a facility's review history (a change's approval is read from the change's own row). */
const HISTORY_EVENTS = [
  'FACILITY_CREATED',
  'FACILITY_IMPORTED',
  'FACILITY_SUBMITTED',
  'FACILITY_APPROVED',
  'FACILITY_REJECTED',
  'FACILITY_CLOSED',
  'FACILITY_RESTORED',
  'FACILITY_CHANGE_SUBMITTED',
  'FACILITY_CHANGE_APPROVED',
  'FACILITY_CHANGE_REJECTED',
];

/** Everything that waits for review, with when and by whom it was submitted (optionally within a division). */
const INBOX_SQL = (divisionFilter: string) => `
  select * from (select q.*, u.display_name as submitter_name from (
    select 'NEW' as type, f.id as facility_id, null::int as change_id, coalesce(s.at, f.updated_at) as at, s.username
    from facility f
    left join lateral (select at, username from audit_log a where a.entity = 'facility' and a.entity_id = f.id::text
      and a.event = 'FACILITY_SUBMITTED' order by a.id desc limit 1) s on true
    where f.status = 'SUBMITTED' and f.deleted_at is null ${divisionFilter}
    union all
    select 'CHANGE', c.facility_id, c.id, c.created_at, c.submitted_by
    from facility_change c join facility f on f.id = c.facility_id
    where c.status = 'PENDING' and f.deleted_at is null ${divisionFilter}
  ) q left join app_user u on u.username = q.username) r`;

/**
 * The review of what street offices submit: the district-wide inbox (new facilities and pending
 * changes of approved ones, with the diff against the last approved values and the effect on
 * coverage of approving each), the approval or rejection of a pending change, and each facility's
 * review history from the audit log.
 */
export class FacilityReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly access: Access,
    private readonly walking: WalkingDataCache | null = null,
  ) {}

  private divisionFilter(divisionId: unknown): { sql: string; params: unknown[] } {
    const id = toOptionalId(divisionId, 'divisionId', this.lang);
    return id == null ? { sql: '', params: [] } : { sql: `and f.division_id in ${SUBTREE_SQL}`, params: [id] };
  }

  /** Items waiting for review (`facility:review`), oldest first. */
  async inbox(
    page: PageArgs,
    divisionId?: unknown,
  ): Promise<{ totalCount: number; nodes: ReviewItemData[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> {
    this.access.assertCan('facility:review');
    // The cursor is the position in the inbox (it changes as items are reviewed; a reload starts over).
    const { limit, afterId: offset } = decodePage(page, this.lang);
    const where = this.divisionFilter(divisionId);
    const rows = await execSql<InboxRow[]>(this.em, `${INBOX_SQL(where.sql)} order by at, facility_id limit ? offset ?`, [
      ...where.params,
      ...where.params,
      limit + 1,
      offset,
    ]);
    const nodes = rows.slice(0, limit).map(itemOf);
    return {
      totalCount: await this.count(divisionId),
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(offset + nodes.length) : null },
    };
  }

  /** How many items wait for review (the 待审批 N of the navigation). */
  async count(divisionId?: unknown): Promise<number> {
    this.access.assertCan('facility:review');
    const where = this.divisionFilter(divisionId);
    const [{ n }] = await execSql<{ n: string }[]>(this.em, `select count(*) as n from (${INBOX_SQL(where.sql)}) c`, [
      ...where.params,
      ...where.params,
    ]);
    return Number(n);
  }

  /** One inbox item by id (`NEW:12`, `CHANGE:5`), as long as it still waits. */
  async item(id: string): Promise<ReviewItemData | null> {
    this.access.assertCan('facility:review');
    const m = /^(NEW|CHANGE):(\d{1,10})$/.exec(id);
    if (!m) return new FieldErrors(this.lang).add('id', 'review.badItem', { id: id.slice(0, 40) }).throwIfAny() as never;
    const column = m[1] === 'NEW' ? 'facility_id' : 'change_id';
    const [row] = await execSql<InboxRow[]>(this.em, `${INBOX_SQL('')} where type = ? and ${column} = ?`, [m[1], Number(m[2])]);
    return row ? itemOf(row) : null;
  }

  /** What an item changes against the last approved values (for a new facility: every value given). */
  async diff(item: ReviewItemData): Promise<FieldDiffData[]> {
    if (item.changeId != null) return (await this.em.findOneOrFail(FacilityChange, item.changeId)).diff;
    const f = await this.em.findOneOrFail(Facility, item.facilityId);
    return diffStates(null, await facilityState(this.em, f));
  }

  /**
   * The effect on walking coverage of approving the item: the scenario comparison (the scenarios
   * module's service) of the registry with the new facility added, or the approved one moved (or
   * replaced, when its kind changes). Null when approving it changes no place or kind, so coverage
   * stays as it is. Kept for the data revision (and the facility's version and the proposed
   * change), so an inbox opened again, or by a second reviewer, answers at once.
   */
  async coverageEffect(item: ReviewItemData, signal?: AbortSignal): Promise<CoverageEffect | null> {
    const f = await this.em.findOneOrFail(Facility, item.facilityId);
    const data = await this.walking!.current();
    const key = `review-effect:${item.type}:${f.id}:${f.version}:${item.changeId ?? ''}`;
    return this.walking!.perRevision(data, key, () => this.effectOf(item, f, signal));
  }

  private async effectOf(item: ReviewItemData, f: Facility, signal?: AbortSignal): Promise<CoverageEffect | null> {
    let changes: ScenarioChangeData[];
    if (item.type === ReviewItemType.NEW) {
      changes = [{ action: 'ADD', facilityId: null, kind: f.kind, name: f.name, location: pointOf(f.location.coordinates) }];
    } else {
      const diff = await this.diff(item);
      const at = (field: string) => diff.find((d) => d.field === field)?.after;
      const location = at('location') as { coordinates: [number, number] } | undefined;
      const kind = at('kind') as Facility['kind'] | undefined;
      if (!location && !kind) return null;
      const where = pointOf((location ?? f.location).coordinates as [number, number]);
      changes = kind
        ? [
            { action: 'CLOSE', facilityId: f.id, kind: null, name: null, location: null },
            { action: 'ADD', facilityId: null, kind, name: f.name, location: where },
          ]
        : [{ action: 'MOVE', facilityId: f.id, kind: null, name: null, location: where }];
    }
    const th = walkingThreshold(this.lang, null, null);
    const cmp = await new ScenarioService(this.em, this.walking!, this.lang).compare(changes, null, th, signal);
    return {
      groups: cmp.baseline.groups.map((b) => {
        const areas = cmp.changedAreas.filter((a) => a.group === b.group);
        return {
          group: b.group,
          coveredBefore: b.coveredOlder,
          coveredAfter: cmp.scenario.groups.find((g) => g.group === b.group)?.coveredOlder ?? b.coveredOlder,
          newlyCovered: areas.filter((a) => a.coveredAfter && !a.coveredBefore).reduce((s, a) => s + a.older, 0),
          noLongerCovered: areas.filter((a) => a.coveredBefore && !a.coveredAfter).reduce((s, a) => s + a.older, 0),
        };
      }),
      completeCirclesBefore: cmp.baseline.completeCircles,
      completeCirclesAfter: cmp.scenario.completeCircles,
      changedAreas: new Set(cmp.changedAreas.map((a) => a.residentialAreaId)).size,
      meters: th.meters,
    };
  }

  /**
   * Approves a pending change: its values are applied to the facility (checked again as an edit;
   * nothing is written when a check fails), logged FACILITY_CHANGE_APPROVED on the facility and on the
   * change. A facility changed since the request is a CONFLICT (reject it and have it made again).
   */
  async approveChange(idArg: unknown, version: number): Promise<FacilityChange> {
    this.access.assertCan('facility:review');
    return this.em.transactional(async (em) => {
      const change = await this.pending(em, idArg, version);
      const facility = await em.findOneOrFail(Facility, change.facility.id);
      await this.access.assertPerformAction(em, { action: 'facility:review', location: facility.location });
      if (facility.version !== change.baseVersion) {
        const message = t(this.lang, 'workflow.changeStale', { base: change.baseVersion, current: facility.version });
        throw new ConflictError(message, [{ field: 'id', message }]);
      }
      const errors = new FieldErrors(this.lang);
      await new FacilityService(em, this.lang, this.access).applyUpdate(em, facility, change.input as FacilityUpdate, errors);
      errors.throwIfAny();
      change.status = 'APPROVED';
      change.reviewedBy = this.access.user?.username ?? null;
      change.reviewedAt = new Date();
      nameEvent(facility, 'FACILITY_CHANGE_APPROVED');
      nameEvent(change, 'FACILITY_CHANGE_APPROVED');
      await em.flush();
      return change;
    });
  }

  /** Rejects a pending change with a reason; the facility keeps its approved values. Logged FACILITY_CHANGE_REJECTED. */
  async rejectChange(idArg: unknown, version: number, reason: string): Promise<FacilityChange> {
    this.access.assertCan('facility:review');
    return this.em.transactional(async (em) => {
      const change = await this.pending(em, idArg, version);
      const facility = await em.findOneOrFail(Facility, change.facility.id);
      await this.access.assertPerformAction(em, { action: 'facility:review', location: facility.location });
      const errors = new FieldErrors(this.lang);
      const why = cleanText(errors, 'reason', reason, { max: 500, required: true });
      errors.throwIfAny();
      change.status = 'REJECTED';
      change.reason = why;
      change.reviewedBy = this.access.user?.username ?? null;
      change.reviewedAt = new Date();
      nameEvent(change, 'FACILITY_CHANGE_REJECTED');
      await em.flush();
      return change;
    });
  }

  private async pending(em: EntityManager, idArg: unknown, version: number): Promise<FacilityChange> {
    const change = await em.findOneOrFail(FacilityChange, toId(idArg, 'id', this.lang));
    assertVersion(this.lang, change.version, version);
    if (change.status !== 'PENDING') {
      new FieldErrors(this.lang)
        .add('id', 'workflow.changeState', { status: FACILITY_CHANGE_STATUSES[change.status as FacilityChangeStatus].label[this.lang] })
        .throwIfAny();
    }
    return change;
  }

  /**
   * The review history of a facility from the audit log: created or imported, each submission,
   * approval, rejection (with the reviewer's reason), closing, and each change with its outcome.
   */
  async history(facilityId: number): Promise<ReviewEvent[]> {
    const rows = await execSql<{ at: string; username: string | null; event: string; entity: string; after: unknown }[]>(
      this.em,
      `select at, username, event, entity, after from audit_log
       where ((entity = 'facility' and entity_id = ? and event <> 'FACILITY_CHANGE_APPROVED')
         or (entity = 'facility_change' and entity_id in (select id::text from facility_change where facility_id = ?)))
         and event = any(?::text[])
       order by id`,
      [String(facilityId), facilityId, `{${HISTORY_EVENTS.join(',')}}`],
    );
    return rows.map((r) => {
      const after = (typeof r.after === 'string' ? JSON.parse(r.after) : r.after) as Record<string, unknown> | null;
      const isChange = r.entity === 'facility_change';
      const note = isChange ? (r.event === 'FACILITY_CHANGE_REJECTED' ? after?.reason : after?.comment) : after?.statusReason;
      return {
        at: new Date(r.at),
        event: r.event,
        username: r.username,
        note: r.event === 'FACILITY_SUBMITTED' || r.event === 'FACILITY_APPROVED' ? null : ((note as string | null | undefined) ?? null),
        fields: isChange ? diffOf(after?.diff).map((d) => d.field) : [],
      };
    });
  }
}

/** A change's diff as its audit snapshot holds it (a JSON column may come back as text). */
function diffOf(value: unknown): FieldDiffData[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? (parsed as FieldDiffData[]) : [];
}

const pointOf = (c: number[]): ScenarioChangeData['location'] => ({ type: 'Point', coordinates: [c[0], c[1]] });

/** A row of the inbox query. */
interface InboxRow {
  type: string;
  facility_id: number;
  change_id: number | null;
  at: string;
  username: string | null;
  submitter_name: string | null;
}

function itemOf(r: InboxRow): ReviewItemData {
  const type = r.type === 'NEW' ? ReviewItemType.NEW : ReviewItemType.CHANGE;
  const changeId = r.change_id == null ? null : Number(r.change_id);
  return {
    id: type === ReviewItemType.NEW ? `NEW:${r.facility_id}` : `CHANGE:${changeId}`,
    type,
    facilityId: Number(r.facility_id),
    changeId,
    submittedAt: new Date(r.at),
    submittedBy: r.username,
    submitterName: r.submitter_name,
  };
}
