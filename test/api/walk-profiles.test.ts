import { WALKING_PROFILES } from '@carecircle/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importElevation } from '@carecircle/api/dist/modules/imports/import-elevation.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { createPostgresDatabase } from '../testkit/database.js';
import { planeClimbSql, planeDem } from '../testkit/elevation.js';
import { tempFile } from '../testkit/imports.js';
import { loadReferenceArea, readReference } from '../testkit/reference.js';

/**
 * Walking profiles against pgRouting on the Monaco reference network (316 stairways): the same
 * costs written out in SQL — stairs at a per-step time for ELDERLY and left out for WHEELCHAIR,
 * slopes of a synthetic elevation model (a tilted plane) by Tobler's hiking function, each
 * direction its own cost — and one Dijkstra per facility over the reversed costs, since residents
 * walk to the facility. Every demand point within 0.1 % + 0.5 s.
 */

let api: TestApi;
let ref: { url: string; drop(): Promise<void> };
let db: pg.Client;
const demand = readReference('monaco', 'demand.geojson').features as any[];
const facilities = readReference('monaco', 'facilities.geojson').features as any[];
const points = demand.map((f) => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));

type Access = {
  meters: number | null;
  minutes: number | null;
  snapMeters: number | null;
  profile: string;
  elevationLoaded: boolean;
  facility: { code: string } | null;
};

async function access(profile: string): Promise<Access[]> {
  const r = await api.gql(
    `query($p: [LonLatInput!]!, $profile: WalkProfile) {
       walkingAccess(points: $p, kinds: [COMMUNITY_STATION], profile: $profile) { meters minutes snapMeters profile elevationLoaded facility { code } }
     }`,
    { p: points, profile },
  );
  expect(r.errors).toBeUndefined();
  return r.data.walkingAccess;
}

const E = WALKING_PROFILES.ELDERLY;
const W = WALKING_PROFILES.WHEELCHAIR;

/** Tobler's hiking function scaled to the flat speed, never faster than the flat (the profiles' rule), in SQL. */
const speedSql = (v0: number, slope: string) => `least(${v0}, ${v0} * exp(-3.5 * abs(${slope} + 0.05)) / exp(-3.5 * 0.05))`;
/** Seconds for `run` horizontal metres rising `rise` metres (negative: falling). */
const partSql = (v0: number, rise: string, run: string) =>
  `(case when ${run} > 0 then ${run} / ${speedSql(v0, `(${rise}) / ${run}`)} else 0 end)`;

/**
 * Edge costs (seconds, forwards and backwards; -1: impassable) of a profile in SQL, from the
 * segments' highway tag and, with `slopes`, their climbs on the plane.
 */
function costSql(profile: 'STANDARD' | 'ELDERLY' | 'WHEELCHAIR', slopes: boolean): string {
  if (profile === 'STANDARD') return `select id, source, target, len as cost, len as reverse_cost from edges`;
  const p = profile === 'ELDERLY' ? E : W;
  const v0 = p.flatSpeed;
  const steps = `len / ${v0} + greatest(1, round(len / ${p.stepLengthMeters})) * ${p.stepSeconds}`;
  const flat = `greatest(0, len - climb_length - descent_length) / ${v0}`;
  const fwd = slopes
    ? `greatest(len / ${v0}, ${flat} + ${partSql(v0, 'climb', 'climb_length')} + ${partSql(v0, '-descent', 'descent_length')})`
    : `len / ${v0}`;
  const back = slopes
    ? `greatest(len / ${v0}, ${flat} + ${partSql(v0, 'descent', 'descent_length')} + ${partSql(v0, '-climb', 'climb_length')})`
    : `len / ${v0}`;
  const steep =
    slopes && p.maxIncline !== null
      ? `greatest(case when climb_length > 0 then climb / climb_length else 0 end, case when descent_length > 0 then descent / descent_length else 0 end) > ${p.maxIncline}`
      : 'false';
  const forbidden = p.forbidSteps ? `highway = 'steps' or ${steep}` : `highway <> 'steps' and ${steep}`;
  return `select id, source, target,
            case when ${forbidden} then -1 when highway = 'steps' then ${steps} else ${fwd} end as cost,
            case when ${forbidden} then -1 when highway = 'steps' then ${steps} else ${back} end as reverse_cost
          from edges`;
}

