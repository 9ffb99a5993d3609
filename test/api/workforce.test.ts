import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
let civil: string;
let health: string;
const ids: Record<string, string> = {};

/** GB 11643 check character, written out here independently of the domain's. */
const idNumberCheckChar = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];
/** A valid ID number (GB 11643) from a region, birth date and sequence. */
const idNumber = (seq: number, birth = '19800101') => {
  const first = `500112${birth}${String(seq).padStart(3, '0')}`;
  return first + idNumberCheckChar(first);
};
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const CERT = {
  kind: 'ELDERLY_CARE_WORKER',
  number: 'YL-0001',
  issuer: '重庆市人力资源和社会保障局',
  issuedOn: '2024-03-01',
  validUntil: shift(400),
};
const HEALTH = { on: shift(-30) };

const REGISTER = `mutation($i: RegisterWorkerInput!) { registerWorker(input: $i) { id version name post idNumber certified employer { name } certificates { kind validUntil } } }`;
const fields = (r: any) => (r.errors?.[0]?.extensions?.fields ?? []).map((f: any) => f.field);
const snapshot = async () => ({
  worker: await api.count('worker'),
  cert: await api.count('worker_certificate'),
  emp: await api.count('worker_employment'),
  employer: await api.count('employer'),
});

beforeAll(async () => {
  api = await startTestApi({ label: 'workforce' });
  civil = await api.userToken('CIVIL_AFFAIRS');
  health = await api.userToken('HEALTH_BUREAU');
  // The demo's workforce already employs its institutions, centres, staffed stations and hospitals:
  // the tests register employers for a station and a clinic that are not employers yet.
  const free = async (q: string) => (await api.db.orm.em.getConnection().execute<{ id: number }[]>(q)).map((r) => String(r.id));
  const stations = await free(
    `select id from facility where kind = 'COMMUNITY_STATION' and id not in (select facility_id from employer where facility_id is not null) order by id limit 2`,
  );
  const clinics = await free(
    `select id from medical_institution where id not in (select medical_id from employer where medical_id is not null) order by id limit 1`,
  );
  const care = { data: { facilities: { nodes: stations.map((id) => ({ id })) } } };
  const medical = { data: { medicalInstitutions: { nodes: clinics.map((id) => ({ id })) } } };
  const reg = async (token: string, i: Record<string, unknown>) => {
    const r = await api.gqlAs(token, `mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { id name } }`, { i });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.registerEmployer.id as string;
  };
  ids.home = await reg(civil, { kind: 'CARE_FACILITY', facilityId: care.data.facilities.nodes[0].id });
  ids.home2 = await reg(civil, { kind: 'CARE_FACILITY', facilityId: care.data.facilities.nodes[1].id });
  ids.hospital = await reg(health, { kind: 'MEDICAL_INSTITUTION', medicalId: medical.data.medicalInstitutions.nodes[0].id });
  ids.company = await reg(health, { kind: 'SERVICE_COMPANY', name: '新生活护工公司（测试）', creditCode: '91350100M000100Y43' });
});
afterAll(async () => api?.stop());

