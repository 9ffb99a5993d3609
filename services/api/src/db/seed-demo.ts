import { demoElevation, generateDemoDistrict, type DemoDistrict } from '@carecircle/demo-district';
import type { MikroORM } from '@mikro-orm/postgresql';
import { todayInChina } from '../modules/agreements/care-agreement.entity.js';
import { Division } from '../modules/divisions/division.entity.js';
import { AuthService } from '../modules/users/auth.service.js';
import { Role } from '../modules/users/role.js';
import { bulkInsert, GEOMETRY_SQL, geojson, pgArray, type BulkColumn } from './bulk-insert.js';
import { facilityDetailColumns } from '../modules/facilities/facility.columns.js';
import { loadDemoWorkforce } from './seed-workforce.js';
import { Access } from '../modules/users/access.js';
import { Employer } from '../modules/workforce/employer.entity.js';
import { WorkerService } from '../modules/workforce/worker.service.js';
import { edgeClimb, type EdgeClimb } from '../modules/imports/edge-climb.js';

const SEED_KEY = 'demo_seed';

/** Password of every demo account (listed in the README); demo accounts exist only with the demo data. */
export const DEMO_PASSWORD = 'Demo-Yubei-2026';

/** One account per role; the street office is 两路街道's, the employer account 新生活护工公司's. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; division?: string; employer?: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN },
  { username: 'planner', displayName: '区民政局规划科', role: Role.PLANNER },
  { username: 'lianglu', displayName: '两路街道办事处', role: Role.STREET_OFFICE, division: '两路街道' },
  { username: 'minzheng', displayName: '区民政局养老服务科', role: Role.CIVIL_AFFAIRS },
  { username: 'weijian', displayName: '区卫健委', role: Role.HEALTH_BUREAU },
  { username: 'viewer', displayName: '只读用户', role: Role.VIEWER },
  { username: 'xinshenghuo', displayName: '新生活护工公司', role: Role.EMPLOYER, employer: '新生活护工公司' },
];

async function createDemoAccounts(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const auth = new AuthService(em, 'zh');
  // The administrator binds employer accounts (a transient account, not stored).
  const binder = new WorkerService(
    em,
    'zh',
    todayInChina(),
    new Access({ id: 0, username: 'demo-seed', role: Role.ADMIN, divisionId: null, divisionPath: null }, 'zh'),
  );
  for (const a of DEMO_ACCOUNTS) {
    const division = a.division ? await em.findOne(Division, { name: a.division }) : null;
    const user = await auth.createUser({
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      divisionId: division?.id ?? null,
      password: DEMO_PASSWORD,
    });
    if (a.employer) await binder.bindAccount(user.id, (await em.findOneOrFail(Employer, { name: a.employer })).id);
  }
}
const LEVEL_ORDER = ['DISTRICT', 'STREET', 'TOWN', 'COMMUNITY', 'VILLAGE'];

/** Has the database ever held data or a seed? */
export async function isEmptyDatabase(orm: MikroORM): Promise<boolean> {
  const [row] = await orm.em
    .getConnection()
    .execute<{ n: string }[]>(
      `select (select count(*) from app_setting where key = '${SEED_KEY}') + (select count(*) from division) + (select count(*) from facility) + (select count(*) from road_segment) as n`,
    );
  return Number(row.n) === 0;
}

/**
 * Loads the demo district into an empty database, once, in one transaction.
 * @returns true when it loaded the data.
 */
export async function seedDemoIfEmpty(
  orm: MikroORM,
  log: (msg: string) => void = () => {},
  options: { /** false: the employers without their workers. */ workforce?: boolean } = {},
): Promise<boolean> {
  if (!(await isEmptyDatabase(orm))) return false;
  const started = Date.now();
  const today = todayInChina();
  const generated = generateDemoDistrict({ today });
  // Without the care workers (the employers stay: the demo employer account needs its employer).
  const demo = options.workforce === false ? { ...generated, workforce: { ...generated.workforce, workers: [] } } : generated;
  log(
    `生成示例数据 / generated the demo district (${demo.facilities.length} facilities, ${demo.roads.length} road segments, ${demo.workforce.workers.length} workers) in ${Date.now() - started} ms`,
  );
  await loadDemo(orm, demo, log, today);
  await createDemoAccounts(orm);
  log(`写入完成 / stored in ${Date.now() - started} ms; 示例账号 / demo accounts: ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')}`);
  return true;
}

