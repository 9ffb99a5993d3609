import ExcelJS from 'exceljs';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testkit/api.js';

const HEADER = ['名称', '类型', '经度', '纬度', '服务项目', '助餐座位', '地址'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('站点');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The one error of an error answer (`{ errors: [{ message, extensions: { code } }] }`, the API's format). */
const errorOf = (body: any): { message: string; extensions: { code: string } } => {
  expect(body.errors).toHaveLength(1);
  return body.errors[0];
};

const csv = (rows: unknown[][]) => Buffer.from('\uFEFF' + [HEADER, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n');

describe('POST /imports/facilities (spreadsheet upload)', () => {
  let api: TestApi;
  let office: { id: string; name: string };
  /** Points inside 两路街道 and inside another street. */
  let inside: [number, number][];
  let outside: [number, number];
  let officeToken: string;
  let run = 0;

  const upload = async (
    token: string | null,
    body: Buffer,
    query: Record<string, string> = {},
    contentType = XLSX_TYPE,
    lang = 'zh-CN',
  ) => {
    const res = await fetch(`${api.url}/imports/facilities?${new URLSearchParams(query)}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  const facilities = () => api.count('facility');
  const named = (name: string) => api.count('facility', `name = '${name.replace(/'/g, "''")}'`);
  const unique = (label: string) => `${label}${++run}-${Date.now() % 100000}`;

  beforeAll(async () => {
    api = await startTestApi({ label: 'upload' });
    const lianglu = await api.gql(`{ divisions(filter: { search: "两路街道" }, first: 1) { nodes { id name } } }`);
    office = lianglu.data.divisions.nodes[0];
    const streets = await api.gql(`{ divisions(filter: { levels: [STREET] }, first: 20) { nodes { id name } } }`);
    const other = streets.data.divisions.nodes.find((d: { id: string }) => d.id !== office.id);
    const areas = async (d: string) =>
      (
        await api.gql(`query($d: ID!) { residentialAreas(filter: { divisionId: $d }, first: 6) { nodes { location } } }`, { d })
      ).data.residentialAreas.nodes.map((n: { location: { coordinates: [number, number] } }) => n.location.coordinates);
    inside = await areas(office.id);
    outside = (await areas(other.id))[0];
    expect(inside.length).toBeGreaterThanOrEqual(4);
    officeToken = await api.userToken('STREET_OFFICE', office.id);
  });
  afterAll(async () => api?.stop());

  it('refuses anonymous callers (401) and roles that do not register facilities (403)', async () => {
    const file = await xlsx([[unique('站'), '社区养老服务站', ...inside[0], '助餐', 10, '']]);
    const before = await facilities();
    const anonymous = await upload(null, file);
    expect(anonymous.status).toBe(401);
    expect(errorOf(anonymous.body)).toEqual({ message: '请先登录。', extensions: { code: 'UNAUTHENTICATED' } });
    expect(errorOf((await upload(null, file, {}, XLSX_TYPE, 'en')).body).message).toMatch(/sign in/i);
    for (const role of ['VIEWER', 'PLANNER', 'HEALTH_BUREAU']) {
      const r = await upload(await api.userToken(role), file);
      expect(r.status, role).toBe(403);
      expect(errorOf(r.body).extensions.code).toBe('FORBIDDEN');
    }
    expect(await facilities()).toBe(before);
  });

  it('a dry run answers the row-by-row report and writes nothing', async () => {
    const a = unique('试运行站');
    const b = unique('试运行站');
    const before = await facilities();
    const r = await upload(
      api.adminToken,
      await xlsx([
        [a, '社区养老服务站', ...inside[0], '助餐、助洁', 20, '两路'],
        [b, 'COMMUNITY_STATION', ...inside[1], '', '', ''],
      ]),
      { dryRun: '1', filename: '站点.xlsx' },
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      what: 'facilities',
      format: 'xlsx',
      file: '站点.xlsx',
      read: 2,
      inserted: 2,
      dryRun: true,
      committed: false,
      errors: [],
      status: 'DRAFT',
    });
    expect(await facilities()).toBe(before);
  });

  it('a file with one bad row answers 422 with the row, column and message in both languages, and writes nothing', async () => {
    const good = unique('好站');
    const before = await facilities();
    const file = csv([
      [good, '社区养老服务站', ...inside[0], '助餐', 10, ''],
      [unique('坏站'), '火星基地', ...inside[1], '', 10, ''],
      [unique('好站'), '社区养老服务站', ...inside[2], '', 'abc', ''],
    ]);
    const r = await upload(api.adminToken, file, {}, 'text/csv; charset=utf-8');
    expect(r.status).toBe(422);
    expect(r.body.committed).toBe(false);
    expect(r.body.inserted).toBe(0);
    expect(r.body.format).toBe('csv');
    expect(r.body.rowUnit).toBe('line');
    const kind = r.body.errors.find((e: { row: number }) => e.row === 3);
    expect(kind).toMatchObject({ row: 3, field: '类型' });
    expect(kind.message).toContain('火星基地');
    expect(kind.messageEn).toMatch(/Unknown facility kind/);
    const seats = r.body.errors.find((e: { row: number }) => e.row === 4);
    expect(seats).toMatchObject({ row: 4, field: '助餐座位' });
    expect(seats.messageEn).toMatch(/not a number/);
    expect(new Set(r.body.errors.map((e: { row: number }) => e.row))).toEqual(new Set([3, 4]));
    expect(await facilities()).toBe(before);
    expect(await named(good)).toBe(0);

    // The same check on a dry run answers 200 with the same errors.
    const dry = await upload(api.adminToken, file, { dryRun: '1', format: 'csv' }, 'application/octet-stream');
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual(r.body.errors);
    expect(await facilities()).toBe(before);
  });

  it('skipInvalid writes the valid rows in one go (drafts by default; an administrator may choose), audited', async () => {
    const a = unique('有效站');
    const b = unique('有效站');
    const before = await facilities();
    const auditBefore = await api.count('audit_log', `entity = 'facility' and action = 'create'`);
    const r = await upload(
      api.adminToken,
      await xlsx([
        [a, '社区养老服务站', ...inside[0], '助餐', 10, ''],
        [unique('坏站'), '', ...inside[1], '', '', ''],
        [b, '社区养老服务站', ...inside[2], '', '', ''],
      ]),
      { skipInvalid: '1' },
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ committed: true, inserted: 2, skipped: 1, read: 3 });
    expect(r.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, '类型']]);
    expect(await facilities()).toBe(before + 2);
    expect(await api.count('facility', `name in ('${a}', '${b}') and status = 'DRAFT' and division_id is not null`)).toBe(2);
    expect(await api.count('audit_log', `entity = 'facility' and action = 'create'`)).toBe(auditBefore + 2);

    const approved = unique('批准站');
    const r2 = await upload(api.adminToken, await xlsx([[approved, '社区养老服务站', ...inside[3], '', '', '']]), { status: 'APPROVED' });
    expect(r2.status).toBe(200);
    expect(await api.count('facility', `name = '${approved}' and status = 'APPROVED'`)).toBe(1);

    // A second upload of the same rows: duplicates of the stored facilities, nothing written.
    const again = await upload(api.adminToken, await xlsx([[a, '社区养老服务站', ...inside[0], '', '', '']]));
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ row: 2, field: '名称' });
    expect(await facilities()).toBe(before + 3);
  });

  it('a street office: rows outside its division are row errors; its facilities are drafts', async () => {
    const mine = unique('辖区内站');
    const theirs = unique('辖区外站');
    const file = await xlsx([
      [mine, '社区养老服务站', ...inside[4 % inside.length], '助餐', 8, ''],
      [theirs, '社区养老服务站', ...outside, '', '', ''],
    ]);
    const before = await facilities();
    const r = await upload(officeToken, file);
    expect(r.status).toBe(422);
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0]).toMatchObject({ row: 3, field: '经度/纬度' });
    expect(r.body.errors[0].message).toContain(office.name);
    expect(r.body.errors[0].message).toContain('辖区');
    expect(r.body.errors[0].messageEn).toMatch(/outside your jurisdiction/);
    expect(await facilities()).toBe(before);

    const refused = await upload(officeToken, file, { status: 'APPROVED', skipInvalid: '1' }, XLSX_TYPE, 'en');
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)).toMatchObject({ message: expect.stringMatching(/drafts/), extensions: { code: 'FORBIDDEN' } });

    const partial = await upload(officeToken, file, { skipInvalid: '1' });
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ committed: true, inserted: 1, skipped: 1, status: 'DRAFT' });
    expect(await api.count('facility', `name = '${mine}' and status = 'DRAFT'`)).toBe(1);
    expect(await named(theirs)).toBe(0);
    // Civil affairs uploads anywhere in the district.
    const ca = await upload(
      await api.userToken('CIVIL_AFFAIRS'),
      await xlsx([[unique('民政站'), '社区养老服务站', ...outside, '', '', '']]),
      { dryRun: '1' },
    );
    expect(ca.status).toBe(200);
    expect(ca.body.errors).toEqual([]);
  });

  it('bad uploads: too large (413), unknown format, unreadable workbook, missing columns — JSON messages, nothing written', async () => {
    const before = await facilities();
    const big = await upload(api.adminToken, Buffer.alloc(11 * 1024 * 1024, 0x41), { format: 'csv' }, 'text/csv');
    expect(big.status).toBe(413);
    expect(errorOf(big.body)).toEqual({ message: '文件过大：上传最多 10 MB。', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    const bigEn = await upload(api.adminToken, Buffer.alloc(11 * 1024 * 1024, 0x41), { format: 'csv', lang: 'en' }, 'text/csv');
    expect(errorOf(bigEn.body).message).toBe('The file is too large: uploads take at most 10 MB.');

    const unknown = await upload(api.adminToken, Buffer.from('hello'), {}, 'application/octet-stream', 'en');
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)).toMatchObject({ message: expect.stringMatching(/xlsx or \.csv/), extensions: { code: 'BAD_REQUEST' } });
    const badQuery = await upload(api.adminToken, Buffer.from('hello'), { format: 'pdf' });
    expect(badQuery.status).toBe(400);
    expect(errorOf(badQuery.body).message).toContain('“pdf”');

    const broken = await upload(api.adminToken, Buffer.from('PK\u0003\u0004 not really a workbook'), { format: 'xlsx' });
    expect(broken.status).toBe(400);
    expect(errorOf(broken.body)).toMatchObject({ message: expect.stringContaining('XLSX'), extensions: { code: 'BAD_FILE' } });

    const empty = await upload(api.adminToken, Buffer.alloc(0), { format: 'csv' });
    expect(empty.status).toBe(400);
    expect(errorOf(empty.body).extensions.code).toBe('BAD_REQUEST');
    const badStatus = await upload(api.adminToken, await xlsx([]), { status: 'LIVE', lang: 'en' });
    expect(badStatus.status).toBe(400);
    expect(errorOf(badStatus.body)).toEqual({
      message: 'status must be APPROVED, SUBMITTED, DRAFT.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const noColumns = await upload(api.adminToken, Buffer.from('名称,备注\n某站,无\n'), { format: 'csv' });
    expect(noColumns.status).toBe(422);
    expect(noColumns.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'lat', 'lon']);
    expect(await facilities()).toBe(before);
  });
  it('cross-origin upload: a cookie-authenticated text/plain POST from a foreign Origin without the custom header is refused, nothing written', async () => {
    const name = unique('跨站站');
    const body = csv([[name, '社区养老服务站', ...inside[0], '助餐', 10, '']]);
    const before = await facilities();
    const auditBefore = await api.count('audit_log');
    // What an auto-submitting form on another local port sends: the session cookie rides along.
    const forged = (headers: Record<string, string> = {}, lang = 'zh-CN') =>
      fetch(`${api.url}/imports/facilities?format=csv&status=DRAFT`, {
        method: 'POST',
        headers: {
          'content-type': 'text/plain',
          origin: 'http://127.0.0.1:8081',
          cookie: `cc_session=${officeToken}`,
          'accept-language': lang,
          ...headers,
        },
        body,
      });
    for (const lang of ['zh-CN', 'en']) {
      const res = await forged({}, lang);
      expect(res.status).toBe(403);
      const err = errorOf(await res.json());
      expect(err.extensions.code).toBe('CSRF_REFUSED');
      expect(err.message).toContain('x-carecircle-request');
      expect(err.message).toMatch(lang === 'en' ? /cross-site request forgery/ : /跨站请求伪造/);
    }
    // Other simple content types are refused the same way.
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csv'])
      expect((await forged({ 'content-type': type })).status, type).toBe(403);
    expect(await facilities()).toBe(before);
    expect(await named(name)).toBe(0);
    expect(await api.count('audit_log')).toBe(auditBefore);

    // The app's own request (same cookie, with the custom header) goes through.
    const own = await forged({ 'x-carecircle-request': '1', origin: api.url });
    expect(own.status).toBe(200);
    expect(await named(name)).toBe(1);
  });

  it('uploaded rows audited with no user: every audit row of an upload names the uploader, the request id and the address', async () => {
    // 3,000 rows: a body that arrives in many chunks, as the 20,000-row upload did.
    const prefix = unique('审计站');
    const rowsIn = Array.from({ length: 3000 }, (_, i) => [
      `${prefix}-${i}`,
      '社区养老服务站',
      ...inside[i % 4],
      '助餐',
      10,
      '两路街道某社区',
    ]);
    const res = await fetch(`${api.url}/imports/facilities?format=csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${officeToken}` },
      body: csv(rowsIn),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).inserted).toBe(3000);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await api.db.orm.em
      .getConnection()
      .execute<{ username: string | null; user_id: number | null; request_id: string | null; ip: string | null; event: string }[]>(
        `select distinct a.username, a.user_id, a.request_id, a.ip, a.event from audit_log a join facility f on f.id::text = a.entity_id
         where a.entity = 'facility' and f.name like '${prefix}-%'`,
      );
    expect(rows).toHaveLength(1);
    expect(await api.count('audit_log', `entity = 'facility' and request_id = '${requestId}'`)).toBe(3000);
    const me = await api.gqlAs(officeToken, `{ me { id username } }`);
    for (const r of rows) {
      expect(r).toMatchObject({ event: 'FACILITY_IMPORTED', username: me.data.me.username, request_id: requestId });
      expect(String(r.user_id)).toBe(String(me.data.me.id));
      expect(r.ip).toMatch(/127\.0\.0\.1/);
    }
  });
  /** A real workbook with one of its parts replaced (streamed in 1 MB chunks, so the test holds little). */
  async function workbookWith(part: string, chunks: () => Generator<string>): Promise<Buffer> {
    const parts = unzipSync(new Uint8Array(await xlsx([['x', '社区养老服务站', 106.6, 29.7, '', '', '']])));
    const out: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      out.push(data);
    });
    for (const [name, data] of Object.entries(parts)) {
      if (name === part) continue;
      const f = new ZipDeflate(name, { level: 6 });
      zip.add(f);
      f.push(data, true);
    }
    const big = new ZipDeflate(part, { level: 9 });
    zip.add(big);
    for (const chunk of chunks()) big.push(new TextEncoder().encode(chunk));
    big.push(new Uint8Array(0), true);
    zip.end();
    return Buffer.concat(out);
  }
  /** The API's answer to a hostile workbook, with the time it took and the growth of this process's memory (the server runs here). */
  const measured = async (file: Buffer) => {
    // Building the file blocks this process (the server's too) for seconds: let the server close the
    // kept-alive connections that went idle meanwhile, so the measured request does not reuse one.
    await new Promise((r) => setTimeout(r, 200));
    await fetch(`${api.url}/healthz`).catch(() => null);
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t0 = performance.now();
    const health: number[] = [];
    const probe = (async () => {
      const h0 = performance.now();
      await fetch(`${api.url}/healthz`);
      health.push(performance.now() - h0);
    })();
    const r = await upload(api.adminToken, file, { format: 'xlsx' }, XLSX_TYPE, 'en');
    const ms = performance.now() - t0;
    await probe;
    clearInterval(sampler);
    return { ...r, ms, growthMb: (Math.max(peak, process.memoryUsage().rss) - rss0) / 1048576, healthMs: health[0] };
  };

  it('XLSX bomb: 0.3 MB unpacking to 300 MB of shared strings is refused before parsing, with the limit', async () => {
    const bomb = await workbookWith('xl/sharedStrings.xml', function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
      const chunk = '<si><t>' + 'a'.repeat(1024 * 1024 - 15) + '</t></si>';
      for (let i = 0; i < 300; i++) yield chunk;
      yield '</sst>';
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await facilities();
    const r = await measured(bomb);
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({
      extensions: { code: 'BAD_FILE' },
      message: expect.stringMatching(/unpacks to too much: about 30\d MB, at most 100 MB/),
    });
    expect(r.ms).toBeLessThan(2000);
    expect(r.growthMb).toBeLessThan(100);
    console.log(
      `[upload] XLSX bomb of ${(bomb.length / 1048576).toFixed(2)} MB (300 MB unpacked) refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB`,
    );
    expect(await facilities()).toBe(before);
  });

  it('a 1,000,000-row workbook was read in full: refused at the row limit while inflating, the API answering meanwhile', async () => {
    const file = await workbookWith('xl/worksheets/sheet1.xml', function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      let rows = '';
      for (let i = 1; i <= 1_000_000; i++) {
        rows += `<row r="${i}"><c r="A${i}"><v>${i}</v></c></row>`;
        if (rows.length > 1 << 20) {
          yield rows;
          rows = '';
        }
      }
      yield rows + '</sheetData></worksheet>';
    });
    expect(file.length).toBeLessThan(10 * 1024 * 1024);
    const r = await measured(file);
    expect(r.status).toBe(400);
    expect(errorOf(r.body)).toMatchObject({
      extensions: { code: 'BAD_FILE' },
      message: 'The worksheet has too many rows: at most 100000; split the file.',
    });
    expect(r.healthMs).toBeLessThan(1000);
    console.log(
      `[upload] ${(file.length / 1048576).toFixed(1)} MB workbook of 1,000,000 rows refused in ${r.ms.toFixed(0)} ms, memory +${r.growthMb.toFixed(0)} MB, /healthz meanwhile ${r.healthMs.toFixed(0)} ms`,
    );
  });
});