// Runs first, before the tests below add workers of their own.
describe('demo workforce', () => {
  it('gives the seeds’ figures: 87.08% of 养老护理员 certified, 115 hospital care workers of whom 97 certified', async () => {
    const r = await api.gqlAs(
      civil,
      `{ workforceFigures { careWorkers certifiedCareWorkers certificationRate hospitalCareWorkers hospitalCareWorkersCertified certificatesExpiring } }`,
    );
    expect(r.errors).toBeUndefined();
    const f = r.data.workforceFigures;
    expect(Math.round(f.certificationRate * 10_000) / 100).toBe(87.08);
    expect([f.careWorkers, f.certifiedCareWorkers]).toEqual([325, 283]);
    expect(f.hospitalCareWorkers).toBe(115);
    expect(f.hospitalCareWorkersCertified).toBe(97);
    expect(f.certificatesExpiring).toBeGreaterThanOrEqual(20);
    const sql = async (q: string) => Number((await api.db.orm.em.getConnection().execute<{ n: string }[]>(q))[0].n);
    // 18 月嫂 with a 月嫂证 among the hospital care workers (seed 000).
    expect(
      await sql(
        `select count(*) as n from worker w join employer p on p.id = w.placed_at_id where p.kind = 'MEDICAL_INSTITUTION' and w.post = 'MATERNITY_CARE_WORKER' and exists (select 1 from worker_certificate c where c.worker_id = w.id and c.kind = 'MATERNITY_CARE')`,
      ),
    ).toBe(18);
    // The 2025 plan (seed 002): 200 care workers and 88 institution directors trained.
    const trained = (post: string) =>
      sql(
        `select count(distinct w.id) as n from worker w join worker_training t on t.worker_id = w.id where w.post = '${post}' and t.held_on between '2025-01-01' and '2025-12-31'`,
      );
    expect(await trained('ELDERLY_CARE_WORKER')).toBe(200);
    expect(await trained('DIRECTOR')).toBe(88);
    const companies = await api.gqlAs(civil, `{ employers { name kind } }`);
    expect(companies.data.employers.filter((e: any) => e.kind === 'SERVICE_COMPANY').map((e: any) => e.name)).toEqual(
      expect.arrayContaining(['新生活护工公司', '爱丽宝公司']),
    );
  });

  it('stores the demo’s ID numbers encrypted and shows them masked to the health bureau', async () => {
    const plainRows = await api.db.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from worker where id_number_cipher like '5001%' or id_number_cipher not like 'v1:%'`);
    expect(Number(plainRows[0].n)).toBe(0);
    const masked = await api.gqlAs(health, `{ workers(first: 20) { totalCount nodes { idNumber } } }`);
    expect(masked.data.workers.totalCount).toBeGreaterThan(500);
    for (const n of masked.data.workers.nodes) expect(n.idNumber).toMatch(/^500199\*{8}\d{3}[\dX]$/);
    const open = await api.gqlAs(civil, `{ workers(first: 1) { nodes { idNumber } } }`);
    expect(open.data.workers.nodes[0].idNumber).toMatch(/^500199\d{11}[\dX]$/);
  });
});

describe('the register: certificate states, search, sort and the staffing alert', () => {
  const sql = async <T>(q: string) => api.db.orm.em.getConnection().execute<T[]>(q);
  // The certificates that count for a post, written out here (any kind for a post that needs none).
  const RELEVANT = `(case w.post when 'ELDERLY_CARE_WORKER' then c.kind = 'ELDERLY_CARE_WORKER'
    when 'MEDICAL_CARE_WORKER' then c.kind in ('MEDICAL_CARE_WORKER', 'ELDERLY_CARE_WORKER')
    when 'MATERNITY_CARE_WORKER' then c.kind = 'MATERNITY_CARE' when 'SOCIAL_WORKER' then c.kind = 'SOCIAL_WORKER'
    when 'CAPABILITY_ASSESSOR' then c.kind = 'CAPABILITY_ASSESSOR' else true end)`;

  it('filters by certificate state as an independent SQL count classifies the workers', async () => {
    const rows = await sql<{ state: string; n: string }>(
      `with best as (select w.id, count(c.id) as held,
           max(case when c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}') then coalesce(c.valid_until, '9999-12-31') end) as until
         from worker w left join worker_certificate c on c.worker_id = w.id and ${RELEVANT} where w.deleted_at is null group by w.id)
       select case when held = 0 then 'NONE' when until is null then 'EXPIRED' when until <= '${shift(90)}' then 'EXPIRING' else 'VALID' end as state,
         count(*) as n from best group by 1`,
    );
    const expected = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    expect(expected.EXPIRING).toBeGreaterThan(0);
    for (const state of ['VALID', 'EXPIRING', 'EXPIRED', 'NONE']) {
      const r = await api.gqlAs(
        civil,
        `query($s: [CertificateState!]) { workers(filter: { certificateStates: $s }, first: 5) { totalCount nodes { certificateState } } }`,
        { s: [state] },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.workers.totalCount, state).toBe(expected[state] ?? 0);
      for (const n of r.data.workers.nodes) expect(n.certificateState).toBe(state);
    }
  });

  it('finds workers by the tail of the masked ID number and by certificate number', async () => {
    const [one] = await sql<{ tail: string; number: string; id: number }>(
      `select right(w.id_number_masked, 4) as tail, c.number, w.id from worker w join worker_certificate c on c.worker_id = w.id order by w.id limit 1`,
    );
    const [{ n }] = await sql<{ n: string }>(
      `select count(*) as n from worker where id_number_masked like '%${one.tail}' and deleted_at is null`,
    );
    const byTail = await api.gqlAs(
      civil,
      `query($q: String) { workers(filter: { search: $q }, first: 100) { totalCount nodes { id idNumberMasked } } }`,
      {
        q: one.tail,
      },
    );
    expect(byTail.data.workers.totalCount).toBe(Number(n));
    for (const w of byTail.data.workers.nodes) expect(w.idNumberMasked.endsWith(one.tail)).toBe(true);
    const byCert = await api.gqlAs(civil, `query($q: String) { workers(filter: { search: $q }) { nodes { id } } }`, { q: one.number });
    expect(byCert.data.workers.nodes.map((w: any) => w.id)).toContain(String(one.id));
  });

  it('sorts the whole register across pages (stars descending, unrated last)', async () => {
    const page = (after: string | null) =>
      api.gqlAs(
        civil,
        `query($a: String) { workers(first: 200, after: $a, orderBy: { field: STARS, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } nodes { id stars } } }`,
        { a: after },
      );
    const seen: { id: string; stars: number | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await page(after);
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.workers.nodes);
      if (!r.data.workers.pageInfo.hasNextPage) break;
      after = r.data.workers.pageInfo.endCursor;
    }
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from worker where deleted_at is null`);
    expect(seen.length).toBe(Number(n));
    expect(new Set(seen.map((w) => w.id)).size).toBe(seen.length);
    const key = (s: number | null) => (s == null ? -1 : s);
    for (let i = 1; i < seen.length; i++) expect(key(seen[i - 1].stars)).toBeGreaterThanOrEqual(key(seen[i].stars));
  });

  it('reads a page of 200 workers with employers and certificate states in one SQL statement besides the session, as 20, sorted or not', async () => {
    const run = async (first: number, orderBy: Record<string, string> | null) => {
      api.resetQueries();
      const r = await api.gqlAs(
        civil,
        `query($o: WorkerOrder) { workers(first: ${first}, orderBy: $o) { totalCount nodes { id certificateState certificateValidUntil certified employer { id name } placedAt { id } } } }`,
        { o: orderBy },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data.workers.nodes).toHaveLength(first);
      return api.statements().length;
    };
    for (const orderBy of [null, { field: 'CERTIFICATE_VALID_UNTIL' }]) {
      const for20 = await run(20, orderBy);
      expect(await run(200, orderBy)).toBe(for20);
      // The page, its total, its employers and its certificates (and the session's, not counted).
      expect(for20).toBe(1);
    }
  });

  it('lists the approved stations and centres without a certified care worker, as SQL counts them', async () => {
    const expected = await sql<{ id: number }>(
      `select f.id from facility f where f.kind in ('COMMUNITY_STATION', 'STREET_CENTER', 'TOWN_CENTER') and f.status = 'APPROVED' and f.deleted_at is null
         and not exists (select 1 from employer e join worker w on w.employer_id = e.id join worker_certificate c on c.worker_id = w.id
           where e.facility_id = f.id and w.deleted_at is null and w.post in ('ELDERLY_CARE_WORKER', 'MEDICAL_CARE_WORKER', 'MATERNITY_CARE_WORKER') and ${RELEVANT}
             and c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}'))
       order by f.id`,
    );
    expect(expected.length).toBeGreaterThanOrEqual(30);
    const planner = await api.userToken('PLANNER');
    const r = await api.gqlAs(planner, `{ stationsWithoutCertifiedCareWorker { facility { id kind } careWorkers certifiedCareWorkers } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.stationsWithoutCertifiedCareWorker.map((s: any) => Number(s.facility.id))).toEqual(expected.map((e) => e.id));
    for (const s of r.data.stationsWithoutCertifiedCareWorker) expect(s.certifiedCareWorkers).toBe(0);
  });

  it('lists the workers of medical institutions (employed or placed there) for the health bureau: the 115 hospital care workers among them', async () => {
    const [{ n }] = await sql<{ n: string }>(
      `select count(*) as n from worker w where w.deleted_at is null and (w.employer_id in (select id from employer where kind = 'MEDICAL_INSTITUTION')
         or w.placed_at_id in (select id from employer where kind = 'MEDICAL_INSTITUTION'))`,
    );
    const r = await api.gqlAs(health, `{ workers(filter: { inMedicalInstitutions: true }) { totalCount } all: workers { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.workers.totalCount).toBe(Number(n));
    expect(r.data.workers.totalCount).toBeGreaterThanOrEqual(115);
    const rest = await api.gqlAs(health, `{ workers(filter: { inMedicalInstitutions: false }) { totalCount } }`);
    expect(rest.data.workers.totalCount + r.data.workers.totalCount).toBe(r.data.all.totalCount);
  });

  it('answers the masked ID number without an audit row, and the full one only with the right', async () => {
    const audits = () => api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`);
    const before = await audits();
    const r = await api.gqlAs(civil, `{ workers(first: 3) { nodes { idNumberMasked viewerCanReadIdNumber } } }`);
    expect(r.data.workers.nodes.every((w: any) => w.viewerCanReadIdNumber && /\*{8}/.test(w.idNumberMasked))).toBe(true);
    expect(await audits()).toBe(before);
    const h = await api.gqlAs(health, `{ workers(first: 1) { nodes { viewerCanReadIdNumber } } }`);
    expect(h.data.workers.nodes[0].viewerCanReadIdNumber).toBe(false);
  });
});

describe('employers', () => {
  it('refuses a unified social credit code with a wrong check character, and writes nothing', async () => {
    const before = await snapshot();
    const r = await api.gqlAs(
      civil,
      `mutation { registerEmployer(input: { kind: SERVICE_COMPANY, name: "x", creditCode: "91350100M000100Y44" }) { id } }`,
    );
    expect(fields(r)).toEqual(['creditCode']);
    expect(r.errors![0].extensions!.fields![0].message).toMatch(/统一社会信用代码/);
    const en = await api.gqlAs(
      civil,
      `mutation { registerEmployer(input: { kind: SERVICE_COMPANY, name: "x", creditCode: "91350100M000100Y44" }) { id } }`,
      {},
      'en',
    );
    expect(en.errors![0].extensions!.fields![0].message).toMatch(/credit code/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('registering workers', () => {
  it('refuses an ID number with a wrong GB 11643 check digit, without echoing it, and writes nothing', async () => {
    const good = idNumber(1);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const before = await snapshot();
    const r = await api.gqlAs(civil, REGISTER, { i: { name: '张三', idNumber: bad } });
    expect(fields(r)).toEqual(['idNumber']);
    expect(r.errors![0].extensions!.fields![0].message).toMatch(/校验码/);
    expect(JSON.stringify(r)).not.toContain(bad);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a care post without a valid certificate (持证上岗), and writes nothing', async () => {
    const before = await snapshot();
    const employment = { employerId: ids.home, post: 'ELDERLY_CARE_WORKER', startsOn: TODAY };
    const r = await api.gqlAs(civil, REGISTER, { i: { name: '李四', idNumber: idNumber(2), healthCheck: HEALTH, employment } });
    expect(fields(r)).toEqual(['employment.post']);
    expect(r.errors![0].extensions!.fields![0].message).toMatch(/持证上岗/);
    const expired = { ...CERT, validUntil: shift(-1) };
    const r2 = await api.gqlAs(civil, REGISTER, {
      i: { name: '李四', idNumber: idNumber(2), healthCheck: HEALTH, certificates: [expired], employment },
    });
    expect(fields(r2)).toEqual(['employment.post']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a care post without a health check, and writes nothing', async () => {
    const before = await snapshot();
    const r = await api.gqlAs(civil, REGISTER, {
      i: {
        name: '王五',
        idNumber: idNumber(3),
        certificates: [CERT],
        employment: { employerId: ids.home, post: 'ELDERLY_CARE_WORKER', startsOn: TODAY },
      },
    });
    expect(fields(r)).toEqual(['healthCheck']);
    expect(await snapshot()).toEqual(before);
  });

  it('registers a certified, checked worker; the ID number is stored encrypted and found by its keyed hash', async () => {
    const id = idNumber(4);
    const r = await api.gqlAs(civil, REGISTER, {
      i: {
        name: '赵六',
        idNumber: id,
        phone: '13800001234',
        healthCheck: HEALTH,
        certificates: [CERT],
        employment: { employerId: ids.home, post: 'ELDERLY_CARE_WORKER', startsOn: '2024-04-01' },
      },
    });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data.registerWorker).toMatchObject({ name: '赵六', post: 'ELDERLY_CARE_WORKER', certified: true, idNumber: id });
    ids.worker = r.data.registerWorker.id;
    ids.workerVersion = r.data.registerWorker.version;
    const rows = await api.db.orm.em.getConnection().execute(`select * from worker`);
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(JSON.stringify(rows)).toContain('500112********');
    const found = await api.gqlAs(civil, `query($s: String) { workers(filter: { search: $s }) { totalCount nodes { name } } }`, { s: id });
    expect(found.data.workers.nodes.map((n: any) => n.name)).toEqual(['赵六']);
    const dup = await api.gqlAs(civil, REGISTER, { i: { name: '赵六', idNumber: id } });
    expect(fields(dup)).toEqual(['idNumber']);
  });

  it('refuses an employment overlapping a full-time one unless the reason is given', async () => {
    const before = await snapshot();
    const EMPLOY = `mutation($i: EmployWorkerInput!) { employWorker(input: $i) { id version employments { startsOn endsOn } } }`;
    const base = {
      workerId: ids.worker,
      version: Number(ids.workerVersion),
      employerId: ids.home2,
      post: 'ELDERLY_CARE_WORKER',
      startsOn: shift(-10),
    };
    const r = await api.gqlAs(civil, EMPLOY, { i: base });
    expect(fields(r)).toEqual(['startsOn']);
    expect(r.errors![0].extensions!.fields![0].message).toMatch(/重叠/);
    expect(await snapshot()).toEqual(before);
    const ok = await api.gqlAs(civil, EMPLOY, { i: { ...base, concurrentReason: '两院交接期间' } });
    expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
    expect(ok.data.employWorker.employments).toHaveLength(2);
    ids.workerVersion = ok.data.employWorker.version;
  });
});

describe('the dishonesty list', () => {
  it('refuses to register a listed worker, shows the reason, audits the attempt and writes nothing else', async () => {
    const listed = idNumber(5, '19751231');
    const imported = await api.gqlAs(civil, `mutation($e: [DishonestPartyInput!]!) { importDishonestyList(entries: $e) }`, {
      e: [
        {
          kind: 'WORKER',
          name: '钱七',
          idNumber: listed,
          reason: '虐待服务对象（2024年）',
          listedOn: '2024-06-01',
          source: '全国养老服务市场失信联合惩戒对象名单',
        },
        { kind: 'EMPLOYER', name: '某失信公司', creditCode: '91500112MA5U000000'.slice(0, 17) + 'X', reason: 'x' },
      ],
    });
    // The second entry's code has a wrong check character: the whole import is refused.
    expect(fields(imported)).toEqual(['entries.1.creditCode']);
    expect(await api.count('dishonest_party')).toBe(0);
    const ok = await api.gqlAs(civil, `mutation($e: [DishonestPartyInput!]!) { importDishonestyList(entries: $e) }`, {
      e: [{ kind: 'WORKER', name: '钱七', idNumber: listed, reason: '虐待服务对象（2024年）' }],
    });
    expect(ok.data.importDishonestyList).toBe(1);
    const rows = await api.db.orm.em.getConnection().execute(`select * from dishonest_party`);
    expect(JSON.stringify(rows)).not.toContain(listed);

    const before = await snapshot();
    const r = await api.gqlAs(civil, REGISTER, { i: { name: '钱七', idNumber: listed } });
    expect(fields(r)).toEqual(['idNumber']);
    expect(r.errors![0].extensions!.fields![0].message).toContain('虐待服务对象');
    expect(await snapshot()).toEqual(before);
    expect(await api.count('audit_log', `event = 'WORKER_REFUSED_DISHONEST'`)).toBe(1);
  });
});

describe('ID numbers (PIPL)', () => {
  it('masks the number for roles without the right and audits every unmasked read', async () => {
    const plain = idNumber(4);
    // Found by the number's keyed hash among the demo's workers.
    const q = `query($s: String) { workers(filter: { search: $s }) { nodes { id idNumber phone } } }`;
    const masked = await api.gqlAs(health, q, { s: plain });
    expect(masked.errors).toBeUndefined();
    expect(masked.data.workers.nodes[0].idNumber).toBe(`${plain.slice(0, 6)}********${plain.slice(14)}`);
    expect(JSON.stringify(masked)).not.toContain(plain);
    expect(JSON.stringify(masked)).not.toContain('13800001234');
    const reads = await api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`);
    const open = await api.gqlAs(civil, q, { s: plain });
    expect(open.data.workers.nodes).toHaveLength(1);
    expect(open.data.workers.nodes[0].idNumber).toBe(plain);
    expect(await api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ' and action = 'read'`)).toBe(
      reads + open.data.workers.nodes.length,
    );
    expect(api.queries.join('\n')).not.toContain(plain);
  });
});