/** Writes a generated district (generated for `today`); all or nothing. */
export async function loadDemo(
  orm: MikroORM,
  demo: DemoDistrict,
  log: (msg: string) => void = () => {},
  today: string = todayInChina(),
): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    const now = new Date();
    const divisionIds = new Map<string, number>();
    const paths = new Map<string, string>();
    const divisions = [...demo.divisions].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    for (const level of LEVEL_ORDER) {
      const rows = divisions.filter((d) => d.level === level);
      for (const d of rows) paths.set(d.code, `${d.parentCode ? paths.get(d.parentCode) : '/'}${d.code}/`);
      const inserted = await bulkInsert<(typeof rows)[number], { id: number; code: string }>(
        em,
        'division',
        [
          { name: 'code', value: (d) => d.code },
          { name: 'name', value: (d) => d.name },
          { name: 'level', value: (d) => d.level },
          { name: 'parent_id', value: (d) => (d.parentCode ? divisionIds.get(d.parentCode) : null) },
          { name: 'path', value: (d) => paths.get(d.code) },
          { name: 'boundary', value: (d) => geojson(d.boundary), sql: `ST_Multi(${GEOMETRY_SQL})` },
          { name: 'older_population', value: (d) => d.olderPopulation },
          { name: 'total_population', value: (d) => d.totalPopulation },
          { name: 'created_at', value: () => now },
          { name: 'updated_at', value: () => now },
        ],
        rows,
        { returning: 'id, code' },
      );
      for (const r of inserted) divisionIds.set(r.code, r.id);
    }
    log(`辖区 / divisions: ${divisionIds.size}`);

    const poiIds = new Map<string, number>();
    const pois = await bulkInsert<DemoDistrict['pois'][number], { id: number; code: string }>(
      em,
      'point_of_interest',
      [
        { name: 'code', value: (p) => p.code },
        { name: 'name', value: (p) => p.name },
        { name: 'kind', value: (p) => p.kind },
        { name: 'location', value: (p) => geojson(p.location), sql: GEOMETRY_SQL },
        { name: 'address', value: (p) => p.address },
        { name: 'created_at', value: () => now },
      ],
      demo.pois,
      { returning: 'id, code' },
    );
    for (const p of pois) poiIds.set(p.code, p.id);

    const located = <T extends { code: string; name: string; location: unknown; divisionCode: string }>(): BulkColumn<T>[] => [
      { name: 'code', value: (r) => r.code },
      { name: 'name', value: (r) => r.name },
      { name: 'location', value: (r) => geojson(r.location), sql: GEOMETRY_SQL },
      { name: 'division_id', value: (r) => divisionIds.get(r.divisionCode) ?? null },
      { name: 'created_at', value: () => now },
      { name: 'updated_at', value: () => now },
    ];
    const facilityIds = new Map<string, number>();
    type F = DemoDistrict['facilities'][number];
    const facilities = await bulkInsert<F, { id: number; code: string }>(
      em,
      'facility',
      [
        ...located<F>(),
        { name: 'kind', value: (f) => f.kind },
        { name: 'status', value: () => 'APPROVED' },
        ...facilityDetailColumns<F>(),
        { name: 'hub_services', value: (f) => pgArray(f.hubServices), sql: '?::text[]' },
      ],
      demo.facilities,
      { returning: 'id, code' },
    );
    for (const f of facilities) facilityIds.set(f.code, f.id);
    const links = demo.facilities.flatMap((f) => f.hubPoiCodes.map((p) => ({ facility: facilityIds.get(f.code)!, poi: poiIds.get(p)! })));
    await bulkInsert(
      em,
      'facility_resource',
      [
        { name: 'facility_id', value: (l: (typeof links)[number]) => l.facility },
        { name: 'point_of_interest_id', value: (l: (typeof links)[number]) => l.poi },
      ],
      links,
    );
    log(`养老服务设施 / facilities: ${facilityIds.size}`);

    type M = DemoDistrict['medicalInstitutions'][number];
    const medicalIds = new Map<string, number>();
    const medical = await bulkInsert<M, { id: number; code: string }>(
      em,
      'medical_institution',
      [
        ...located<M>(),
        { name: 'kind', value: (m) => m.kind },
        { name: 'grade', value: (m) => m.grade },
        { name: 'geriatrics_department', value: (m) => m.geriatricsDepartment },
        { name: 'hospice_beds', value: (m) => m.hospiceBeds },
        { name: 'family_beds', value: (m) => m.familyBeds },
        { name: 'elderly_friendly', value: (m) => m.elderlyFriendly },
        { name: 'address', value: (m) => m.address },
        { name: 'phone', value: (m) => m.phone },
      ],
      demo.medicalInstitutions,
      { returning: 'id, code' },
    );
    for (const m of medical) medicalIds.set(m.code, m.id);

    type A = DemoDistrict['agreements'][number];
    await bulkInsert<A>(
      em,
      'care_agreement',
      [
        { name: 'code', value: (a) => a.code },
        { name: 'medical_id', value: (a) => medicalIds.get(a.medicalCode) },
        { name: 'facility_id', value: (a) => facilityIds.get(a.facilityCode) },
        { name: 'services', value: (a) => pgArray(a.services), sql: '?::text[]' },
        { name: 'signed_on', value: (a) => a.signedOn },
        { name: 'starts_on', value: (a) => a.startsOn },
        { name: 'ends_on', value: (a) => a.endsOn },
        { name: 'state', value: () => 'SIGNED' },
        { name: 'created_at', value: () => now },
        { name: 'updated_at', value: () => now },
      ],
      demo.agreements,
    );
    await em.getConnection().execute(
      `update care_agreement a set straight_line_meters = round(ST_Distance(m.location::geography, f.location::geography)::numeric, 1)
       from medical_institution m, facility f where m.id = a.medical_id and f.id = a.facility_id`,
      [],
      'run',
      em.getTransactionContext(),
    );
    log(`医疗机构 / medical institutions: ${medicalIds.size}; 签约 / agreements: ${demo.agreements.length}`);

    type R = DemoDistrict['residentialAreas'][number];
    await bulkInsert<R>(
      em,
      'residential_area',
      [
        ...located<R>(),
        { name: 'boundary', value: (r) => geojson(r.boundary), sql: GEOMETRY_SQL },
        { name: 'older_residents', value: (r) => r.olderResidents },
        { name: 'total_residents', value: (r) => r.totalResidents },
      ],
      demo.residentialAreas,
    );
    log(`居住区 / residential areas: ${demo.residentialAreas.length}`);

    // The demo's heights are sampled along every street as an imported elevation model would be.
    type S = DemoDistrict['roads'][number] & EdgeClimb;
    const roads: S[] = demo.roads.map((r) => ({
      ...r,
      ...edgeClimb(r.geometry.coordinates, (lon, lat) => demoElevation(demo.terrain, lon, lat))!,
    }));
    await bulkInsert<S>(
      em,
      'road_segment',
      [
        { name: 'geometry', value: (s) => geojson(s.geometry), sql: GEOMETRY_SQL },
        { name: 'highway', value: (s) => s.highway },
        { name: 'name', value: (s) => s.name },
        { name: 'step_count', value: (s) => s.stepCount ?? null },
        { name: 'climb', value: (s) => s.climb },
        { name: 'descent', value: (s) => s.descent },
        { name: 'climb_length', value: (s) => s.climbLength },
        { name: 'descent_length', value: (s) => s.descentLength },
        { name: 'source', value: () => 'demo' },
        { name: 'created_at', value: () => now },
      ],
      roads,
    );
    log(`道路 / road segments: ${demo.roads.length} (${roads.filter((r) => r.highway === 'steps').length} stairways)`);
    const workforceStarted = Date.now();
    const staff = await loadDemoWorkforce(em, demo, { facilities: facilityIds, medical: medicalIds }, today);
    log(`人才 / workforce: ${staff.employers} employers, ${staff.workers} workers in ${Date.now() - workforceStarted} ms`);
    await em
      .getConnection()
      .execute(
        `insert into app_setting (key, value) values ('${SEED_KEY}', ?::jsonb)`,
        [JSON.stringify({ seed: demo.seed, loadedAt: now.toISOString(), note: demo.note })],
        'run',
        em.getTransactionContext(),
      );
  });
}
