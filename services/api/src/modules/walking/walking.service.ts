import type { SnappedPoint } from '@carecircle/walk-engine';
import type { EntityManager } from '@mikro-orm/postgresql';
import * as turf from '@turf/turf';
import { FieldErrors, notFound } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { validLonLat } from '../../shared/scalars.js';
import { toId } from '../../shared/validation.js';
import { Facility } from '../facilities/facility.entity.js';
import type { FacilityKind } from '../facilities/facility.enums.js';
import { facilityRowsById, type FacilityRow } from '../facilities/facility.rows.js';
import { DistanceMethod, WalkProfile } from '../network/network.enums.js';
import { ANALYSIS_BUDGET, figure, reachKm2, refuseOverBudget } from '../network/analysis-budget.js';
import { ALL_FACILITIES, WalkingDataCache } from '../network/walking-data.js';
import { walkingThreshold, type Threshold } from './threshold.js';
import type { WalkingAccess } from './walking.types.js';

const MAX_POINTS = 5000;
const MAX_FACILITIES = 500;
const MAX_BANDS = 6;

const lonLat = (f: { location: { coordinates: number[] } }): [number, number] => [f.location.coordinates[0], f.location.coordinates[1]];

/** Walking from points and facilities: access to the nearest facility, isochrones, reach. */
export class WalkingService {
  constructor(
    private readonly em: EntityManager,
    private readonly walking: WalkingDataCache,
    private readonly lang: Lang,
  ) {}

  /** Distance from each point to the nearest approved facility of the kinds (all kinds when none given). */
  async walkingAccess(
    points: { lon: number; lat: number }[],
    kinds: FacilityKind[] | null | undefined,
    th: Threshold,
    signal?: AbortSignal,
    profileName: WalkProfile = WalkProfile.STANDARD,
  ): Promise<WalkingAccess[]> {
    const errors = new FieldErrors(this.lang);
    if (points.length > MAX_POINTS) errors.add('points', 'field.tooLarge', { max: MAX_POINTS });
    points.forEach((p, i) => validLonLat(p) || errors.add(`points.${i}`, 'field.coordinates'));
    errors.throwIfAny();
    const data = await this.walking.current();
    const network = data.network;
    const profile = await this.walking.profile(data, profileName);
    const sites = kinds?.length ? data.facilities.filter((f) => kinds.includes(f.kind as FacilityKind)) : data.facilities;
    // One multi-source search per kind set and data revision (cached); the points cost only their snapping.
    const kindsKey = kinds?.length ? `kinds:${[...new Set(kinds)].sort().join(',')}` : ALL_FACILITIES;
    const snapped = network ? await this.walking.network.snapMany(network, points, profile, signal) : points.map(() => null);
    const field = snapped.some(Boolean) ? await this.walking.field(data, sites, kindsKey, signal, profile) : null;
    const results = points.map((p, i) => {
      const at = snapped[i];
      const a = WalkingDataCache.answer(data, field, sites, p.lon, p.lat, at);
      return {
        meters: a.meters,
        walked: a.walked,
        site: a.index,
        method: at ? DistanceMethod.NETWORK : DistanceMethod.STRAIGHT_LINE,
        snap: at ? { lon: at.lon, lat: at.lat, meters: at.snapMeters } : null,
      };
    });
    // the rows of the sites answers name, read once per data revision
    const facilities = results.some((r) => r.site >= 0)
      ? await this.walking.perRevision(data, 'facility-rows', () =>
          facilityRowsById(
            this.em.fork(),
            data.facilities.map((f) => f.id),
          ),
        )
      : new Map<number, FacilityRow>();
    const elevationLoaded = network?.elevationLoaded ?? false;
    return results.map((r) => {
      const reachable = Number.isFinite(r.meters) && r.site >= 0;
      const meters = reachable ? Math.round(r.walked * 1000) / 1000 : null;
      // Without a profile the flat-equivalent metres are the walked metres.
      const effort = reachable ? (profile ? r.meters : meters!) : null;
      return {
        meters,
        minutes: effort == null ? null : effort / th.speed / 60,
        withinThreshold: effort != null && effort <= th.meters,
        profile: profileName,
        elevationLoaded,
        facility: reachable ? (facilities.get(sites[r.site].id) ?? null) : null,
        method: r.method,
        snapMeters: r.snap ? Math.round(r.snap.meters * 100) / 100 : null,
        snappedLocation: r.snap ? { type: 'Point', coordinates: [r.snap.lon, r.snap.lat] } : null,
      };
    });
  }

