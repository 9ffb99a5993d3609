import { CoverageGroup, groupKinds, SEARCH_GROUPS } from '@carecircle/domain';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { assertVersion, FieldErrors, notFound, UserInputError } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { validLonLat } from '../../shared/scalars.js';
import { cleanText, toId, toOptionalId } from '../../shared/validation.js';
import { summarize, type Distances } from '../coverage/coverage-summary.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { COVERAGE_WALK_PROFILE, type WalkProfile } from '../network/network.enums.js';
import { Facility } from '../facilities/facility.entity.js';
import type { SiteChange, WalkingDataCache } from '../network/walking-data.js';
import type { Threshold } from '../walking/threshold.js';
import { Scenario } from './scenario.entity.js';
import type { ScenarioChangeInput } from './scenario.inputs.js';
import type { Division } from '../divisions/division.entity.js';
import type { WalkingData } from '../network/walking-data.js';
import type { AreaChange, ScenarioChangeData, ScenarioComparison, ScenarioDivisionChange } from './scenario.types.js';

const MAX_CHANGES = 200;

/** What-if scenarios: facilities added, moved or closed, compared with the registry and kept apart from it. */
export class ScenarioService {
  constructor(
    private readonly em: EntityManager,
    private readonly walking: WalkingDataCache,
    private readonly lang: Lang,
  ) {}

  /** Saved scenarios, newest first. */
  list(): Promise<Scenario[]> {
    return this.em.find(Scenario, {}, { orderBy: { id: 'desc' }, limit: 500 });
  }

  /** The changes of a saved scenario. */
  async savedChanges(scenarioId: unknown): Promise<ScenarioChangeData[]> {
    const id = toId(scenarioId, 'scenarioId', this.lang);
    const saved = await this.em.findOne(Scenario, { id });
    if (!saved) throw notFound(this.lang, 'scenario', id);
    return saved.changes;
  }

  /** Validates the changes and saves them under a new name (the registry is not changed). */
  async save(name: string, changes: ScenarioChangeInput[], description: string | null): Promise<Scenario> {
    const checked = await this.checkChanges(changes);
    return this.uniqueName(name, () =>
      this.em.transactional(async (em) => {
        const fields = await this.checkFields(em, name, description, null);
        const scenario = em.create(Scenario, { ...fields, changes: checked });
        await em.flush();
        return scenario;
      }),
    );
  }

  /** Saves a reopened scenario again: its name, notes and changes, at the version the client read. */
  async update(
    scenarioId: unknown,
    version: number,
    name: string,
    changes: ScenarioChangeInput[],
    description: string | null,
  ): Promise<Scenario> {
    const id = toId(scenarioId, 'id', this.lang);
    const checked = await this.checkChanges(changes);
    return this.uniqueName(name, () =>
      this.em.transactional(async (em) => {
        const scenario = await em.findOne(Scenario, { id });
        if (!scenario) throw notFound(this.lang, 'scenario', id);
        assertVersion(this.lang, scenario.version, version);
        const fields = await this.checkFields(em, name, description, id);
        em.assign(scenario, { ...fields, changes: checked });
        await em.flush();
        return scenario;
      }),
    );
  }