/** Seconds from every demand point to its nearest facility (walking to it), by pgRouting; Infinity when none is reachable. */
async function pgRoutingSeconds(profile: 'STANDARD' | 'ELDERLY' | 'WHEELCHAIR', slopes: boolean): Promise<number[]> {
  // Walking towards a facility is a search from it over the reversed costs.
  const edges = `select id, source, target, reverse_cost as cost, cost as reverse_cost from (${costSql(profile, slopes)}) c`;
  const { rows } = await db.query<{ end_vid: string; cost: number }>(
    `select end_vid, min(agg_cost) as cost
     from pgr_dijkstraCost($1, (select array_agg(vid) from facility_vertex), (select array_agg(vid) from demand_vertex), true)
     group by end_vid`,
    [edges],
  );
  const byVertex = new Map(rows.map((r) => [Number(r.end_vid), Number(r.cost)]));
  const { rows: dv } = await db.query<{ i: number; vid: string }>(`select i, vid from demand_vertex order by i`);
  // A facility's own vertex costs nothing (pgRouting leaves start = end out).
  const { rows: fv } = await db.query<{ vid: string }>(`select vid from facility_vertex`);
  const at = new Set(fv.map((r) => Number(r.vid)));
  return dv.map((r) => (at.has(Number(r.vid)) ? 0 : (byVertex.get(Number(r.vid)) ?? Infinity)));
}

/**
 * Demand points whose vertex no street of the profile touches (the top of a stairway for a
 * wheelchair): the API puts them on the nearest street the profile can use, so pgRouting's
 * vertex is not their start; the comparison leaves them out and checks they moved.
 */
async function strandedOn(
  profile: 'STANDARD' | 'ELDERLY' | 'WHEELCHAIR',
  slopes: boolean,
): Promise<{ demand: Set<number>; facilities: Set<string> }> {
  const stranded = async (table: string) =>
    (
      await db.query<{ i: number }>(
        `select d.i from ${table} d
         where not exists (select 1 from (${costSql(profile, slopes)}) c where (c.source = d.vid or c.target = d.vid) and (c.cost >= 0 or c.reverse_cost >= 0))`,
      )
    ).rows.map((r) => Number(r.i) - 1);
  return {
    demand: new Set(await stranded('demand_vertex')),
    facilities: new Set((await stranded('facility_vertex')).map((i) => facilities[i].properties.ref as string)),
  };
}

/**
 * The API's answers against pgRouting's. With `stranded` (a profile that leaves out streets):
 * a demand point stranded must have moved to a usable street; a point whose answer is a stranded
 * facility (reached by the street nearest it that the profile can use, which pgRouting's vertex
 * is not on) must be no farther than pgRouting's nearest of the others.
 */
function compare(got: Access[], want: number[], what: string, stranded?: { demand: Set<number>; facilities: Set<string> }): void {
  const off: string[] = [];
  got.forEach((g, i) => {
    const w = want[i];
    if (stranded?.demand.has(i)) {
      if (g.minutes !== null && !(g.snapMeters! > 0)) off.push(`${demand[i].properties.ref}: stranded on a stairway yet not moved`);
      return;
    }
    if (g.facility && stranded?.facilities.has(g.facility.code)) {
      if (!(g.minutes! * 60 <= w * 1.001 + 0.5))
        off.push(`${demand[i].properties.ref}: ${g.minutes! * 60} s by a moved facility vs ${w} s`);
      return;
    }
    if (!Number.isFinite(w)) {
      if (g.minutes !== null) off.push(`${demand[i].properties.ref}: ${g.minutes} min where pgRouting reaches none`);
      return;
    }
    const s = g.minutes == null ? null : g.minutes * 60;
    if (s == null || Math.abs(s - w) > 0.001 * w + 0.5) off.push(`${demand[i].properties.ref}: ${s} s vs ${w} s`);
  });
  expect(off.slice(0, 10), `${what}: ${off.length} of ${got.length} off`).toEqual([]);
}

