import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'registry' });
});
afterAll(async () => api?.stop());

const totalOf = async (kind: string) => {
  const r = await api.gql(`query($k: [FacilityKind!]) { facilities(filter: { kinds: $k }) { totalCount } }`, { k: [kind] });
  expect(r.errors).toBeUndefined();
  return r.data.facilities.totalCount as number;
};

describe('demo district in the registry', () => {
  it('holds the facility totals of the source documents, by kind', async () => {
    expect(await totalOf('STREET_CENTER')).toBe(11);
    expect(await totalOf('TOWN_CENTER')).toBe(11);
    expect(await totalOf('COMMUNITY_STATION')).toBe(162);
    expect(await totalOf('MUTUAL_AID_POINT')).toBe(101);
    expect(await totalOf('CARE_INSTITUTION')).toBe(58);
    expect(await totalOf('OUTDOOR_HUB')).toBeGreaterThanOrEqual(1);
  });

  it('reports beds, occupancy and 100% signing coverage for the district and each street/town', async () => {
    const r =
      await api.gql(`{ dashboard { division { name level } beds nursingBeds occupiedBeds occupancyRate careInstitutions signedCareInstitutions signingCoverage
      facilityCounts { kind status count } children { division { name level } signingCoverage careInstitutions } } }`);
    expect(r.errors).toBeUndefined();
    const d = r.data.dashboard;
    expect(d.division).toEqual({ name: '渝北区', level: 'DISTRICT' });
    expect([d.beds, d.nursingBeds, d.occupiedBeds]).toEqual([5524, 3428, 3941]);
    expect(d.occupancyRate).toBeCloseTo(3941 / 5524, 6);
    expect(d.careInstitutions).toBe(58);
    expect(d.signingCoverage).toBe(1);
    expect(d.children).toHaveLength(22);
    expect(d.children.filter((c: any) => c.division.level === 'STREET')).toHaveLength(11);
    const institutions = d.children.reduce((s: number, c: any) => s + c.careInstitutions, 0);
    expect(institutions).toBe(58);
  });

  it('has the outdoor hub 晚晴园 in 两路街道 with its linked resources', async () => {
    const r = await api.gql(
      `{ facilities(filter: { kinds: [OUTDOOR_HUB], search: "晚晴园" }) { nodes { name hubServices division { parent { name } } resources { name kind } } } }`,
    );
    const hub = r.data.facilities.nodes[0];
    expect(hub.division.parent.name).toBe('两路街道');
    expect(hub.resources.length).toBeGreaterThanOrEqual(4);
    expect(hub.hubServices.length).toBeGreaterThan(0);
  });

  it('lists medical institutions with the reported figures', async () => {
    const r = await api.gql(
      `{ medicalInstitutions(first: 500) { totalCount nodes { kind geriatricsDepartment hospiceBeds familyBeds elderlyFriendly } } }`,
    );
    const nodes = r.data.medicalInstitutions.nodes as any[];
    expect(nodes.length).toBe(r.data.medicalInstitutions.totalCount);
    expect(nodes.filter((m) => m.elderlyFriendly)).toHaveLength(24);
    expect(nodes.filter((m) => m.kind === 'GERIATRIC_HOSPITAL')).toHaveLength(1);
    expect(nodes.filter((m) => m.kind === 'GENERAL_HOSPITAL').every((m) => m.geriatricsDepartment)).toBe(true);
    expect(nodes.reduce((s, m) => s + m.hospiceBeds, 0)).toBe(45);
    expect(nodes.reduce((s, m) => s + m.familyBeds, 0)).toBe(24);
    expect(nodes.filter((m) => m.familyBeds > 0)).toHaveLength(8);
  });
});

describe('listing', () => {
  it('pages through every community station exactly once with cursors', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: any = await api.gql(
        `query($a: String) { facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 50, after: $a) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      );
      for (const n of r.data.facilities.nodes) seen.add(n.id);
      if (!r.data.facilities.pageInfo.hasNextPage) break;
      after = r.data.facilities.pageInfo.endCursor;
    }
    expect(seen.size).toBe(162);
  });

  it('filters by division including sub-divisions, box, distance and name', async () => {
    const streets = await api.gql(`{ divisions(filter: { levels: [STREET], search: "两路" }) { nodes { id name } } }`);
    const lianglu = streets.data.divisions.nodes[0];
    const inStreet = await api.gql(
      `query($d: ID) { facilities(filter: { divisionId: $d }, first: 500) { totalCount nodes { division { parent { name } } } } }`,
      { d: lianglu.id },
    );
    expect(inStreet.data.facilities.totalCount).toBeGreaterThan(3);
    expect(inStreet.data.facilities.nodes.every((n: any) => n.division.parent.name === '两路街道')).toBe(true);

    const hub = (await api.gql(`{ facilities(filter: { search: "晚晴园" }) { nodes { location } } }`)).data.facilities.nodes[0];
    const [lon, lat] = hub.location.coordinates;
    const near = await api.gql(`query($n: NearInput) { facilities(filter: { near: $n }, first: 500) { nodes { name location } } }`, {
      n: { lon, lat, meters: 1000 },
    });
    expect(near.data.facilities.nodes.some((n: any) => n.name.includes('晚晴园'))).toBe(true);
    const box = await api.gql(`query($b: BBoxInput) { facilities(filter: { bbox: $b }, first: 500) { totalCount } }`, {
      b: { west: lon - 0.02, south: lat - 0.02, east: lon + 0.02, north: lat + 0.02 },
    });
    expect(box.data.facilities.totalCount).toBeGreaterThanOrEqual(near.data.facilities.nodes.length);
  });

  it('lists 200 facilities with division and agreement counts in two SQL statements besides the session, as 20', async () => {
    const run = async (first: number) => {
      api.resetQueries();
      const r = await api.gql(
        `query($f: Int) { facilities(first: $f) { nodes { id name division { name parent { name } } agreementCount } } }`,
        { f: first },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.facilities.nodes).toHaveLength(first);
      return api.statements().length;
    };
    const for20 = await run(20);
    const for200 = await run(200);
    expect(for200).toBe(for20);
    // The page, its total and its divisions (with those above); the agreement counts (and the session's, not counted).
    expect(for200).toBe(2);
  });
});