  /**
   * Isochrone polygons (and the method) for facilities, one feature per facility and threshold.
   * Refused before any search when facilities × thresholds × reach area exceed the budget, and
   * after it when the answer would exceed its size limit.
   */
  async isochrones(
    facilityIds: unknown[],
    minutesList: number[],
    speed: number | null | undefined,
    signal?: AbortSignal,
    profileName: WalkProfile = WalkProfile.STANDARD,
  ) {
    const errors = new FieldErrors(this.lang);
    if (!facilityIds.length) errors.add('facilityIds', 'field.emptyList');
    if (facilityIds.length > MAX_FACILITIES) errors.add('facilityIds', 'field.tooLarge', { max: MAX_FACILITIES });
    if (!minutesList.length || minutesList.length > MAX_BANDS) errors.add('minutes', 'field.range', { min: 1, max: MAX_BANDS });
    const thresholds = minutesList.map((m) => walkingThreshold(this.lang, speed, m, errors));
    const ids = facilityIds.map((id, i) => toId(id, `facilityIds.${i}`, this.lang));
    const facilities = await this.em.find(Facility, { id: { $in: ids }, deletedAt: null });
    for (const id of ids) if (!facilities.some((f) => f.id === id)) throw notFound(this.lang, 'facility', id);
    const data = await this.walking.current();
    const network = data.network;
    const profile = await this.walking.profile(data, profileName);
    const byId = new Map(facilities.map((f) => [f.id, f]));
    const ordered = ids.map((id) => byId.get(id)!);
    const meters = thresholds.map((t) => t.meters);
    const features: unknown[] = [];
    // Snapped here, once: the workers search from these points.
    const snapped = ordered.map((f) => (network ? this.walking.network.snap(network, ...lonLat(f), profile) : null));
    const onNetwork = ordered.filter((_, i) => snapped[i]);
    const places = snapped.filter((p): p is SnappedPoint => p !== null);
    const work = onNetwork.length * meters.reduce((s, m) => s + reachKm2(network, m), 0);
    if (work > ANALYSIS_BUDGET.isochroneKm2)
      refuseOverBudget(this.lang, 'facilityIds', 'budget.isochrones', {
        facilities: onNetwork.length,
        bands: meters.length,
        work: figure(this.lang, work),
        max: figure(this.lang, ANALYSIS_BUDGET.isochroneKm2),
      });
    // The same facilities' bands at the same data revision are kept (any change of a facility makes a new revision).
    const key = `isochrones:${profileName}:${meters.join(',')}:${onNetwork.map((f) => f.id).join(',')}`;
    const bands =
      network && onNetwork.length
        ? await this.walking.perRevision(data, key, () => this.walking.network.isochrones(network, places, meters, signal, profile), 16)
        : [];
    let size = 0;
    for (const point of bands)
      for (const band of point) for (const poly of band.geometry.coordinates) for (const ring of poly) size += ring.length;
    if (size > ANALYSIS_BUDGET.isochroneCoordinates)
      refuseOverBudget(this.lang, 'facilityIds', 'budget.answer', {
        size: figure(this.lang, size),
        max: figure(this.lang, ANALYSIS_BUDGET.isochroneCoordinates),
      });
    onNetwork.forEach((f, i) =>
      bands[i].forEach((band, b) =>
        features.push({
          type: 'Feature',
          properties: {
            facilityId: String(f.id),
            name: f.name,
            kind: f.kind,
            minutes: thresholds[b].minutes,
            meters: meters[b],
            areaSqMeters: band.properties.areaSqMeters,
            method: DistanceMethod.NETWORK,
            profile: profileName,
          },
          geometry: band.geometry,
        }),
      ),
    );
    for (const f of ordered.filter((x) => !onNetwork.includes(x))) {
      thresholds.forEach((t) => {
        const circle = turf.circle(lonLat(f), t.meters / 1000, { steps: 64, units: 'kilometers' });
        features.push({
          ...circle,
          properties: {
            facilityId: String(f.id),
            name: f.name,
            kind: f.kind,
            minutes: t.minutes,
            meters: t.meters,
            method: DistanceMethod.STRAIGHT_LINE,
            profile: profileName,
          },
        });
      });
    }
    return { type: 'FeatureCollection', features };
  }

  /** Streets reachable from a facility within the threshold, partly walked edges included. */
  async reach(facilityId: unknown, th: Threshold, signal?: AbortSignal, profileName: WalkProfile = WalkProfile.STANDARD) {
    const id = toId(facilityId, 'facilityId', this.lang);
    const f = await this.em.findOne(Facility, { id, deletedAt: null });
    if (!f) throw notFound(this.lang, 'facility', id);
    const data = await this.walking.current();
    const network = data.network;
    const profile = await this.walking.profile(data, profileName);
    const at = network ? this.walking.network.snap(network, ...lonLat(f), profile) : null;
    if (!network || !at) {
      return {
        type: 'Feature',
        properties: { facilityId: String(id), method: DistanceMethod.STRAIGHT_LINE, meters: th.meters, profile: profileName },
        geometry: { type: 'MultiLineString', coordinates: [] },
      };
    }
    const r = await this.walking.network.reach(network, at, th.meters, signal, profile);
    return {
      type: 'Feature',
      properties: { facilityId: String(id), method: DistanceMethod.NETWORK, meters: th.meters, profile: profileName },
      geometry: r.lines,
    };
  }
}
