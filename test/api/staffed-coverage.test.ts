import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importResidents } from '@carecircle/api/dist/modules/imports/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

/** GB 11643 check character, written out independently. */
const idCheck = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];
const idNumber = (seq: number) => {
  const first = `50011419800101${String(seq).padStart(3, '0')}`;
  return first + idCheck(first);
};
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Five community stations 5 km apart; a residential area 550 m north of each, and one far from all. */
const STATIONS = ['甲站', '乙站', '丙站', '丁站', '戊站'].map((name, k) => ({ name, lon: 106.5 + 0.05 * k, lat: 29.7 }));
const AREAS = [
  ...STATIONS.map((s, k) => ({ name: `${s.name}小区`, lon: s.lon, lat: s.lat + 0.005, older: 100 + k })),
  { name: '远处小区', lon: 106.6, lat: 29.75, older: 1000 },
];

let api: TestApi;
const sql = async <T = any>(q: string, params: unknown[] = []) => api.db.orm.em.getConnection().execute<T[]>(q, params);
const upload = async (what: string, csv: string, query = '') => {
  const res = await fetch(`${api.url}/imports/${what}?format=csv${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${api.adminToken}`, 'x-carecircle-request': '1' },
    body: Buffer.from(csv),
  });
  const body = (await res.json()) as any;
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body;
};

beforeAll(async () => {
  // No roads: distances are geodesic straight lines, which PostGIS computes independently.
  api = await startTestApi({ demo: false, label: 'staffed-coverage' });
  await upload(
    'facilities',
    ['名称,类型,经度,纬度', ...STATIONS.map((s) => `${s.name},社区养老服务站,${s.lon},${s.lat}`)].join('\n'),
    '&status=APPROVED',
  );
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'staffed-')), 'areas.csv');
  fs.writeFileSync(
    file,
    ['名称,经度,纬度,老年人口,总人口', ...AREAS.map((a) => `${a.name},${a.lon},${a.lat},${a.older},${a.older * 4}`)].join('\n'),
  );
  const areas = await importResidents(api.db.orm, file);
  expect(areas.inserted).toBe(AREAS.length);
  for (const s of STATIONS.slice(0, 4)) {
    const [f] = await sql<{ id: number }>(`select id from facility where name = ?`, [s.name]);
    const r = await api.gql(`mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { id } }`, {
      i: { kind: 'CARE_FACILITY', facilityId: String(f.id) },
    });
    expect(r.errors).toBeUndefined();
  }
  // 甲站: a certified 养老护理员 from today — staffed. 乙站: one whose employment ended yesterday.
  // 丙站: a director (no care post) and a care worker who starts next month. 丁站: a care worker
  // whose certificate has since expired. 戊站: nobody.
  const cert = 'ELDERLY_CARE_WORKER,YL-1,重庆市人力资源和社会保障局,2024-01-01';
  await upload(
    'workers',
    [
      '姓名,身份证号,用人单位,岗位,入职日期,离职日期,体检日期,证书类型,证书编号,发证机关,发证日期,有效期至',
      `甲,${idNumber(1)},甲站,养老护理员,${TODAY},,${shift(-5)},${cert},${shift(300)}`,
      `乙,${idNumber(2)},乙站,养老护理员,2024-02-01,${shift(-1)},${shift(-5)},${cert},${shift(300)}`,
      `丙,${idNumber(3)},丙站,院长,2024-02-01,,,,,,,`,
      `丙二,${idNumber(4)},丙站,养老护理员,${shift(30)},,${shift(-5)},${cert},${shift(300)}`,
      `丁,${idNumber(5)},丁站,养老护理员,${TODAY},,${shift(-5)},${cert},${shift(300)}`,
    ].join('\n'),
  );
  // Time passes for 丁's certificate (the register refuses an expired one at hiring).
  await sql(`update worker_certificate set valid_until = ? where worker_id = (select id from worker where name = '丁')`, [shift(-1)]);
}, 600_000);
afterAll(async () => api?.stop());

