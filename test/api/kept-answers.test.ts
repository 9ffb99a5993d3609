import { SEARCH_GROUPS } from '@carecircle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'kept-answers' });
});
afterAll(async () => api?.stop());

const ZONES = `{ gapZones(group: STATION_OR_CENTER, limit: 10) { rank uncoveredOlder residentialAreaIds geometry
  residentialAreas { id location } } }`;
const ISOCHRONES = `query($id: ID!) { isochrones(facilityIds: [$id], minutes: [10]) }`;
const ACCESS = `query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters facility { id name location } } }`;

describe('answers kept per data revision', () => {
  it('are given again while nothing changes, and follow a moved station at once', async () => {
    const zones = await api.gql(ZONES);
    expect(zones.errors).toBeUndefined();
    expect((await api.gql(ZONES)).data).toEqual(zones.data);
    const station = (
      await api.gql(
        `{ facilities(first: 1, filter: { statuses: [APPROVED], kinds: [COMMUNITY_STATION] }) { nodes { id version name location } } }`,
      )
    ).data.facilities.nodes[0];
    const iso = await api.gql(ISOCHRONES, { id: station.id });
    expect(iso.errors).toBeUndefined();
    expect((await api.gql(ISOCHRONES, { id: station.id })).data).toEqual(iso.data);

    // The station moves into the worst gap: that area is covered now, the isochrone is elsewhere.
    const area = zones.data.gapZones[0].residentialAreas[0];
    const [lon, lat] = area.location.coordinates;
    const moved = await api.gql(`mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version } }`, {
      i: { id: station.id, version: station.version, location: { lon, lat }, name: `${station.name}新址` },
    });
    expect(moved.errors).toBeUndefined();
    const after = await api.gql(ZONES);
    expect(after.errors).toBeUndefined();
    expect(after.data.gapZones.flatMap((z: { residentialAreaIds: string[] }) => z.residentialAreaIds)).not.toContain(area.id);
    const isoAfter = await api.gql(ISOCHRONES, { id: station.id });
    expect(isoAfter.data.isochrones.features[0].geometry).not.toEqual(iso.data.isochrones.features[0].geometry);
    expect(isoAfter.data.isochrones.features[0].properties.name).toBe(`${station.name}新址`);
    // walking access names the station as it is now
    const access = await api.gql(ACCESS, { p: [{ lon, lat }] });
    expect(access.data.walkingAccess[0].facility).toEqual({
      id: station.id,
      name: `${station.name}新址`,
      location: { type: 'Point', coordinates: [lon, lat] },
    });

    // Moved back: the first answers again.
    const back = await api.gql(`mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version } }`, {
      i: {
        id: station.id,
        version: moved.data.updateFacility.version,
        location: { lon: station.location.coordinates[0], lat: station.location.coordinates[1] },
        name: station.name,
      },
    });
    expect(back.errors).toBeUndefined();
    expect((await api.gql(ZONES)).data).toEqual(zones.data);
    expect((await api.gql(ISOCHRONES, { id: station.id })).data).toEqual(iso.data);
  });
});

describe('fields searched ahead', () => {
  it('after a start and after every change, so the first coverage and access answers search nothing', async () => {
    const walking = api.server.walkingData;
    // Started: the fields are ready (searched once the data was first loaded).
    expect(await walking.warmed()).toMatchObject({ searches: SEARCH_GROUPS.length + 1 });
    // Count the workers' field searches from here on.
    let searches = 0;
    const search = walking.network.field.bind(walking.network);
    walking.network.field = (...args: Parameters<typeof search>) => (searches++, search(...args));
    const coverage = `{ coverage(profile: STANDARD) { groups { group coveredOlder } } }`;
    const access = `query($p: [LonLatInput!]!, $k: [FacilityKind!]) { walkingAccess(points: $p, kinds: $k) { meters } }`;
    const p = [{ lon: 106.63, lat: 29.72 }];

    // Coverage and access without kinds read them.
    expect((await api.gql(coverage)).errors).toBeUndefined();
    expect((await api.gql(access, { p })).errors).toBeUndefined();
    expect(searches).toBe(0);
    // A set of kinds no answer needed yet is searched when asked for (the count sees searches).
    expect((await api.gql(access, { p, k: ['CARE_INSTITUTION', 'OUTDOOR_HUB'] })).errors).toBeUndefined();
    expect(searches).toBe(1);

    // A station moves: the next request finds the new revision, the fields are searched again ahead.
    const station = (await api.gql(`{ facilities(first: 1, filter: { statuses: [APPROVED] }) { nodes { id version name } } }`)).data
      .facilities.nodes[0];
    const moved = await api.gql(`mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`, {
      i: { id: station.id, version: station.version, name: `${station.name}（迁）` },
    });
    expect(moved.errors).toBeUndefined();
    const warmed = await walking.warmed();
    expect(warmed.searches).toBe(SEARCH_GROUPS.length + 1);
    expect(searches).toBe(1 + warmed.searches);
    expect((await api.gql(coverage)).errors).toBeUndefined();
    expect((await api.gql(access, { p })).errors).toBeUndefined();
    expect(searches).toBe(1 + warmed.searches);
  });
});

describe('snapping a batch', () => {
  it('on the workers, or here when every worker is taken, gives the same answers', async () => {
    const walking = api.server.walkingData;
    const data = await walking.current();
    // 300 points near residential areas (a batch large enough for the workers), a few far off any street
    const p = data.demands.slice(0, 300).map((d, i) => ({ lon: d.lon + (i % 7) * 1e-4, lat: d.lat + (i % 50 === 0 ? 0.5 : 0) }));
    const access = `query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters method snapMeters facility { id } } }`;
    const network = walking.network as unknown as { pool: { snapWithin: (...a: unknown[]) => Promise<unknown> }; stats: () => object };
    let onWorkers = 0;
    const snapWithin = network.pool.snapWithin.bind(network.pool);
    network.pool.snapWithin = (...a: unknown[]) => (onWorkers++, snapWithin(...a));
    const there = await api.gql(access, { p });
    expect(there.errors).toBeUndefined();
    expect(onWorkers).toBe(1);
    const stats = network.stats.bind(network);
    network.stats = () => ({ ...stats(), busy: 2 });
    try {
      const here = await api.gql(access, { p });
      expect(onWorkers).toBe(1);
      expect(here.data).toEqual(there.data);
      expect(there.data.walkingAccess.filter((a: { method: string }) => a.method === 'STRAIGHT_LINE').length).toBeGreaterThan(0);
    } finally {
      network.stats = stats;
    }
  });
});
