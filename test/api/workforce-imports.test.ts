import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

/** GB 11643 check character, written out here independently of the domain's. */
const idCheck = (first17: string) =>
  '10X98765432'[[...first17].reduce((sum, d, i) => sum + Number(d) * [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11];
/** A valid ID number in region 500113 (the demo uses 500199), unique per sequence. */
const idNumber = (seq: number, birth = '19790101') => {
  const first = `500113${birth}${String(seq).padStart(3, '0')}`;
  return first + idCheck(first);
};
/** The same with a wrong check character. */
const badCheck = (seq: number) => {
  const good = idNumber(seq);
  return good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
};
/** GB 32100 check character, written out independently. */
const creditCheck = (first17: string) => {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + chars.indexOf(c) * w[i], 0);
  return chars[(31 - (sum % 31)) % 31];
};
const creditCode = (seq: number) => {
  const first = `91500113MA${String(seq).padStart(7, '0')}`;
  return first + creditCheck(first);
};

const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WORKER_HEADER = [
  '姓名',
  '身份证号',
  '用人单位',
  '岗位',
  '入职日期',
  '体检日期',
  '证书类型',
  '证书编号',
  '发证机关',
  '发证日期',
  '有效期至',
];
/** A worker row that meets every rule: certified, health-checked, employed from today. */
const goodWorker = (name: string, id: string, employer: string) => [
  name,
  id,
  employer,
  '养老护理员',
  TODAY,
  shift(-10),
  '养老护理员职业技能等级证书',
  `YL-${id.slice(-6)}`,
  '重庆市人力资源和社会保障局',
  '2024-03-01',
  shift(400),
];

async function xlsx(header: unknown[], rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let api: TestApi;
let civil: string;
let office: string;
let employerToken: string;
/** Employers by role in the tests: two free stations (one in 两路街道), and one outside 两路街道. */
const emp: Record<string, { id: string; name: string }> = {};
/** Everything the server printed while the tests ran. */
const printed: string[] = [];
const restore: (() => void)[] = [];
/** Every plain ID number the tests upload. */
const uploaded = new Set<string>();

const sql = async <T = any>(q: string, params: unknown[] = []) => api.db.orm.em.getConnection().execute<T[]>(q, params);
const counts = async () => ({
  worker: await api.count('worker'),
  cert: await api.count('worker_certificate'),
  emp: await api.count('worker_employment'),
  training: await api.count('worker_training'),
  listed: await api.count('dishonest_party'),
});

async function upload(kind: string, token: string, body: Buffer, query: Record<string, string> = {}, lang = 'zh-CN', type = XLSX) {
  const res = await fetch(`${api.url}/imports/${kind}?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { 'content-type': type, 'accept-language': lang, authorization: `Bearer ${token}` },
    body,
  });
  const text = await res.text();
  for (const id of uploaded) expect(text, 'an ID number in an import report').not.toContain(id);
  return { status: res.status, body: JSON.parse(text) };
}
const workersFile = (rows: unknown[][]) => {
  for (const r of rows) uploaded.add(String(r[1]));
  return xlsx(WORKER_HEADER, rows);
};
/** The errors of a report by row: `row: field message`. */
const errorsOf = (body: any) => body.errors.map((e: any) => `${e.row}: ${e.field} ${e.message}`);

beforeAll(async () => {
  // The server's console and standard streams, to check that no ID number is ever printed.
  for (const name of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const orig = console[name];
    console[name] = (...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
      orig.apply(console, args);
    };
    restore.push(() => (console[name] = orig));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const orig = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = orig));
  }
  api = await startTestApi({ label: 'workforce-imports' });
  civil = await api.userToken('CIVIL_AFFAIRS');
  const [lianglu] = await sql<{ id: number; path: string }>(`select id, path from division where name = '两路街道'`);
  office = await api.userToken('STREET_OFFICE', lianglu.id);
  // Two stations of 两路街道 and one elsewhere that employ nobody yet become employers.
  const stations = async (inside: boolean) =>
    sql<{ id: number; name: string }>(
      `select f.id, f.name from facility f join division d on d.id = f.division_id
        where f.kind = 'COMMUNITY_STATION' and f.status = 'APPROVED' and f.deleted_at is null
          and f.id not in (select facility_id from employer where facility_id is not null)
          and (select count(*) from facility g where g.name = f.name) = 1
          and ${inside ? '' : 'not'} (d.path like ? || '%') order by f.id limit 2`,
      [lianglu.path],
    );
  const [a, b] = await stations(true);
  const [c] = await stations(false);
  for (const [key, f] of [
    ['own', a],
    ['other', b],
    ['far', c],
  ] as const) {
    const r = await api.gqlAs(civil, `mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { id name } }`, {
      i: { kind: 'CARE_FACILITY', facilityId: String(f.id) },
    });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    emp[key] = r.data.registerEmployer;
  }
  employerToken = await api.userToken('EMPLOYER', null, 'imports-employer');
  const [user] = await sql<{ id: number }>(`select id from app_user where username = 'imports-employer'`);
  const bound = await api.gql(`mutation($u: ID!, $e: ID!) { bindEmployerAccount(userId: $u, employerId: $e) }`, {
    u: String(user.id),
    e: emp.own.id,
  });
  expect(bound.errors).toBeUndefined();
  // The demo district's seeding through the register's write path takes a while on a busy machine.
}, 900_000);

afterAll(async () => {
  await api?.stop();
  for (const r of restore) r();
});

describe('POST /imports/workers', () => {
  it('registers every row through the register’s rules, encrypted, and audits the import', async () => {
    const before = await counts();
    const rows = [goodWorker('赵一', idNumber(1), emp.own.name), goodWorker('钱二', idNumber(2), emp.other.name)];
    const r = await upload('workers', civil, await workersFile(rows), { filename: '人员.xlsx' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ what: 'workers', committed: true, inserted: 2, read: 2, errors: [], unusedColumns: [] });
    const after = await counts();
    expect([after.worker - before.worker, after.cert - before.cert, after.emp - before.emp]).toEqual([2, 2, 2]);
    const stored = await sql<{ name: string; post: string; masked: string; cipher: string }>(
      `select w.name, w.post, w.id_number_masked as masked, w.id_number_cipher as cipher from worker w
        join employer e on e.id = w.employer_id where e.id in (?, ?) order by w.name`,
      [Number(emp.own.id), Number(emp.other.id)],
    );
    expect(stored.map((w) => [w.name, w.post, w.masked])).toEqual([
      ['赵一', 'ELDERLY_CARE_WORKER', `500113********${idNumber(1).slice(-4)}`],
      ['钱二', 'ELDERLY_CARE_WORKER', `500113********${idNumber(2).slice(-4)}`],
    ]);
    for (const w of stored) expect(w.cipher).toMatch(/^v1:/);
    const [audit] = await sql<{ n: string }>(`select count(*) as n from audit_log where event = 'WORKERS_IMPORTED'`);
    expect(Number(audit.n)).toBe(1);
    const [created] = await sql<{ n: string }>(
      `select count(*) as n from audit_log where event = 'WORKER_CREATED' and username like 'civil_affairs%'`,
    );
    expect(Number(created.n)).toBeGreaterThanOrEqual(2);
  });

  it('refuses every rule’s breach on its column, in Chinese and English, and writes nothing (all or nothing)', async () => {
    // The dishonesty list, imported first: one listed person.
    const listedId = idNumber(90);
    uploaded.add(listedId);
    const list = await upload(
      'dishonesty-list',
      civil,
      await xlsx(
        ['失信主体名称', '统一社会信用代码/身份证号', '列入原因', '列入日期', '认定部门'],
        [['周失信', listedId, '虐待老人', '2025-01-10', '重庆市民政局']],
      ),
    );
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const before = await counts();
    const noCert = goodWorker('孙三', idNumber(3), emp.own.name).map((v, i) => (i >= 6 ? '' : v));
    const noHealth = goodWorker('李四', idNumber(4), emp.own.name).map((v, i) => (i === 5 ? '' : v));
    const rows = [
      goodWorker('周五', idNumber(5), emp.own.name), // row 2: good
      goodWorker('吴六', badCheck(6), emp.own.name), // row 3: GB 11643 check digit
      noCert, // row 4: 持证上岗
      noHealth, // row 5: health check
      goodWorker('周失信', listedId, emp.own.name), // row 6: dishonesty list
      goodWorker('郑七', idNumber(5), emp.own.name), // row 7: the ID number of row 2 again
      goodWorker('王八', idNumber(8), '没有这个单位'), // row 8: unknown employer
      goodWorker('冯九', idNumber(9), emp.own.name).map((v, i) => (i === 9 ? shift(5) : v)), // row 9: issued in the future
    ];
    const r = await upload('workers', civil, await workersFile(rows));
    expect(r.status).toBe(422);
    expect(r.body.committed).toBe(false);
    expect(r.body.inserted).toBe(0);
    const errors = errorsOf(r.body);
    expect(errors).toEqual([
      expect.stringMatching(/^3: 身份证号 .*校验码/),
      expect.stringMatching(/^4: 岗位 持证上岗/),
      expect.stringMatching(/^5: 体检日期 .*健康体检/),
      expect.stringMatching(/^6: 身份证号 .*失信联合惩戒对象名单：虐待老人/),
      expect.stringMatching(/^7: 身份证号 .*第 2 行重复/),
      expect.stringMatching(/^8: 用人单位 找不到用人单位“没有这个单位”/),
      // A certificate issued in the future is no certificate: the post is refused too.
      expect.stringMatching(/^9: 发证日期 日期不能晚于今天/),
      expect.stringMatching(/^9: 岗位 持证上岗/),
    ]);
    const en = r.body.errors.map((e: any) => e.messageEn);
    expect(en[0]).toMatch(/check digit/);
    expect(en[1]).toMatch(/Certificate required/);
    expect(en[3]).toMatch(/dishonest/);
    expect(await counts()).toEqual(before);
    // The refused attempt of a listed person is audited (masked), as the API audits it.
    const [refusal] = await sql<{ after: any }>(
      `select after from audit_log where event = 'WORKER_REFUSED_DISHONEST' order by id desc limit 1`,
    );
    const after = typeof refusal.after === 'string' ? JSON.parse(refusal.after) : refusal.after;
    expect(after).toMatchObject({ name: '周失信', idNumberMasked: `500113********${listedId.slice(-4)}` });
  });

  it('checks a dry run and writes nothing; skipInvalid writes the good rows only', async () => {
    const before = await counts();
    const rows = [goodWorker('陈十', idNumber(10), emp.own.name), goodWorker('褚十一', badCheck(11), emp.own.name)];
    const dry = await upload('workers', civil, await workersFile(rows.slice(0, 1)), { dryRun: '1' });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, committed: false, inserted: 1, errors: [] });
    expect(await counts()).toEqual(before);
    const skip = await upload('workers', civil, await workersFile(rows), { skipInvalid: '1' });
    expect(skip.status).toBe(200);
    expect(skip.body).toMatchObject({ committed: true, inserted: 1, skipped: 1 });
    expect((await counts()).worker).toBe(before.worker + 1);
  });

  it('employs a worker already registered: the overlap with a current full-time employment is refused', async () => {
    const before = await counts();
    // 陈十 works full time at the first station since today; a second full-time post overlaps.
    const r = await upload('workers', civil, await workersFile([goodWorker('陈十', idNumber(10), emp.other.name)]));
    expect(r.status).toBe(422);
    expect(errorsOf(r.body)).toEqual([expect.stringMatching(/^2: 入职日期 与现有全职从业经历重叠/)]);
    expect(await counts()).toEqual(before);
  });

  it('holds an employer account to its own staff and a street office to its division', async () => {
    const before = await counts();
    // An employer account may leave the employer out: its own.
    const own = goodWorker('卫十二', idNumber(12), '');
    const foreign = goodWorker('蒋十三', idNumber(13), emp.other.name);
    const r = await upload('workers', employerToken, await workersFile([own, foreign]));
    expect(r.status).toBe(422);
    expect(errorsOf(r.body)).toEqual([expect.stringMatching(/^3: 用人单位 无权管理该用人单位的人员/)]);
    expect(await counts()).toEqual(before);
    const ok = await upload('workers', employerToken, await workersFile([own]));
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const [placed] = await sql<{ employer_id: number }>(`select employer_id from worker where name = '卫十二'`);
    expect(String(placed.employer_id)).toBe(emp.own.id);

    const far = await upload('workers', office, await workersFile([goodWorker('沈十四', idNumber(14), emp.far.name)]));
    expect(far.status).toBe(422);
    expect(errorsOf(far.body)).toEqual([expect.stringMatching(/^2: 用人单位 无权管理/)]);
    const near = await upload('workers', office, await workersFile([goodWorker('沈十四', idNumber(14), emp.other.name)]));
    expect(near.status, JSON.stringify(near.body)).toBe(200);
  });

  it('answers 401, 403 and 400 in the API’s error format', async () => {
    const anonymous = await fetch(`${api.url}/imports/workers`, { method: 'POST', headers: { 'x-carecircle-request': '1' }, body: 'x' });
    expect(anonymous.status).toBe(401);
    const viewer = await api.userToken('VIEWER');
    const refused = await upload('workers', viewer, await workersFile([]));
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const planner = await api.userToken('PLANNER');
    expect((await upload('dishonesty-list', planner, Buffer.from('a,b\n1,2\n'), {}, 'zh-CN', 'text/csv')).status).toBe(403);
    const missing = await upload('workers', civil, await xlsx(['姓名'], [['x']]));
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ row: 1, field: 'idNumber' });
    expect(missing.body.errors[0].message).toMatch(/缺少“idNumber”列.*身份证号/);
  });
});

describe('POST /imports/certificates and /imports/trainings', () => {
  it('adds certificates and trainings to the workers found by their ID numbers, or nothing', async () => {
    const before = await counts();
    uploaded.add(idNumber(77));
    const certs = [
      ['赵一', idNumber(1), '医疗护理员', 'YH-1', '', '渝北区卫健委', '2025-01-02', ''],
      ['无名', idNumber(77), '养老护理员证', 'YL-77', '', '重庆市人社局', '2025-01-02', ''],
    ];
    const header = ['姓名', '身份证号', '证书类型', '证书编号', '技能等级', '发证机关', '发证日期', '有效期至'];
    const bad = await upload('certificates', civil, await xlsx(header, certs));
    expect(bad.status).toBe(422);
    expect(errorsOf(bad.body)).toEqual([expect.stringMatching(/^3: 身份证号 您可管理的人员中没有此身份证号的人员/)]);
    expect(await counts()).toEqual(before);
    const good = await upload('certificates', civil, await xlsx(header, certs.slice(0, 1)));
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    const [c] = await sql<{ kind: string; number: string }>(
      `select c.kind, c.number from worker_certificate c join worker w on w.id = c.worker_id where w.name = '赵一' order by c.id desc limit 1`,
    );
    expect(c).toEqual({ kind: 'MEDICAL_CARE_WORKER', number: 'YH-1' });
    // The employer account cannot reach 钱二, who works at another station: not told apart from unknown.
    const foreign = await upload(
      'certificates',
      employerToken,
      await xlsx(header, [['钱二', idNumber(2), '月嫂证', 'Y-2', '', '某机构', '2025-01-02', '']]),
    );
    expect(errorsOf(foreign.body)).toEqual([expect.stringMatching(/^2: 身份证号 您可管理的人员中没有/)]);

    const tHeader = ['姓名', '身份证号', '培训课程', '培训类型', '学时', '培训机构', '培训日期'];
    const trainings = [
      ['赵一', idNumber(1), '失能照护', '在岗轮训', 16, '渝北区民政局', '2025-05-10'],
      ['赵一', idNumber(1), '急救', '培训', 0, '渝北区民政局', '2025/5/11'],
    ];
    const tBad = await upload('trainings', civil, await xlsx(tHeader, trainings), {}, 'en');
    expect(tBad.status).toBe(422);
    expect(tBad.body.errors.map((e: any) => `${e.row}: ${e.field} ${e.messageEn}`)).toEqual([
      expect.stringMatching(/^3: 培训类型 "培训" is not a known training kind/),
    ]);
    trainings[1][3] = '继续教育';
    const tZero = await upload('trainings', civil, await xlsx(tHeader, trainings));
    expect(errorsOf(tZero.body)).toEqual([expect.stringMatching(/^3: 学时 学时应大于 0/)]);
    trainings[1][4] = 2;
    const tGood = await upload('trainings', civil, await xlsx(tHeader, trainings));
    expect(tGood.status, JSON.stringify(tGood.body)).toBe(200);
    expect((await counts()).training).toBe(before.training + 2);
    const [held] = await sql<{ held_on: string }>(`select held_on::text from worker_training where course = '急救'`);
    expect(held.held_on).toBe('2025-05-11');
  });
});

describe('POST /imports/dishonesty-list', () => {
  it('reads the published list (operators by credit code, persons by ID number), replacing the imported one', async () => {
    const code = creditCode(1);
    const person = idNumber(91);
    uploaded.add(person);
    const header = ['序号', '失信主体名称', '统一社会信用代码/身份证号', '主体类型', '失信行为', '列入日期', '认定部门'];
    const bad = await upload(
      'dishonesty-list',
      civil,
      await xlsx(header, [
        [1, '某养老服务公司', code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A'), '法人', '骗取补贴', '2025-02-01', '重庆市民政局'],
        [2, '某个人', person, '自然人', '', '2025-02-01', '重庆市民政局'],
      ]),
    );
    expect(bad.status).toBe(422);
    expect(errorsOf(bad.body)).toEqual([
      expect.stringMatching(/^2: 统一社会信用代码\/身份证号 统一社会信用代码不正确/),
      expect.stringMatching(/^3: 失信行为 /),
    ]);
    const listedBefore = await api.count('dishonest_party');
    expect(listedBefore).toBe(1);
    const good = await upload(
      'dishonesty-list',
      civil,
      await xlsx(header, [
        [1, '某养老服务公司', code, '法人', '骗取补贴', '2025-02-01', '重庆市民政局'],
        [2, '某个人', person, '自然人', '虐待老人', '2025年2月1日', '重庆市民政局'],
      ]),
    );
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body.unusedColumns).toEqual(['序号']);
    const rows = await sql<{ kind: string; credit_code: string | null; hashed: boolean; listed_on: string; source: string }>(
      `select kind, credit_code, id_number_hash is not null as hashed, listed_on::text, source from dishonest_party order by id`,
    );
    expect(rows).toEqual([
      { kind: 'EMPLOYER', credit_code: code, hashed: false, listed_on: '2025-02-01', source: '重庆市民政局' },
      { kind: 'WORKER', credit_code: null, hashed: true, listed_on: '2025-02-01', source: '重庆市民政局' },
    ]);
  });
});

describe('templates', () => {
  it.each(['workers', 'certificates', 'trainings', 'dishonesty-list'])('%s: headers the import reads, an example row', async (kind) => {
    const res = await fetch(`${api.url}/imports/${kind}/template.xlsx`, { headers: { authorization: `Bearer ${civil}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    // Checked as a dry run: every column is read, none is missing.
    const dry = await upload(kind, civil, bytes, { dryRun: '1' });
    expect(dry.body.unusedColumns).toEqual([]);
    expect(dry.body.errors.filter((e: any) => e.row === 1)).toEqual([]);
    expect(dry.body.read).toBe(1);
  });
});