describe('employer accounts', () => {
  it('keep their own staff only', async () => {
    const token = await api.userToken('EMPLOYER', null, 'employer-home2');
    const unbound = await api.gqlAs(token, `{ workers { totalCount } }`);
    expect(unbound.errors![0].extensions!.code).toBe('FORBIDDEN');
    const users = await api.gql(`{ users { id username } }`);
    const uid = users.data.users.find((u: any) => u.username === 'employer-home2').id;
    expect(
      (await api.gql(`mutation($u: ID!, $e: ID!) { bindEmployerAccount(userId: $u, employerId: $e) }`, { u: uid, e: ids.company })).errors,
    ).toBeUndefined();
    expect((await api.gqlAs(token, `{ workers { totalCount } }`)).data.workers.totalCount).toBe(0);
    const before = await snapshot();
    const r = await api.gqlAs(token, REGISTER, {
      i: {
        name: '孙八',
        idNumber: idNumber(6),
        healthCheck: HEALTH,
        certificates: [CERT],
        employment: { employerId: ids.home, post: 'ELDERLY_CARE_WORKER', startsOn: TODAY },
      },
    });
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    const own = await api.gqlAs(token, REGISTER, {
      i: {
        name: '孙八',
        idNumber: idNumber(6),
        healthCheck: HEALTH,
        certificates: [{ ...CERT, kind: 'MEDICAL_CARE_WORKER' }],
        employment: { employerId: ids.company, post: 'MEDICAL_CARE_WORKER', startsOn: TODAY, placedAtId: ids.hospital },
      },
    });
    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect((await api.gqlAs(token, `{ workers { totalCount } }`)).data.workers.totalCount).toBe(1);
  });
});

