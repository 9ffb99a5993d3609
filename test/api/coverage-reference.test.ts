import * as turf from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { loadReferenceArea, readReference } from '../testkit/reference.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demo: false, label: 'reference' });
});
afterAll(async () => api?.stop());

describe.each(['monaco', 'chengdu'] as const)('walking coverage on the %s reference network', (area) => {
  beforeAll(async () => loadReferenceArea(api, area));

  it('walkingAccess matches the independent nearest-facility distance of every demand point within 0.1% + 0.5 m', async () => {
    const demand = readReference(area, 'demand.geojson').features as any[];
    const r = await api.gql(
      `query($p: [LonLatInput!]!) { walkingAccess(points: $p, kinds: [COMMUNITY_STATION]) { meters method snapMeters facility { code } } }`,
      { p: demand.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })) },
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data.walkingAccess as any[];
    expect(rows).toHaveLength(demand.length);
    const off: string[] = [];
    demand.forEach((f, i) => {
      const want = f.properties.nearest_m as number;
      const got = rows[i];
      if (got.method !== 'NETWORK' || got.meters == null || Math.abs(got.meters - want) > 0.001 * want + 0.5) {
        off.push(`${f.properties.ref}: ${got.meters} (${got.method}) vs ${want}`);
      } else if (got.facility.code !== f.properties.nearest_ref)
        off.push(`${f.properties.ref}: ${got.facility.code} vs ${f.properties.nearest_ref}`);
      expect(got.snapMeters).toBeLessThan(0.05);
    });
    expect(off).toEqual([]);
  });

  it('15-minute isochrones (900 m at 1.0 m/s) hold ≥ 98% of the reachable samples and ≤ 1% of the unreachable ones', async () => {
    const truth = readReference(area, 'isochrone-truth.json') as { facility: string; inside: number[][]; outside: number[][] }[];
    const ids = await api.gql(`{ facilities(first: 500) { nodes { id code } } }`);
    const idOf = new Map((ids.data.facilities.nodes as any[]).map((n) => [n.code, n.id]));
    const r = await api.gql(`query($ids: [ID!]!) { isochrones(facilityIds: $ids, minutes: [15], speed: 1.0) }`, {
      ids: truth.map((t) => idOf.get(t.facility)),
    });
    expect(r.errors).toBeUndefined();
    const features = r.data.isochrones.features as any[];
    for (const t of truth) {
      const poly = features.find((f) => f.properties.facilityId === idOf.get(t.facility));
      expect(poly.properties.method).toBe('NETWORK');
      const inside = t.inside.filter((p) => turf.booleanPointInPolygon(p, poly)).length / t.inside.length;
      const outside = t.outside.filter((p) => turf.booleanPointInPolygon(p, poly)).length / t.outside.length;
      expect(inside, `${t.facility} inside`).toBeGreaterThanOrEqual(0.98);
      expect(outside, `${t.facility} outside`).toBeLessThanOrEqual(0.01);
    }
  });

  it('reach returns the walked streets of a facility as lines', async () => {
    const f1 = (await api.gql(`{ facilities(filter: { search: "Facility 1" }, first: 1) { nodes { id } } }`)).data.facilities.nodes[0];
    const r = await api.gql(`query($id: ID!) { reach(facilityId: $id, minutes: 15) }`, { id: f1.id });
    expect(r.data.reach.properties.method).toBe('NETWORK');
    expect(r.data.reach.geometry.coordinates.length).toBeGreaterThan(10);
  });
});

describe('without a network', () => {
  it('falls back to straight-line distance and says so', async () => {
    await api.db.orm.em.getConnection().execute('truncate road_segment');
    const r = await api.gql(`{ walkingAccess(points: [{ lon: 7.42, lat: 43.73 }]) { meters method snapMeters } }`);
    expect(r.data.walkingAccess[0].method).toBe('STRAIGHT_LINE');
    expect(r.data.walkingAccess[0].snapMeters).toBeNull();
    expect(r.data.walkingAccess[0].meters).toBeGreaterThan(0);
  });
});