  /** A name taken by a concurrent save between the check and the commit: the same field error. */
  private async uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      throw new UserInputError(t(this.lang, 'invalidInput'), [
        { field: 'name', message: t(this.lang, 'field.duplicateScenario', { name: name.trim() }) },
      ]);
    }
  }

  /** The name (required, unique among saved scenarios) and the notes, or every field error at once. */
  private async checkFields(em: EntityManager, name: string, description: string | null, self: number | null) {
    const errors = new FieldErrors(this.lang);
    const cleanName = cleanText(errors, 'name', name, { max: 200, required: true });
    const notes = cleanText(errors, 'description', description, { max: 2000 });
    if (cleanName && !errors.has('name') && (await em.count(Scenario, { name: cleanName, ...(self != null ? { id: { $ne: self } } : {}) })))
      errors.add('name', 'field.duplicateScenario', { name: cleanName });
    errors.throwIfAny();
    return { name: cleanName!, description: notes ?? null };
  }

  /** Deletes a saved scenario at the version the client read. */
  async remove(scenarioId: unknown, version: number): Promise<boolean> {
    const id = toId(scenarioId, 'id', this.lang);
    return this.em.transactional(async (em) => {
      const scenario = await em.findOne(Scenario, { id });
      if (!scenario) throw notFound(this.lang, 'scenario', id);
      assertVersion(this.lang, scenario.version, version);
      em.remove(scenario);
      await em.flush();
      return true;
    });
  }

  /** Validates scenario changes against the registry. */
  async checkChanges(changes: ScenarioChangeInput[]): Promise<ScenarioChangeData[]> {
    const errors = new FieldErrors(this.lang);
    if (changes.length > MAX_CHANGES) errors.add('changes', 'field.tooLarge', { max: MAX_CHANGES });
    const out: ScenarioChangeData[] = [];
    for (const [i, c] of changes.entries()) {
      const field = `changes.${i}`;
      if (!['ADD', 'MOVE', 'CLOSE'].includes(c.action)) {
        errors.add(`${field}.action`, 'field.scenarioAction');
        continue;
      }
      const facilityId = c.action === 'ADD' ? null : toOptionalId(c.facilityId, `${field}.facilityId`, this.lang);
      if (c.action !== 'ADD') {
        if (facilityId == null) errors.add(`${field}.facilityId`, 'field.required');
        else if (!(await this.em.count(Facility, { id: facilityId, deletedAt: null })))
          errors.add(`${field}.facilityId`, 'field.unknownFacility', { id: facilityId });
      }
      if (c.action === 'ADD' && !c.kind) errors.add(`${field}.kind`, 'field.required');
      let location: ScenarioChangeData['location'] = null;
      if (c.action !== 'CLOSE') {
        if (!c.location) errors.add(`${field}.location`, 'field.required');
        else if (!validLonLat(c.location)) errors.add(`${field}.location`, 'field.coordinates');
        else location = { type: 'Point', coordinates: [c.location.lon, c.location.lat] };
      }
      out.push({
        action: c.action,
        facilityId,
        kind: c.action === 'ADD' ? (c.kind ?? null) : null,
        name: c.name?.trim().slice(0, 200) || null,
        location,
      });
    }
    errors.throwIfAny();
    return out;
  }

  /** The registry with a scenario applied, compared with the registry as it is. */
  async compare(
    changes: ScenarioChangeData[],
    divisionId: number | null,
    th: Threshold,
    signal?: AbortSignal,
    profileName: WalkProfile = COVERAGE_WALK_PROFILE,
  ): Promise<ScenarioComparison> {
    const data = await this.walking.current();
    const profile = await this.walking.profile(data, profileName);
    const baseline = await this.walking.allGroups(data, profile);
    // Only the groups a changed facility belongs to are recomputed, each as the difference from
    // its cached field (medical institutions are not part of scenarios).
    const siteChanges: SiteChange[] = changes.map((c) =>
      c.action === 'ADD'
        ? { action: 'ADD', kind: c.kind!, lon: c.location!.coordinates[0], lat: c.location!.coordinates[1] }
        : c.action === 'MOVE'
          ? { action: 'MOVE', facilityId: c.facilityId!, lon: c.location!.coordinates[0], lat: c.location!.coordinates[1] }
          : { action: 'CLOSE', facilityId: c.facilityId! },
    );
    const changedKinds = new Set<string>();
    for (const c of siteChanges) {
      if (c.action === 'ADD') changedKinds.add(c.kind);
      else {
        const current = data.facilities.find((f) => f.id === c.facilityId);
        if (current) changedKinds.add(current.kind); // not approved: it does not count in coverage either way
      }
    }
    const scenario: Distances = new Map(baseline);
    for (const g of SEARCH_GROUPS) {
      if (g === CoverageGroup.MEDICAL || !groupKinds(g).some((k) => changedKinds.has(k))) continue;
      scenario.set(g, await this.walking.groupWith(data, g, siteChanges, signal, profile));
    }
    const scope = await new CoverageService(this.em, this.walking, this.lang).scope(divisionId);
    const prefix = scope.division?.path ?? '';
    const changedAreas: AreaChange[] = [];
    for (const g of SEARCH_GROUPS) {
      const before = baseline.get(g)!;
      const after = scenario.get(g)!;
      if (before === after) continue;
      data.demands.forEach((d, i) => {
        if (prefix && !d.path.startsWith(prefix)) return;
        const b = before.meters[i];
        const a = after.meters[i];
        if (b === a || Math.abs(b - a) < 0.01) return;
        changedAreas.push({
          residentialAreaId: d.id,
          group: g,
          older: d.older,
          beforeMeters: Number.isFinite(b) ? b : null,
          afterMeters: Number.isFinite(a) ? a : null,
          coveredBefore: b <= th.meters,
          coveredAfter: a <= th.meters,
        });
      });
    }
    return {
      baseline: summarize(data, baseline, th, scope, profileName),
      scenario: summarize(data, scenario, th, scope, profileName),
      changedAreas,
      divisionChanges: divisionChanges(data, changedAreas, scope.children),
    };
  }
}

/** Gains and losses of the changed areas summed per division (by path) and group, in the divisions' order. */
function divisionChanges(data: WalkingData, changed: AreaChange[], divisions: Division[]): ScenarioDivisionChange[] {
  const pathOf = new Map(data.demands.map((d) => [d.id, d.path]));
  const out: ScenarioDivisionChange[] = [];
  for (const division of divisions) {
    const byGroup = new Map<CoverageGroup, ScenarioDivisionChange>();
    for (const c of changed) {
      if (c.coveredBefore === c.coveredAfter || !pathOf.get(c.residentialAreaId)?.startsWith(division.path)) continue;
      let row = byGroup.get(c.group);
      if (!row) byGroup.set(c.group, (row = { division, group: c.group, gainedOlder: 0, gainedAreas: 0, lostOlder: 0, lostAreas: 0 }));
      if (c.coveredAfter) {
        row.gainedOlder += c.older;
        row.gainedAreas++;
      } else {
        row.lostOlder += c.older;
        row.lostAreas++;
      }
    }
    out.push(...byGroup.values());
  }
  return out;
}
