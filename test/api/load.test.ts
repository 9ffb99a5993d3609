import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DB } from '../testkit/database.js';
import { constantArrivalRate, gqlPost, percentile, rng, type Answer } from '../testkit/stress.js';

/**
 * Mixed reads and writes at a constant arrival rate the 2-core CI machine sustains, for a bounded
 * time, on loopback. The embedded database is a single session, so it gets a lower rate.
 */
const PROFILE =
  TEST_DB === 'postgres' ? { rate: 20, durationMs: 12_000, maxInFlight: 24 } : { rate: 10, durationMs: 12_000, maxInFlight: 16 };

let api: TestApi;
let streetToken: string;
let street: { id: string; spots: [number, number][] };
let districtSpots: [number, number][];
/** Facilities the load edits, each checked out by one request at a time so versions never race. */
let editable: { id: string; version: number; busy: boolean; acked: number; initial: number }[];

beforeAll(async () => {
  api = await startTestApi({ label: 'load' });
  const lianglu = (await api.gql(`{ divisions(filter: { levels: [STREET], search: "两路" }) { nodes { id } } }`)).data.divisions.nodes[0]
    .id;
  streetToken = await api.userToken('STREET_OFFICE', lianglu);
  // Places to register near: facilities at least 60 m inside their street (or the district), so
  // a point placed within ~20 m of one stays in the same jurisdiction.
  const inside = async (divisionId: number | null) =>
    (
      await api.db.orm.em.getConnection().execute<{ lon: number; lat: number }[]>(
        `select ST_X(f.location) as lon, ST_Y(f.location) as lat from facility f join division d on ${divisionId ? 'd.id = ?' : 'd.parent_id is null'}
          where ST_Within(ST_Buffer(f.location::geography, 60)::geometry, d.boundary) order by f.id limit 300`,
        divisionId ? [divisionId] : [],
      )
    ).map((p) => [Number(p.lon), Number(p.lat)] as [number, number]);
  street = { id: lianglu, spots: await inside(Number(lianglu)) };
  districtSpots = await inside(null);
  expect(street.spots.length).toBeGreaterThan(5);
  expect(districtSpots.length).toBeGreaterThan(50);
  const all = (await api.gql(`{ facilities(first: 30) { nodes { id version } } }`)).data.facilities.nodes as {
    id: string;
    version: number;
  }[];
  editable = all.map((f) => ({ id: f.id, version: f.version, busy: false, acked: 0, initial: f.version }));
});
afterAll(async () => api?.stop());

type Op = 'facilities' | 'dashboard' | 'coverage' | 'walkingAccess' | 'createFacility(admin)' | 'createFacility(street)' | 'updateFacility';

const FACILITY_FIELDS = 'id name kind status version location division { id name } capacity { beds occupiedBeds }';

