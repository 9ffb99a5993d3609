import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '@carecircle/api/dist/modules/routes.js';
import { startServer, type RunningServer } from '@carecircle/api/dist/server.js';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DB } from '../testkit/database.js';
import { postRaw } from '../testkit/stress.js';

/**
 * Issue 15, part 5: hostile inputs that answered INTERNAL_SERVER_ERROR, suggestions production
 * still gave, names that let a duplicate through, and a stack-trace page for a bad path.
 */
let api: TestApi;
let near: { lon: number; lat: number };
beforeAll(async () => {
  api = await startTestApi({ label: 'hostile' });
  const f = (await api.gql(`{ facilities(first: 1, filter: { kinds: [COMMUNITY_STATION] }) { nodes { location } } }`)).data.facilities
    .nodes[0];
  const [lon, lat] = f.location.coordinates as [number, number];
  near = { lon: lon + 0.0004, lat: lat + 0.0004 };
});
afterAll(async () => api?.stop());

/** Posts a JSON text as it is (so GraphQL `\u0000` escapes and lone `\ud800` reach the server). */
const raw = (body: string, lang = 'en', token: string | null = api.adminToken) =>
  postRaw(`${api.url}/graphql`, body, {
    'content-type': 'application/json',
    'accept-language': lang,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });

/** The answer is a client error (400, or a GraphQL BAD_USER_INPUT / validation error) that says why. */
function expectBadInput(a: { status: number; body: any; text: string }, message: RegExp) {
  const errors: any[] = a.body?.errors ?? [];
  expect(errors.length, a.text).toBeGreaterThan(0);
  expect(errors.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(a.status === 400 || errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'), a.text).toBe(true);
  const said = errors.map((e) => [e.message, ...(e.extensions?.fields ?? []).map((f: any) => f.message)].join(' ')).join(' ');
  expect(said).toMatch(message);
}

describe(`escaped NUL, lone surrogates and deep crs answered INTERNAL_SERVER_ERROR (${TEST_DB})`, () => {
  it('a GraphQL-escaped NUL in signIn is a 400 that names the NUL character, in the user’s language', async () => {
    const q = JSON.stringify({ query: 'mutation { signIn(username: "kit-admin\\u0000", password: "x") { token } }' });
    expectBadInput(await raw(q, 'en', null), /NUL character/);
    expectBadInput(await raw(q, 'zh-CN', null), /NUL 字符/);
    // In a variable too (JSON-escaped in the body).
    const v = JSON.stringify({
      query: 'mutation($u: String!) { signIn(username: $u, password: "x") { token } }',
      variables: { u: 'kit-admin\u0000' },
    });
    expectBadInput(await raw(v, 'en', null), /NUL character/);
  });

  it('a GraphQL-escaped NUL in every audit filter is bad input, not a database error', async () => {
    for (const filter of ['entity: "facility\\u0000"', 'entityId: "1\\u0000"', 'from: "2026-01-01\\u0000"', 'to: "\\u0000"']) {
      const a = await raw(JSON.stringify({ query: `{ auditLog(filter: { ${filter} }) { totalCount } }` }));
      expectBadInput(a, /NUL character|YYYY-MM-DD/);
    }
    // Over GET as well (variables from the query string never pass the JSON body parser).
    const params = new URLSearchParams({
      query: 'query($e: String) { auditLog(filter: { entity: $e }) { totalCount } }',
      variables: JSON.stringify({ e: 'facility\u0000' }),
    });
    const res = await fetch(`${api.url}/graphql?${params}`, {
      headers: { authorization: `Bearer ${api.adminToken}`, 'apollo-require-preflight': '1', 'accept-language': 'en' },
    });
    const text = await res.text();
    expectBadInput({ status: res.status, body: JSON.parse(text), text }, /NUL character/);
  });

  it('a lone surrogate in a name is refused with a clear message and writes nothing', async () => {
    const before = await registrySnapshot(api);
    const create = `{"query":"mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }","variables":{"i":{"name":"\\ud800站","kind":"COMMUNITY_STATION","location":{"lon":${near.lon},"lat":${near.lat}}}}}`;
    expectBadInput(await raw(create), /unpaired surrogate/);
    expectBadInput(await raw(create, 'zh-CN'), /代理字符/);
    const search = `{"query":"query($s: String) { facilities(filter: { search: $s }) { totalCount } }","variables":{"s":"\\udc00"}}`;
    expectBadInput(await raw(search), /unpaired surrogate/);
    // As a literal the GraphQL parser refuses it already (400 GRAPHQL_PARSE_FAILED).
    const literal = JSON.stringify({
      query: `mutation { createFacility(input: { name: "\\uD800站", kind: COMMUNITY_STATION, location: { lon: ${near.lon}, lat: ${near.lat} } }) { id } }`,
    });
    expect((await raw(literal)).status).toBe(400);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('a crs member nested 1,000 deep is refused (BAD_USER_INPUT, the limit named), as a variable and as a literal', async () => {
    const before = await registrySnapshot(api);
    let deep: unknown = 1;
    for (let i = 0; i < 1000; i++) deep = { a: deep };
    const ring = [
      [near.lon, near.lat],
      [near.lon + 0.001, near.lat],
      [near.lon + 0.001, near.lat + 0.001],
      [near.lon, near.lat],
    ];
    const boundary = { type: 'Polygon', coordinates: [ring], crs: deep };
    const a = await raw(
      JSON.stringify({
        query: 'mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id } }',
        variables: { i: { name: '深层嵌套', location: near, olderResidents: 1, boundary } },
      }),
    );
    expectBadInput(a, /nested too deeply: at most 20 levels/);
    const literalCrs = `${'{ a: '.repeat(200)}1${' }'.repeat(200)}`;
    const lit = await raw(
      JSON.stringify({
        query: `mutation { createResidentialArea(input: { name: "深层", location: { lon: ${near.lon}, lat: ${near.lat} }, boundary: { type: "Polygon", coordinates: ${JSON.stringify([ring])}, crs: ${literalCrs} } }) { id } }`,
      }),
    );
    expect(lit.status).toBe(400);
    expect(lit.text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('a shallow crs member is accepted and never stored (only type and coordinates reach PostGIS)', async () => {
    const ring = [
      [near.lon, near.lat],
      [near.lon + 0.001, near.lat],
      [near.lon + 0.001, near.lat + 0.001],
      [near.lon, near.lat],
    ];
    const r = await api.gql(`mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id boundary } }`, {
      i: {
        name: unique('坐标系'),
        location: { lon: near.lon + 0.0005, lat: near.lat + 0.0003 },
        olderResidents: 1,
        boundary: { type: 'Polygon', coordinates: [ring], crs: { type: 'name', properties: { name: 'EPSG:3857' } } },
      },
    });
    expect(r.errors).toBeUndefined();
    const [stored] = await api.db.orm.em
      .getConnection()
      .execute<{ srid: number; g: string }[]>(
        `select ST_SRID(boundary) as srid, ST_AsGeoJSON(boundary) as g from residential_area where id = ${Number(r.data.createResidentialArea.id)}`,
      );
    expect(stored.srid).toBe(4326);
    expect(JSON.parse(stored.g).coordinates[0][0][0]).toBeCloseTo(near.lon, 6);
  });
});

let seq = 0;
const unique = (prefix: string) => `${prefix}${TEST_DB}${++seq}${Date.now() % 100000}`;

describe(`invisible characters let a duplicate name within 30 m through (${TEST_DB})`, () => {
  const create = (name: string, at = near) =>
    api.gql(`mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id name } }`, {
      i: { name, kind: 'COMMUNITY_STATION', location: at },
    });

  it('names are stored normalised: NFKC, invisible characters removed, whitespace collapsed', async () => {
    const base = unique('规范');
    const r = await create(`  ${base}\u200b站\u3000\u00a0 Ａ１\t二\n号\u2060 `);
    expect(r.errors).toBeUndefined();
    expect(r.data.createFacility.name).toBe(`${base}站 A1 二 号`);
  });

  it('texts other than names keep the characters entered: Chinese full-width punctuation was folded to ASCII', async () => {
    const address = '两路街道，金港大道（北段）１２号：东门';
    const r = await api.gql(`mutation($i: CreateFacilityInput!) { createFacility(input: $i) { name address } }`, {
      i: {
        name: unique('标点'),
        kind: 'COMMUNITY_STATION',
        location: { lon: near.lon + 0.002, lat: near.lat },
        address: `${address}\u200b`,
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createFacility.address).toBe(address);
  });

  it('a zero-width space, word joiner, soft hyphen or full-width form is the same name for the 30 m duplicate check', async () => {
    const base = unique('龙溪');
    const first = await create(`${base}养老站`);
    expect(first.errors).toBeUndefined();
    const before = await api.count('facility');
    for (const variant of [
      `${base}\u200b养老站`,
      `${base}\u2060养老站`,
      `${base}\u00ad养老站`,
      `\ufeff${base}养老站`,
      `${base}养老站\u200d`,
      `${base}  养老站`.replace('  ', ''),
      `${base.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}养老站`,
    ]) {
      const dup = await create(variant, { lon: near.lon + 0.00005, lat: near.lat });
      expect(
        dup.errors?.[0].extensions?.fields?.map((f) => f.field),
        JSON.stringify(variant),
      ).toEqual(['name']);
      expect(dup.errors![0].extensions!.fields![0].message).toMatch(/30 m|30 米/);
    }
    expect(await api.count('facility')).toBe(before);
  });

  it('the facility import normalises names the same way (row checks and the duplicate check)', async () => {
    const base = unique('导入');
    expect((await create(`${base}站`)).errors).toBeUndefined();
    const header = ['名称', '类型', '经度', '纬度'];
    const body = (name: string) =>
      Buffer.from('\uFEFF' + [header, [name, '社区养老服务站', near.lon + 0.00003, near.lat]].join('\r\n') + '\r\n');
    const upload = (name: string) =>
      fetch(`${api.url}/imports/facilities?format=csv&lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${api.adminToken}` },
        body: body(name),
      });
    const before = await api.count('facility');
    const dup = await upload(`${base}\u200b站`);
    expect(dup.status).toBe(422);
    expect(JSON.stringify(await dup.json())).toMatch(/within 30 m/);
    expect(await api.count('facility')).toBe(before);
    // A new name is stored normalised.
    const fresh = await upload(`${base}\u200b新\u3000站`);
    expect(fresh.status, await fresh.clone().text()).toBe(200);
    expect(await api.count('facility', `name = '${base}新 站'`)).toBe(1);
  });
});

describe(`development answered an Express stack trace for a bad percent-encoding in a tile path (${TEST_DB})`, () => {
  it('answers a JSON 400 in the API’s error format, in the user’s language, for tiles and any other path', async () => {
    for (const p of ['/tiles/%E0%A4%A/1/1.pbf', '/tiles/1/%zz/1.pbf', '/tiles/1/1/%C0%AF.pbf', '/apps/planner/%E0%A4%A.js']) {
      for (const lang of ['en', 'zh-CN']) {
        const res = await fetch(`${api.url}${p}`, { headers: { 'accept-language': lang, authorization: `Bearer ${api.adminToken}` } });
        const text = await res.text();
        expect(res.status, `${p}: ${text.slice(0, 200)}`).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/application\/json/);
        expect(text).not.toMatch(/<html|<pre>|at \S+ \(|node_modules|URIError/i);
        const body = JSON.parse(text);
        expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
        expect(body.errors[0].message).toMatch(lang === 'en' ? /percent-encoding/ : /百分号编码/);
      }
    }
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});

describe(`production still suggested enum values (${TEST_DB})`, () => {
  let prod: RunningServer;
  // Production's error handling on the same database; operations as text so the typos can be sent.
  beforeAll(async () => {
    prod = await startServer({ orm: api.db.orm, routes, production: true, operations: { enforce: false } }, 0, '127.0.0.1');
  });
  afterAll(async () => prod?.stop());

  const typos = [
    { query: '{ facilities(filter: { kinds: [COMMUNITY_STATIO] }) { totalCount } }' },
    { query: 'query($k: [FacilityKind!]) { facilities(filter: { kinds: $k }) { totalCount } }', variables: { k: ['COMMUNITY_STATIO'] } },
    { query: 'query($f: FacilityFilter) { facilities(filter: $f) { totalCount } }', variables: { f: { kindz: ['COMMUNITY_STATION'] } } },
    { query: '{ facilities(filtre: { kinds: [COMMUNITY_STATION] }) { totalCount } }' },
    { query: '{ facilities(filter: { kindz: [COMMUNITY_STATION] }) { totalCount } }' },
    { query: '{ facilitie { totalCount } }' },
    { query: 'query($k: FacilityKnd) { facilities { totalCount } }' },
  ];
  const send = (url: string, body: unknown) =>
    postRaw(`${url}/graphql`, JSON.stringify(body), { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` });

  it('hides every "Did you mean …" (enum values, fields, arguments, input fields, types) and keeps the error itself', async () => {
    for (const body of typos) {
      const a = await send(prod.url, body);
      expect(a.body.errors?.length, a.text).toBeGreaterThan(0);
      expect(a.text, body.query).not.toMatch(/Did you mean|COMMUNITY_STATION"\?|FacilityKind"\?|"filter"\?|"kinds"\?/);
      expect(a.body.errors[0].message.length).toBeGreaterThan(10);
    }
  });

  it('development keeps the suggestions (they help the developer)', async () => {
    const a = await send(api.url, typos[0]);
    expect(a.body.errors[0].message).toMatch(/Did you mean the enum value "COMMUNITY_STATION"/);
  });
});