describe('workforce figures', () => {
  it('equal an independent SQL computation over the same rows', async () => {
    const r = await api.gqlAs(
      civil,
      `{ workforceFigures { careWorkers certifiedCareWorkers certificationRate socialWorkers hospitalCareWorkers hospitalCareWorkersCertified socialWorkersPerThousandOlder } }`,
    );
    expect(r.errors).toBeUndefined();
    const sql = async (q: string) => Number((await api.db.orm.em.getConnection().execute<{ n: string }[]>(q))[0].n);
    const care = await sql(
      `select count(*) as n from worker where post = 'ELDERLY_CARE_WORKER' and employer_id is not null and deleted_at is null`,
    );
    const certified = await sql(
      `select count(distinct w.id) as n from worker w join worker_certificate c on c.worker_id = w.id where w.post = 'ELDERLY_CARE_WORKER' and w.employer_id is not null and c.kind = 'ELDERLY_CARE_WORKER' and c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}')`,
    );
    const hospital = await sql(
      `select count(*) as n from worker w join employer e on e.id = w.employer_id left join employer p on p.id = w.placed_at_id where w.post in ('ELDERLY_CARE_WORKER','MEDICAL_CARE_WORKER','MATERNITY_CARE_WORKER') and (e.kind = 'MEDICAL_INSTITUTION' or p.kind = 'MEDICAL_INSTITUTION')`,
    );
    const f = r.data.workforceFigures;
    expect(f.careWorkers).toBe(care);
    expect(f.certifiedCareWorkers).toBe(certified);
    expect(f.certificationRate).toBeCloseTo(care ? certified / care : 0, 10);
    expect(f.hospitalCareWorkers).toBe(hospital);
    const hospitalCertified = await sql(
      `select count(*) as n from worker w join employer e on e.id = w.employer_id left join employer p on p.id = w.placed_at_id where w.post in ('ELDERLY_CARE_WORKER','MEDICAL_CARE_WORKER','MATERNITY_CARE_WORKER') and (e.kind = 'MEDICAL_INSTITUTION' or p.kind = 'MEDICAL_INSTITUTION') and exists (select 1 from worker_certificate c where c.worker_id = w.id and c.kind in ('ELDERLY_CARE_WORKER','MEDICAL_CARE_WORKER') and c.issued_on <= '${TODAY}' and (c.valid_until is null or c.valid_until >= '${TODAY}'))`,
    );
    expect(f.hospitalCareWorkersCertified).toBe(hospitalCertified);
    // The demo's 97 and the one the employer-account test placed at a clinic.
    expect(hospitalCertified).toBe(98);
    expect(care).toBeGreaterThan(0);
  });

  it('of each street/town (and each community) equal the division’s own figures', async () => {
    const FIGURES = `divisionId divisionName careWorkers certifiedCareWorkers certificationRate certificationRateTarget socialWorkers
      olderResidents institutionBeds socialWorkersPerThousandOlder socialWorkersPerHundredBeds hospitalCareWorkers
      hospitalCareWorkersCertified uncertifiedOnPost certificatesExpiring trainingsThisYear trainingHoursThisYear trainingPlanYear
      careWorkersTrainedInPlanYear directorsTrainedInPlanYear careWorkersTrainingPlan directorsTrainingPlan
      skillLevels { level workers } stars { stars workers }`;
    const byDivision = async (divisionId: string | null) => {
      const r = await api.gqlAs(civil, `query($d: ID) { workforceFiguresByDivision(divisionId: $d) { ${FIGURES} } }`, { d: divisionId });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data.workforceFiguresByDivision as any[];
    };
    const own = async (divisionId: string) => {
      const r = await api.gqlAs(civil, `query($d: ID) { workforceFigures(divisionId: $d) { ${FIGURES} } }`, { d: divisionId });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data.workforceFigures;
    };
    const streets = await byDivision(null);
    // The divisions directly below the district, in the order of their codes.
    const ids = await api.db.orm.em
      .getConnection()
      .execute<{ id: number }[]>(
        `select id from division where parent_id = (select id from division where parent_id is null order by id limit 1) order by code`,
      );
    expect(streets.map((s) => s.divisionId)).toEqual(ids.map((d) => String(d.id)));
    expect(streets.filter((s) => s.careWorkers > 0).length).toBeGreaterThan(5);
    for (const street of streets) expect(street, street.divisionName).toEqual(await own(street.divisionId));
    // One level down: the communities of the street with the most care workers.
    const busiest = streets.reduce((a, b) => (b.careWorkers > a.careWorkers ? b : a));
    const communities = await byDivision(busiest.divisionId);
    expect(communities.length).toBeGreaterThan(0);
    for (const c of communities) expect(c, c.divisionName).toEqual(await own(c.divisionId));
    expect(await byDivision(communities[0].divisionId)).toEqual([]);
  });
});