beforeAll(async () => {
  api = await startTestApi({ demo: false, label: 'profiles' });
  await loadReferenceArea(api, 'monaco');
  ref = await createPostgresDatabase('pgrouting');
  db = new pg.Client({ connectionString: ref.url });
  await db.connect();
  await db.query(`create extension postgis; create extension pgrouting`);
  const network = readReference('monaco', 'network.geojson').features as any[];
  await db.query(`create table edges (id int primary key, highway text, geometry geometry(LineString, 4326), source bigint, target bigint, len float8,
                                       climb float8 default 0, descent float8 default 0, climb_length float8 default 0, descent_length float8 default 0)`);
  await db.query(
    `insert into edges (id, highway, geometry)
     select ord, f->'properties'->>'highway', ST_SetSRID(ST_GeomFromGeoJSON(f->'geometry'), 4326)
     from jsonb_array_elements($1::jsonb) with ordinality as t(f, ord)`,
    [JSON.stringify(network)],
  );
  // Vertices: segments meet exactly where end points are equal.
  await db.query(`create table vertex as
                  select row_number() over () as vid, p as geom
                  from (select distinct ST_StartPoint(geometry) as p from edges union select distinct ST_EndPoint(geometry) from edges) e`);
  await db.query(`update edges set source = (select vid from vertex where geom = ST_StartPoint(geometry)),
                                   target = (select vid from vertex where geom = ST_EndPoint(geometry)),
                                   len = ST_Length(geometry::geography)`);
  const snapTo = (name: string, features: any[]) =>
    db.query(
      `create table ${name} as
       select i, (select vid from vertex order by geom <-> ST_SetSRID(ST_Point((f->>0)::float8, (f->>1)::float8), 4326) limit 1) as vid
       from jsonb_array_elements($1::jsonb) with ordinality as t(f, i)`,
      [JSON.stringify(features.map((f) => f.geometry.coordinates))],
    );
  await snapTo('demand_vertex', demand);
  await snapTo('facility_vertex', facilities);
}, 300_000);

afterAll(async () => {
  await db?.end();
  await ref?.drop();
  await api?.stop();
});

