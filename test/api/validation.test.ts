import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
let stationId: string;
let stationVersion: number;
let hub: { name: string; lon: number; lat: number };
let careId: string;
let medicalId: string;

beforeAll(async () => {
  api = await startTestApi({ label: 'validation' });
  const s = await api.gql(`{ facilities(filter: { kinds: [COMMUNITY_STATION] }, first: 1) { nodes { id version } } }`);
  stationId = s.data.facilities.nodes[0].id;
  stationVersion = s.data.facilities.nodes[0].version;
  const h = await api.gql(`{ facilities(filter: { kinds: [OUTDOOR_HUB] }, first: 1) { nodes { name location } } }`);
  hub = {
    name: h.data.facilities.nodes[0].name,
    lon: h.data.facilities.nodes[0].location.coordinates[0],
    lat: h.data.facilities.nodes[0].location.coordinates[1],
  };
  careId = (await api.gql(`{ facilities(filter: { kinds: [CARE_INSTITUTION] }, first: 1) { nodes { id } } }`)).data.facilities.nodes[0].id;
  medicalId = (await api.gql(`{ medicalInstitutions(first: 1) { nodes { id } } }`)).data.medicalInstitutions.nodes[0].id;
});
afterAll(async () => api?.stop());

const CREATE = `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id name status division { name } } }`;

/** Runs a mutation that must fail with `code`, naming `field`, and leave the registry untouched. */
async function expectRejected(query: string, variables: Record<string, unknown>, code: string, field: string | null, lang = 'zh-CN') {
  const before = await registrySnapshot(api);
  const r = await api.gql(query, variables, lang);
  expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe(code);
  if (field) expect(r.errors![0].extensions!.fields!.map((f) => f.field)).toContain(field);
  expect(await registrySnapshot(api)).toEqual(before);
  return r.errors![0];
}

const station = (over: Record<string, unknown> = {}) => ({
  name: '测试社区养老服务站',
  kind: 'COMMUNITY_STATION',
  location: { lon: hub.lon + 0.002, lat: hub.lat + 0.001 },
  capacity: { beds: 10, nursingBeds: 4, occupiedBeds: 6, dayCarePlaces: 20, mealSeats: 40 },
  services: ['MEALS', 'DAY_CARE'],
  operator: { name: '百龄帮', type: 'PRIVATE' },
  ...over,
});