describe(`load: mixed reads and writes (${TEST_DB})`, () => {
  it('sustains the rate with zero errors and loses or duplicates no write', async () => {
    const r = rng(20260);
    const rowsBefore = await api.count('facility');
    const latencies: number[] = [];
    const perOp = new Map<Op, { n: number; ms: number[]; errors: number }>();
    const errors: { op: Op; status: number; detail: string }[] = [];
    const createdIds: string[] = [];
    let ackedCreates = 0;
    let ackedUpdates = 0;

    const record = (op: Op, a: Answer, ok: boolean) => {
      latencies.push(a.ms);
      const s = perOp.get(op) ?? { n: 0, ms: [], errors: 0 };
      s.n++;
      s.ms.push(a.ms);
      if (!ok) {
        s.errors++;
        errors.push({ op, status: a.status, detail: a.networkError ?? JSON.stringify(a.body?.errors ?? a.text).slice(0, 300) });
      }
      perOp.set(op, s);
    };
    const near = ([lon, lat]: [number, number]): { lon: number; lat: number } => ({
      lon: lon + (r.next() - 0.5) * 0.0004,
      lat: lat + (r.next() - 0.5) * 0.0003,
    });

    const iteration = async (i: number) => {
      const dice = r.next();
      let op: Op;
      let a: Answer;
      if (dice < 0.35) {
        op = 'facilities';
        a = await gqlPost(
          api.url,
          api.adminToken,
          `query($k: [FacilityKind!], $s: String) { facilities(filter: { kinds: $k, search: $s }, first: 20) { totalCount nodes { ${FACILITY_FIELDS} } pageInfo { endCursor hasNextPage } } }`,
          {
            k: r.chance(0.5) ? [r.pick(['COMMUNITY_STATION', 'STREET_CENTER', 'CARE_INSTITUTION', 'MUTUAL_AID_POINT'])] : null,
            s: r.chance(0.3) ? r.pick(['养老', '站', '中心']) : null,
          },
        );
        record(op, a, a.status === 200 && !a.body?.errors && Array.isArray(a.body?.data?.facilities?.nodes));
      } else if (dice < 0.5) {
        op = 'dashboard';
        a = await gqlPost(
          api.url,
          api.adminToken,
          `query($d: ID) { dashboard(divisionId: $d) { beds occupiedBeds olderPopulation facilityCounts { kind status count } children { beds division { name } } } }`,
          {
            d: r.chance(0.5) ? street.id : null,
          },
        );
        record(op, a, a.status === 200 && !a.body?.errors && a.body?.data?.dashboard != null);
      } else if (dice < 0.55) {
        // The heaviest read (walking coverage of every residential area), so the rarest.
        op = 'coverage';
        a = await gqlPost(
          api.url,
          api.adminToken,
          `query($d: ID) { coverage(divisionId: $d) { meters groups { group coveredOlder totalOlder share } children { division { name } groups { group share } } } }`,
          {
            d: r.chance(0.8) ? street.id : null,
          },
        );
        record(op, a, a.status === 200 && !a.body?.errors && a.body?.data?.coverage != null);
      } else if (dice < 0.65) {
        op = 'walkingAccess';
        const points = Array.from({ length: r.int(1, 10) }, () => near(r.pick(districtSpots)));
        a = await gqlPost(
          api.url,
          api.adminToken,
          `query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters minutes method withinThreshold } }`,
          { p: points },
        );
        record(op, a, a.status === 200 && !a.body?.errors && a.body?.data?.walkingAccess?.length === points.length);
      } else if (dice < 0.84) {
        const asStreet = r.chance(0.4);
        op = asStreet ? 'createFacility(street)' : 'createFacility(admin)';
        const input = {
          name: `压测站点-${TEST_DB}-${i}`,
          kind: r.pick(['COMMUNITY_STATION', 'MUTUAL_AID_POINT', 'CARE_INSTITUTION']),
          location: near(r.pick(asStreet ? street.spots : districtSpots)),
          address: `压测路 ${i} 号`,
          openingHours: '周一至周日 08:00-18:00',
          capacity: { beds: 20, nursingBeds: 5, occupiedBeds: 10 },
        };
        a = await gqlPost(
          api.url,
          asStreet ? streetToken : api.adminToken,
          `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id version status } }`,
          { i: input },
        );
        const id = a.body?.data?.createFacility?.id;
        if (a.status === 200 && id && !a.body?.errors) {
          ackedCreates++;
          createdIds.push(id);
        }
        record(op, a, !!id && !a.body?.errors);
      } else {
        op = 'updateFacility';
        const free = editable.filter((f) => !f.busy);
        if (!free.length) return;
        const f = r.pick(free);
        f.busy = true;
        try {
          a = await gqlPost(
            api.url,
            api.adminToken,
            `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version openingHours } }`,
            {
              i: { id: f.id, version: f.version, openingHours: `压测 ${i}`, capacity: { mealSeats: r.int(0, 80) } },
            },
          );
          const v = a.body?.data?.updateFacility?.version;
          if (a.status === 200 && typeof v === 'number' && !a.body?.errors) {
            f.version = v;
            f.acked++;
            ackedUpdates++;
          }
          record(op, a, typeof v === 'number' && !a.body?.errors);
        } finally {
          f.busy = false;
        }
      }
    };

    const run = await constantArrivalRate({ ...PROFILE, iteration });
    const total = latencies.length;
    const seconds = run.elapsedMs / 1000;
    const fmt = (n: number) => n.toFixed(1);
    console.log(
      `[load ${TEST_DB}] ${total} requests in ${fmt(seconds)} s at a target of ${PROFILE.rate}/s: ${fmt(total / seconds)} req/s, ` +
        `p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms, max ${fmt(Math.max(...latencies))} ms, ` +
        `errors ${errors.length}, dropped (in-flight cap ${PROFILE.maxInFlight}) ${run.dropped}; acknowledged creates ${ackedCreates}, updates ${ackedUpdates}`,
    );
    for (const [op, s] of [...perOp].sort()) {
      console.log(
        `[load ${TEST_DB}]   ${op.padEnd(24)} n=${String(s.n).padStart(4)}  p50 ${fmt(percentile(s.ms, 50)).padStart(7)} ms  p99 ${fmt(percentile(s.ms, 99)).padStart(7)} ms  errors ${s.errors}`,
      );
    }
    if (errors.length) console.log(`[load ${TEST_DB}] first errors:`, errors.slice(0, 5));

    expect(errors).toEqual([]);
    // The rate is one the machine sustains: (nearly) every iteration started on time. The bound is
    // loose because the other database's run of this suite may share the two cores.
    expect(run.dropped).toBeLessThanOrEqual(run.started * 0.1);
    expect(total).toBeGreaterThan(PROFILE.rate * (PROFILE.durationMs / 1000) * 0.7);
    expect(ackedCreates).toBeGreaterThan(0);
    expect(ackedUpdates).toBeGreaterThan(0);

    // No lost and no duplicated writes: the rows added are exactly the acknowledged creates,
    // each once, and every facility's version moved by exactly its acknowledged updates.
    const rowsAfter = await api.count('facility');
    expect(rowsAfter - rowsBefore).toBe(ackedCreates);
    expect(await api.count('facility', `name like '压测站点-${TEST_DB}-%'`)).toBe(ackedCreates);
    expect(await api.count('facility', `id in (${createdIds.map(Number).join(',')})`)).toBe(createdIds.length);
    expect(new Set(createdIds).size).toBe(createdIds.length);
    const versions = await api.db.orm.em
      .getConnection()
      .execute<{ id: number; version: number }[]>(
        `select id, version from facility where id in (${editable.map((f) => Number(f.id)).join(',')})`,
      );
    const stored = new Map(versions.map((v) => [String(v.id), v.version]));
    for (const f of editable) expect({ id: f.id, version: stored.get(f.id) }).toEqual({ id: f.id, version: f.initial + f.acked });
  });
});