/** The cells of the first sheet of a workbook, and the text of all its XML parts (for a grep). */
async function workbook(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const bytes = Buffer.from(await res.arrayBuffer());
  const xml = Object.values(unzipSync(bytes))
    .map((part) => Buffer.from(part).toString('utf8'))
    .join('\n');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { header: rows[0].map(String), rows: rows.slice(1), xml };
}
const exportAs = (token: string, path: string, lang = 'zh-CN') =>
  fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });
/** Any 18-character ID number (17 digits and a check character). */
const ANY_ID = /(?<![0-9])[1-9]\d{16}[\dX](?![0-9])/;
/** The codes of the register's enums, none of which a sheet may show. */
const CODES = ['ELDERLY_CARE_WORKER', 'MEDICAL_CARE_WORKER', 'MALE', 'FEMALE', 'JUNIOR', 'INTERMEDIATE', 'SOCIAL_WORKER', 'DIRECTOR'];

describe('GET /exports/workers.xlsx', () => {
  it('masks every ID number for a role without the right, refuses it unmasked, and shows labels, not codes', async () => {
    const health = await api.userToken('HEALTH_BUREAU');
    const auditBefore = await api.count('audit_log', `event in ('WORKER_ID_NUMBER_READ', 'WORKERS_EXPORTED')`);
    const { header, rows, xml } = await workbook(await exportAs(health, '/exports/workers.xlsx'));
    expect(header.slice(0, 7)).toEqual(['编号', '姓名', '性别', '出生日期', '身份证号', '联系电话', '岗位']);
    expect(rows.length).toBe(await api.count('worker', 'deleted_at is null'));
    expect(xml).not.toMatch(ANY_ID);
    for (const id of uploaded) expect(xml).not.toContain(id);
    for (const r of rows) expect(String(r[4])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const cells = new Set(rows.flat().map(String));
    for (const code of CODES) expect(cells.has(code), code).toBe(false);
    expect(cells.has('养老护理员')).toBe(true);
    expect(cells.has('女') || cells.has('男')).toBe(true);
    const refused = await exportAs(health, '/exports/workers.xlsx?unmasked=1');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await api.count('audit_log', `event in ('WORKER_ID_NUMBER_READ', 'WORKERS_EXPORTED')`)).toBe(auditBefore);
    // In English: English headers and labels.
    const en = await workbook(await exportAs(health, '/exports/workers.xlsx', 'en'));
    expect(en.header.slice(0, 3)).toEqual(['id', 'name', 'gender']);
    expect(new Set(en.rows.flat().map(String)).has('Elderly-care worker')).toBe(true);
  });

  it('gives an employer account its own staff and a street office its division’s, masked', async () => {
    const own = await workbook(await exportAs(employerToken, '/exports/workers.xlsx'));
    const [n] = await sql<{ n: string }>(
      `select count(*) as n from worker where deleted_at is null and (employer_id = ? or placed_at_id = ?)`,
      [Number(emp.own.id), Number(emp.own.id)],
    );
    expect(own.rows.length).toBe(Number(n.n));
    expect(own.rows.length).toBeGreaterThan(0);
    // The employer account may see ID numbers, but only an unmasked export shows them.
    expect(own.xml).not.toMatch(ANY_ID);
    const street = await workbook(await exportAs(office, '/exports/workers.xlsx'));
    const [m] = await sql<{ n: string }>(
      `select count(*) as n from worker w where w.deleted_at is null and exists (select 1 from employer e join division d on d.id = e.division_id
        where e.id in (w.employer_id, w.placed_at_id) and d.path like (select path from division where name = '两路街道') || '%')`,
    );
    expect(street.rows.length).toBe(Number(m.n));
    expect(street.xml).not.toMatch(ANY_ID);
  });

  it('shows ID numbers unmasked only with the permission, and audits each one', async () => {
    const reads = await api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`);
    const { rows } = await workbook(await exportAs(civil, '/exports/workers.xlsx?unmasked=1'));
    const ids = new Set(rows.map((r) => String(r[4])));
    expect(ids.has(idNumber(1))).toBe(true);
    expect([...ids].every((id) => /^\d{17}[\dX]$/.test(id))).toBe(true);
    expect(await api.count('audit_log', `event = 'WORKER_ID_NUMBER_READ'`)).toBe(reads + rows.length);
    expect(await api.count('audit_log', `event = 'WORKERS_EXPORTED'`)).toBe(1);
  });
});

describe('GET /exports/workforce-figures.xlsx', () => {
  it('lists every street/town with its indicators and the total, the counts as an independent SQL count gives them', async () => {
    const planner = await api.userToken('PLANNER');
    const { header, rows } = await workbook(await exportAs(planner, '/exports/workforce-figures.xlsx'));
    expect(header.slice(0, 4)).toEqual(['街道/镇', '养老护理员', '持证养老护理员', '持证率']);
    const streets = await sql<{ id: number; name: string }>(
      `select id, name from division where parent_id = (select id from division where parent_id is null order by id limit 1) order by code`,
    );
    expect(rows.map((r) => r[0])).toEqual([...streets.map((s) => s.name), expect.stringMatching(/（合计）$/)]);
    for (const s of streets.slice(0, 5)) {
      const [c] = await sql<{ n: string }>(
        `with recursive sub as (select id from division where id = ? union all select d.id from division d join sub on d.parent_id = sub.id)
         select count(*) as n from worker w join employer e on e.id = w.employer_id left join employer p on p.id = w.placed_at_id
          where w.deleted_at is null and w.post = 'ELDERLY_CARE_WORKER' and coalesce(p.division_id, e.division_id) in (select id from sub)`,
        [s.id],
      );
      expect(rows.find((r) => r[0] === s.name)![1]).toBe(Number(c.n));
    }
    const [all] = await sql<{ n: string }>(
      `select count(*) as n from worker where deleted_at is null and post = 'ELDERLY_CARE_WORKER' and employer_id is not null`,
    );
    expect(rows.at(-1)![1]).toBe(Number(all.n));
    const viewer = await api.userToken('VIEWER');
    expect((await exportAs(viewer, '/exports/workforce-figures.xlsx')).status).toBe(403);
  });
});

describe('personal data', () => {
  it('never printed an uploaded ID number nor sent one to the database', () => {
    expect(uploaded.size).toBeGreaterThan(10);
    const log = printed.join('\n');
    const queries = api.queries.join('\n');
    for (const id of uploaded) {
      expect(log).not.toContain(id);
      expect(queries).not.toContain(id);
    }
  });
});