/** The staffed stations and what they cover, computed here in SQL from the tables (independent of the API's code). */
async function independent(staffedOnly: boolean) {
  const staffed = `select f.id from facility f where exists (
      select 1 from employer e join worker_employment we on we.employer_id = e.id join worker w on w.id = we.worker_id
       join worker_certificate c on c.worker_id = w.id
      where e.facility_id = f.id and w.deleted_at is null
        and we.starts_on <= '${TODAY}' and (we.ends_on is null or we.ends_on >= '${TODAY}')
        and c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}')
        and ((we.post = 'ELDERLY_CARE_WORKER' and c.kind = 'ELDERLY_CARE_WORKER')
          or (we.post = 'MEDICAL_CARE_WORKER' and c.kind in ('MEDICAL_CARE_WORKER', 'ELDERLY_CARE_WORKER'))
          or (we.post = 'MATERNITY_CARE_WORKER' and c.kind = 'MATERNITY_CARE')))`;
  const [row] = await sql<{ areas: string; older: string }>(
    `select count(*) as areas, coalesce(sum(r.older_residents), 0) as older from residential_area r
      where exists (select 1 from facility f where f.status = 'APPROVED' and f.deleted_at is null
        ${staffedOnly ? `and f.id in (${staffed})` : ''}
        and ST_DWithin(r.location::geography, f.location::geography, 900))`,
  );
  const names = staffedOnly
    ? (await sql<{ name: string }>(`select name from facility where id in (${staffed}) order by name`)).map((r) => r.name)
    : [];
  return { areas: Number(row.areas), older: Number(row.older), names };
}

const COVERAGE = `query($s: Boolean) { coverage(minutes: 15, speed: 1.0, staffedOnly: $s) {
  method completeCircles groups { group coveredAreas coveredOlder totalAreas } } }`;

describe('coverage by staffed facilities only (staffedOnly)', () => {
  it('counts only stations with a certified care worker today, as an independent SQL computation does', async () => {
    const sqlAll = await independent(false);
    const sqlStaffed = await independent(true);
    expect(sqlStaffed.names).toEqual(['甲站']);
    const all = await api.gql(COVERAGE, {});
    const staffed = await api.gql(COVERAGE, { s: true });
    expect(all.errors).toBeUndefined();
    expect(staffed.errors).toBeUndefined();
    expect(staffed.data.coverage.method).toBe('STRAIGHT_LINE');
    const group = (r: any) => r.data.coverage.groups.find((g: any) => g.group === 'STATION_OR_CENTER');
    expect([group(all).coveredAreas, group(all).coveredOlder]).toEqual([sqlAll.areas, sqlAll.older]);
    expect([group(staffed).coveredAreas, group(staffed).coveredOlder]).toEqual([sqlStaffed.areas, sqlStaffed.older]);
    // The figures differ: four of the five stations are not staffed.
    expect([sqlAll.areas, sqlStaffed.areas]).toEqual([5, 1]);
    // The default is every approved facility.
    const explicit = await api.gql(COVERAGE, { s: false });
    expect(explicit.data).toEqual(all.data);
  });

  it('follows the workforce: a newly certified care worker staffs the station at once', async () => {
    const header = '姓名,身份证号,证书类型,证书编号,发证机关,发证日期,有效期至';
    await upload(
      'certificates',
      [header, `丁,${idNumber(5)},养老护理员证,YL-2,重庆市人力资源和社会保障局,${shift(-2)},${shift(700)}`].join('\n'),
    );
    const sqlStaffed = await independent(true);
    expect(sqlStaffed.names).toEqual(['丁站', '甲站']);
    const staffed = await api.gql(COVERAGE, { s: true });
    const g = staffed.data.coverage.groups.find((x: any) => x.group === 'STATION_OR_CENTER');
    expect([g.coveredAreas, g.coveredOlder]).toEqual([sqlStaffed.areas, sqlStaffed.older]);
    const zones = await api.gql(`{ gapZones(minutes: 15, speed: 1.0, staffedOnly: true) { areaCount uncoveredOlder } }`);
    expect(zones.errors).toBeUndefined();
    const uncovered = zones.data.gapZones.reduce((s: number, z: any) => s + z.areaCount, 0);
    expect(uncovered).toBe(AREAS.length - sqlStaffed.areas);
  });
});