describe('talent libraries (人才库)', () => {
  const LIBRARIES = `query($f: WorkerFilter) { workers(filter: $f, first: 500) { totalCount nodes { id version libraries } } }`;
  it('are kept by civil affairs; others are refused and nothing changes; the register filters by them', async () => {
    // The demo's members, as SQL counts them.
    const [{ n }] = await api.db.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from worker where deleted_at is null and libraries && '{EXPERT}'::text[]`);
    const experts = await api.gqlAs(civil, LIBRARIES, { f: { libraries: ['EXPERT'] } });
    expect(experts.errors, JSON.stringify(experts.errors)).toBeUndefined();
    expect(experts.data.workers.totalCount).toBe(Number(n));
    for (const w of experts.data.workers.nodes) expect(w.libraries).toContain('EXPERT');

    const outside = (await api.gqlAs(civil, LIBRARIES, { f: { search: '' } })).data.workers.nodes.find(
      (w: any) => w.libraries.length === 0,
    );
    const set = (token: string, libraries: string[]) =>
      api.gqlAs(token, `mutation($i: UpdateWorkerInput!) { updateWorker(input: $i) { id version libraries } }`, {
        i: { id: outside.id, version: outside.version, libraries },
      });
    // The health bureau keeps workers but not the libraries.
    const refused = await set(health, ['COMPETITION_JUDGE']);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [row] = await api.db.orm.em
      .getConnection()
      .execute<{ libraries: string[]; version: number }[]>(`select libraries, version from worker where id = ${Number(outside.id)}`);
    expect(row).toEqual({ libraries: [], version: outside.version });

    // Civil affairs: stored in the domain's order without repeats, found by the filter, shown in the export.
    const kept = await set(civil, ['COMPETITION_JUDGE', 'EXPERT', 'EXPERT']);
    expect(kept.errors, JSON.stringify(kept.errors)).toBeUndefined();
    expect(kept.data.updateWorker.libraries).toEqual(['EXPERT', 'COMPETITION_JUDGE']);
    const judges = await api.gqlAs(civil, LIBRARIES, { f: { libraries: ['COMPETITION_JUDGE'] } });
    expect(judges.data.workers.nodes.map((w: any) => w.id)).toContain(outside.id);
    expect((await api.gqlAs(civil, LIBRARIES, { f: { libraries: ['EXPERT'] } })).data.workers.totalCount).toBe(Number(n) + 1);
  });
});