describe('facility input checks: a clear field error and nothing written', () => {
  it('rejects a location outside the district, in Chinese by default and English on request', async () => {
    const zh = await expectRejected(CREATE, { i: station({ location: { lon: 116.4, lat: 39.9 } }) }, 'BAD_USER_INPUT', 'location');
    expect(zh.extensions!.fields![0].message).toContain('渝北区');
    expect(zh.extensions!.fields![0].message).toMatch(/不在/);
    const en = await expectRejected(CREATE, { i: station({ location: { lon: 116.4, lat: 39.9 } }) }, 'BAD_USER_INPUT', 'location', 'en');
    expect(en.extensions!.fields![0].message).toMatch(/outside/);
  });

  it('rejects coordinates out of range', async () => {
    await expectRejected(CREATE, { i: station({ location: { lon: 200, lat: 95 } }) }, 'BAD_USER_INPUT', 'location');
  });

  it('rejects non-finite coordinates at the GraphQL layer', async () => {
    const before = await registrySnapshot(api);
    const r = await api.gql(CREATE.replace('$i: CreateFacilityInput!', '$i: CreateFacilityInput!'), {
      i: station({ location: { lon: 'NaN', lat: 29 } }),
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('rejects negative capacity', async () => {
    await expectRejected(CREATE, { i: station({ capacity: { beds: -3 } }) }, 'BAD_USER_INPUT', 'capacity.beds');
  });

  it('rejects more occupied beds than beds', async () => {
    const e = await expectRejected(
      CREATE,
      { i: station({ capacity: { beds: 10, occupiedBeds: 12 } }) },
      'BAD_USER_INPUT',
      'capacity.occupiedBeds',
    );
    expect(e.extensions!.fields!.find((f) => f.field === 'capacity.occupiedBeds')!.message).toContain('12');
  });

  it('rejects an unknown division', async () => {
    await expectRejected(CREATE, { i: station({ divisionId: '999999' }) }, 'BAD_USER_INPUT', 'divisionId');
  });

  it('rejects a duplicate of the same kind and name within 30 m', async () => {
    const e = await expectRejected(
      CREATE,
      { i: station({ name: hub.name, kind: 'OUTDOOR_HUB', location: { lon: hub.lon + 0.0001, lat: hub.lat } }) },
      'BAD_USER_INPUT',
      'name',
    );
    expect(e.extensions!.fields![0].message).toContain(hub.name);
  });

  it('rejects an empty or overlong name and reports every bad field at once', async () => {
    const e = await expectRejected(CREATE, { i: station({ name: '   ', phone: 'x'.repeat(41) }) }, 'BAD_USER_INPUT', 'name');
    expect(e.extensions!.fields!.map((f) => f.field)).toEqual(expect.arrayContaining(['name', 'phone']));
  });

  it('accepts a valid station as a DRAFT in the division that holds it', async () => {
    const r = await api.gql(CREATE, { i: station() });
    expect(r.errors).toBeUndefined();
    expect(r.data.createFacility.status).toBe('DRAFT');
    expect(r.data.createFacility.division.name).toBeTruthy();
  });
});

describe('optimistic locking', () => {
  const UPDATE = `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id version name } }`;
  it('accepts an update with the current version and rejects the stale one with CONFLICT', async () => {
    const ok = await api.gql(UPDATE, { i: { id: stationId, version: stationVersion, openingHours: '周一至周日 08:00-20:00' } });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.updateFacility.version).toBe(stationVersion + 1);
    const e = await expectRejected(UPDATE, { i: { id: stationId, version: stationVersion, name: '改名' } }, 'CONFLICT', 'version');
    expect(e.message).toMatch(/已被他人修改/);
  });

  it('does not write a partly valid update', async () => {
    const cur = await api.gql(`query($id: ID!) { facility(id: $id) { version } }`, { id: stationId });
    await expectRejected(
      UPDATE,
      { i: { id: stationId, version: cur.data.facility.version, name: '新名字', capacity: { beds: 1, occupiedBeds: 2 } } },
      'BAD_USER_INPUT',
      'capacity.occupiedBeds',
    );
    const after = await api.gql(`query($id: ID!) { facility(id: $id) { name version } }`, { id: stationId });
    expect(after.data.facility.name).not.toBe('新名字');
  });
});

describe('agreements', () => {
  const CREATE_AGREEMENT = `mutation($i: CreateAgreementInput!) { createAgreement(input: $i) { id status straightLineMeters } }`;
  it('rejects an end date before the start date', async () => {
    await expectRejected(
      CREATE_AGREEMENT,
      { i: { medicalId, facilityId: careId, services: ['TWO_WAY_REFERRAL'], startsOn: '2026-03-01', endsOn: '2025-03-01' } },
      'BAD_USER_INPUT',
      'endsOn',
    );
  });

  it('rejects an impossible date and an unknown party', async () => {
    const e = await expectRejected(
      CREATE_AGREEMENT,
      { i: { medicalId: '999999', facilityId: careId, services: ['TWO_WAY_REFERRAL'], startsOn: '2026-02-30', endsOn: '2027-03-01' } },
      'BAD_USER_INPUT',
      'startsOn',
    );
    expect(e.extensions!.fields!.map((f) => f.field)).toContain('medicalId');
  });

  it('signs a valid agreement with its straight-line distance', async () => {
    const r = await api.gql(CREATE_AGREEMENT, {
      i: { medicalId, facilityId: careId, services: ['GREEN_CHANNEL'], startsOn: '2025-01-01', endsOn: '2099-12-31' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createAgreement.status).toBe('ACTIVE');
    expect(r.data.createAgreement.straightLineMeters).toBeGreaterThan(0);
  });
});

describe('divisions and residential areas', () => {
  it('rejects a boundary that is not a polygon, with the reason', async () => {
    const e = await expectRejected(
      `mutation($i: CreateDivisionInput!) { createDivision(input: $i) { id } }`,
      {
        i: {
          code: 'T-1',
          name: '测试社区',
          level: 'COMMUNITY',
          parentId: '2',
          boundary: {
            type: 'Polygon',
            coordinates: [
              [
                [106.6, 29.7],
                [106.61, 29.7],
              ],
            ],
          },
        },
      },
      'BAD_USER_INPUT',
      'boundary',
    );
    expect(e.extensions!.fields![0].message).toMatch(/几何图形无效/);
  });

  it('repairs a self-intersecting boundary', async () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [106.6, 29.7],
          [106.61, 29.71],
          [106.61, 29.7],
          [106.6, 29.71],
          [106.6, 29.7],
        ],
      ],
    };
    const r = await api.gql(`mutation($i: CreateDivisionInput!) { createDivision(input: $i) { id boundary } }`, {
      i: { code: 'T-BOWTIE', name: '蝶形测试', level: 'DISTRICT', boundary: bowtie },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createDivision.boundary.type).toBe('MultiPolygon');
    expect(r.data.createDivision.boundary.coordinates.length).toBe(2);
  });

  it('rejects negative residents', async () => {
    await expectRejected(
      `mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id } }`,
      { i: { name: '测试小区', location: { lon: hub.lon, lat: hub.lat }, olderResidents: -5 } },
      'BAD_USER_INPUT',
      'olderResidents',
    );
  });
});

describe('errors never leak internals', () => {
  it('answers a bad id with a user error, not SQL', async () => {
    const r = await api.gql(`{ facility(id: "1; drop table facility") { id } }`);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r)).not.toMatch(/select|sql|stack/i);
    const missing = await api.gql(`{ facility(id: "999999") { id } }`);
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('deleting', () => {
  it('removes an agreement softly and restores it', async () => {
    const a = (await api.gql(`{ agreements(first: 1) { totalCount nodes { id version } } }`)).data.agreements;
    const { id, version } = a.nodes[0];
    const removed = await api.gql(`mutation($id: ID!, $v: Int!) { deleteAgreement(id: $id, version: $v) { id version } }`, {
      id,
      v: version,
    });
    expect(removed.errors).toBeUndefined();
    expect((await api.gql(`{ agreements { totalCount } }`)).data.agreements.totalCount).toBe(a.totalCount - 1);
    const restored = await api.gql(`mutation($id: ID!, $v: Int!) { restoreAgreement(id: $id, version: $v) { id } }`, {
      id,
      v: removed.data.deleteAgreement.version,
    });
    expect(restored.errors).toBeUndefined();
    expect((await api.gql(`{ agreements { totalCount } }`)).data.agreements.totalCount).toBe(a.totalCount);
  });

  it('refuses to delete a division that facilities still refer to, and writes nothing', async () => {
    const d = await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 1) { nodes { id version } } }`);
    const { id, version } = d.data.divisions.nodes[0];
    const e = await expectRejected(
      `mutation($id: ID!, $v: Int!) { deleteDivision(id: $id, version: $v) }`,
      { id, v: version },
      'BAD_USER_INPUT',
      'id',
    );
    expect(e.message).toMatch(/无法删除/);
  });
});