describe('walking profiles on the Monaco reference network (stairs, then slopes)', () => {
  let standard: Access[];

  it('STANDARD is the default and matches pgRouting on lengths', async () => {
    standard = await access('STANDARD');
    const byDefault = await api.gql(
      `query($p: [LonLatInput!]!) { walkingAccess(points: $p, kinds: [COMMUNITY_STATION]) { minutes profile } }`,
      {
        p: points.slice(0, 50),
      },
    );
    expect(byDefault.data.walkingAccess.map((a: any) => a.minutes)).toEqual(standard.slice(0, 50).map((a) => a.minutes));
    expect(byDefault.data.walkingAccess[0].profile).toBe('STANDARD');
    compare(standard, await pgRoutingSeconds('STANDARD', false), 'STANDARD');
  });

  it('ELDERLY (per-step time on stairs) matches pgRouting, never faster than STANDARD', async () => {
    const elderly = await access('ELDERLY');
    expect(elderly[0]).toMatchObject({ profile: 'ELDERLY', elevationLoaded: false });
    compare(elderly, await pgRoutingSeconds('ELDERLY', false), 'ELDERLY');
    // Equal walks may differ by millimetres (32-bit arc costs; a point on a vertex snaps to any of its streets).
    elderly.forEach((a, i) => expect(a.minutes! * 60 + 0.01).toBeGreaterThanOrEqual(standard[i].minutes! * 60));
    expect(elderly.filter((a, i) => a.minutes! > standard[i].minutes! + 1 / 60).length).toBeGreaterThan(100);
  });

  it('WHEELCHAIR (no stairs) matches pgRouting, never faster than STANDARD, and its reach walks no stairway', async () => {
    const wheelchair = await access('WHEELCHAIR');
    const stranded = await strandedOn('WHEELCHAIR', false);
    expect(stranded.demand.size).toBeLessThan(200);
    compare(wheelchair, await pgRoutingSeconds('WHEELCHAIR', false), 'WHEELCHAIR', stranded);
    wheelchair.forEach(
      (a, i) =>
        a.minutes != null &&
        !stranded.demand.has(i) &&
        !stranded.facilities.has(a.facility!.code) &&
        expect(a.minutes * 60 + 0.01).toBeGreaterThanOrEqual(standard[i].minutes! * 60),
    );
    expect(wheelchair.filter((a, i) => a.minutes == null || a.minutes > standard[i].minutes! + 1 / 60).length).toBeGreaterThan(100);

    const { rows: steps } = await db.query<{ g: string }>(`select ST_AsGeoJSON(geometry) as g from edges where highway = 'steps'`);
    // Whole shapes, either way: a street and a stairway may join the same two corners.
    const shapes = new Set<string>();
    for (const st of steps) {
      const c = JSON.parse(st.g).coordinates as number[][];
      shapes.add(JSON.stringify(c));
      shapes.add(JSON.stringify([...c].reverse()));
    }
    const ids = (await api.gql(`{ facilities(first: 60) { nodes { id } } }`)).data.facilities.nodes.map((n: any) => n.id);
    let walked = 0;
    for (const id of ids.slice(0, 10)) {
      const r = await api.gql(`query($id: ID!) { reach(facilityId: $id, minutes: 15, profile: WHEELCHAIR) }`, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data.reach.properties.profile).toBe('WHEELCHAIR');
      for (const line of r.data.reach.geometry.coordinates as number[][][]) {
        walked++;
        expect(shapes.has(JSON.stringify(line)), `a stairway walked: ${JSON.stringify(line)}`).toBe(false);
      }
    }
    expect(walked).toBeGreaterThan(100);
  });

  it('isochrones per profile are nested: a wheelchair user reaches no more than an older walker, who reaches no more than STANDARD', async () => {
    const ids = (await api.gql(`{ facilities(first: 12) { nodes { id } } }`)).data.facilities.nodes.map((n: any) => n.id);
    const area: Record<string, number[]> = {};
    for (const profile of ['STANDARD', 'ELDERLY', 'WHEELCHAIR']) {
      const r = await api.gql(`query($ids: [ID!]!, $p: WalkProfile) { isochrones(facilityIds: $ids, minutes: [10], profile: $p) }`, {
        ids,
        p: profile,
      });
      expect(r.errors).toBeUndefined();
      const features = r.data.isochrones.features as any[];
      expect(features.every((f) => f.properties.profile === profile && f.properties.method === 'NETWORK')).toBe(true);
      // Holes stay: blocks enclosed by reached streets but not reached themselves.
      expect(
        features.some((f) => (f.geometry.coordinates as number[][][][]).some((poly) => poly.length > 1)),
        `${profile} holes`,
      ).toBe(true);
      area[profile] = ids.map((id: string) => features.find((f) => f.properties.facilityId === id).properties.areaSqMeters);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    ids.forEach((_: string, i: number) => {
      expect(area.ELDERLY[i]).toBeLessThanOrEqual(area.STANDARD[i] * 1.001 + 1);
      expect(area.WHEELCHAIR[i]).toBeLessThanOrEqual(area.ELDERLY[i] * 1.001 + 1);
    });
    expect(sum(area.WHEELCHAIR)).toBeLessThan(sum(area.ELDERLY));
    expect(sum(area.ELDERLY)).toBeLessThan(sum(area.STANDARD));
  });

  describe('with an elevation model (a tilted plane)', () => {
    beforeAll(async () => {
      const report = await importElevation(api.db.orm, tempFile('plane.tif', planeDem()));
      expect(report.sampled).toBe(report.segments);
      // The plane's climbs, computed in SQL from the segments' vertices (independent of the import).
      await db.query(`update edges e set climb = c.climb, descent = c.descent, climb_length = c.climb_length, descent_length = c.descent_length
                      from (${planeClimbSql('edges')}) c where c.id = e.id`);
    });

    it('ELDERLY and WHEELCHAIR walk slopes by Tobler, each direction its own cost, as pgRouting does', async () => {
      const elderly = await access('ELDERLY');
      expect(elderly[0].elevationLoaded).toBe(true);
      compare(elderly, await pgRoutingSeconds('ELDERLY', true), 'ELDERLY with slopes');
      compare(
        await access('WHEELCHAIR'),
        await pgRoutingSeconds('WHEELCHAIR', true),
        'WHEELCHAIR with slopes',
        await strandedOn('WHEELCHAIR', true),
      );
      // STANDARD does not see slopes.
      compare(await access('STANDARD'), await pgRoutingSeconds('STANDARD', false), 'STANDARD with an elevation model');
    });

    it('a climb costs more up than down: walking to a facility up the plane takes longer than back', async () => {
      const { rows } = await db.query<{ fwd: number; back: number }>(
        `select cost as fwd, reverse_cost as back from (${costSql('ELDERLY', true)}) c join edges using (id) where highway <> 'steps' and climb > 2 and descent = 0 limit 50`,
      );
      expect(rows.length).toBeGreaterThan(10);
      for (const r of rows) expect(Number(r.fwd)).toBeGreaterThan(Number(r.back));
      // And the API's answers moved with the slopes: some older residents are farther in time than on the flat.
      const flat = await pgRoutingSeconds('ELDERLY', false);
      const sloped = await access('ELDERLY');
      expect(sloped.filter((a, i) => a.minutes != null && a.minutes * 60 > flat[i] + 5).length).toBeGreaterThan(100);
    });
  });
});
