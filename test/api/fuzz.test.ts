import ExcelJS from 'exceljs';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOperations, registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DB } from '../testkit/database.js';
import { postRaw, rng, type Answer, type Rng } from '../testkit/stress.js';

/**
 * At least 10,000 generated malformed or hostile requests (fixed seed): every one is answered
 * with a 4xx or a GraphQL error, nothing leaks SQL or a stack trace, the server stays up and the
 * registry is unchanged.
 */
// The full run on the embedded database (every machine has it); on PostgreSQL the first 2,000 of
// the same requests (what differs between the databases is only what would be written: nothing).
const TOTAL = TEST_DB === 'embedded' ? 10_000 : 2_000;
const CONCURRENCY = 12;

let api: TestApi;
let fac: { id: string; version: number };
let lianglu: string;
beforeAll(async () => {
  api = await startTestApi({ label: 'fuzz' });
  fac = (await api.gql(`{ facilities(first: 1) { nodes { id version } } }`)).data.facilities.nodes[0];
  lianglu = (await api.gql(`{ divisions(filter: { levels: [STREET], search: "两路" }) { nodes { id } } }`)).data.divisions.nodes[0].id;
});
afterAll(async () => api?.stop());

const SQL = [
  `' OR '1'='1`,
  `'; DROP TABLE facility; --`,
  `1; DELETE FROM facility WHERE true; --`,
  `" OR 1=1 --`,
  `') UNION SELECT id, name FROM "user" --`,
  `'; UPDATE facility SET version = version + 1; --`,
  `$$; select pg_sleep(5); $$`,
  `\\'; truncate division cascade; --`,
  `%' AND ST_Within(location, location) --`,
  `E'\\x00'`,
];
const SCRIPT = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(document.cookie)>`,
  `javascript:alert(1)`,
  `"><svg/onload=fetch('//evil')>`,
  `{{constructor.constructor('alert(1)')()}}`,
  `\u0000\u0001\u202e\ufeff`,
  `${'😀'.repeat(50)}`,
  `__proto__`,
];
const hostile = (r: Rng) => {
  const base = r.pick([...SQL, ...SCRIPT]);
  return r.chance(0.2) ? base.repeat(r.int(2, 40)) : r.chance(0.2) ? `两路街道${base}` : base;
};
const BAD_NUMBERS = [
  '1e400',
  '-1e400',
  'NaN',
  'Infinity',
  '-Infinity',
  '"NaN"',
  '"Infinity"',
  '"1e400"',
  '181',
  '-91',
  '1e308',
  '"106.6"',
  'null',
  'true',
  '[]',
  '{}',
  '"<script>"',
];
const KINDS = ['COMMUNITY_STATION', 'STREET_CENTER', 'CARE_INSTITUTION'];
const DIVISION_LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY'];

/** A JSON text with a raw (possibly non-JSON) number spliced in where `@N` stands. */
const splice = (json: string, raw: string) => json.replace('"@N"', raw);

type Req = { kind: string; body: string; headers: Record<string, string>; mutation: boolean };

/** The admin apps' registered queries that take variables (hex hash → names), sent by hash with hostile values. */
const REGISTERED_QUERIES = [...appOperations()]
  .filter(([, text]) => text.startsWith('query'))
  .map(([hash, text]) => ({ hash, variables: [...new Set([...text.matchAll(/\$(\w+):/g)].map((m) => m[1]))] }))
  .filter((op) => op.variables.length > 0);

function generate(r: Rng, token: string): Req {
  const auth = { authorization: `Bearer ${token}` };
  const json = (body: unknown, kind: string, mutation = false, headers: Record<string, string> = {}): Req => ({
    kind,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...auth, ...headers },
    mutation,
  });
  const goodLoc = () => ({ lon: 106.6 + r.next() * 0.05, lat: 29.72 + r.next() * 0.05 });
  switch (r.int(0, 17)) {
    case 0: {
      const valid = JSON.stringify({ query: '{ facilities { totalCount } }' });
      const cut = valid.slice(0, r.int(0, valid.length - 1));
      const junk = r.pick([
        cut,
        `{"query": "{ facilities { totalCount } }"`,
        '{"query":',
        'nul',
        '\u0000\u0001\u0002',
        '{"query": "x",}',
        "{'query': '{ a }'}",
        '[',
        '{"query": "\\u00"}',
        '"just a string"',
        '12345',
        '',
      ]);
      return { kind: 'malformed JSON', body: junk, headers: { 'content-type': 'application/json', ...auth }, mutation: false };
    }
    case 1: {
      const type = r.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'text/html',
        'application/graphql',
        '',
      ]);
      const body = r.pick([
        JSON.stringify({ query: 'mutation { deleteFacility(id: "1", version: 1) { id } }' }),
        'query={ facilities { totalCount } }',
        '<q/>',
      ]);
      return { kind: 'wrong content type', body, headers: { ...(type ? { 'content-type': type } : {}), ...auth }, mutation: false };
    }
    case 2: {
      const body = r.pick<unknown>([
        { query: 123 },
        { query: null },
        { query: ['{ a }'] },
        { query: '{ facilities { totalCount } }', variables: 'x' },
        { query: '{ facilities { totalCount } }', variables: [1] },
        { query: '{ facilities { totalCount } }', operationName: 5 },
        [{ query: '{ facilities { totalCount } }' }],
        {},
        { query: '' },
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
      ]);
      return json(body, 'bad request shape');
    }
    case 3: {
      // Wrong variable types in create and update inputs.
      const wrong = r.pick<unknown>([
        123,
        'x',
        true,
        null,
        [],
        {},
        1.5,
        2 ** 40,
        -1,
        { lon: 'a', lat: 'b' },
        [[1]],
        'COMMUNITY_STATION; drop',
      ]);
      const field = r.pick([
        'name',
        'kind',
        'location',
        'capacity',
        'capacity.beds',
        'divisionId',
        'links',
        'services',
        'operator',
        'version',
        'id',
      ]);
      const input: any = {
        name: '模糊测试',
        kind: 'COMMUNITY_STATION',
        location: goodLoc(),
        capacity: { beds: -1 },
        phone: '9'.repeat(41),
      }; // two bad fields, so replacing one never makes it valid
      const update = r.chance(0.5);
      if (update) Object.assign(input, { id: fac.id, version: 999 });
      if (field.startsWith('capacity.')) input.capacity.beds = wrong;
      else input[field] = wrong;
      const q = update
        ? `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`
        : `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`;
      return json({ query: q, variables: { i: input } }, 'wrong variable types', true);
    }
    case 4: {
      // Huge strings, in the query, a variable or an inline argument.
      const n = r.pick([2_000, 20_000, 200_000, 2_200_000]);
      const s = r.pick(['x', '养', "'", '"', '\\']).repeat(n);
      const where = r.int(0, 2);
      if (where === 0)
        return json(
          {
            query: `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`,
            variables: { i: { name: s, kind: 'COMMUNITY_STATION', location: goodLoc() } },
          },
          'huge string',
          true,
        );
      if (where === 1)
        return json(
          { query: `query($s: String) { facilities(filter: { search: $s }, first: 1) { totalCount } }`, variables: { s } },
          'huge string',
        );
      return json({ query: `{ facility(id: "${'9'.repeat(Math.min(n, 100_000))}") { id } }` }, 'huge string');
    }
    case 5: {
      const depth = r.int(13, 200);
      const q = r.chance(0.5)
        ? `{ divisions(first: 1) { nodes { ${'parent { '.repeat(depth)}name${' }'.repeat(depth)} } } }`
        : `{ facilities(filter: { kinds: ${'['.repeat(depth)}COMMUNITY_STATION${']'.repeat(depth)} }) { totalCount } }`;
      return json({ query: q }, 'deep nesting');
    }
    case 6: {
      let v: unknown = { lon: 106.6, lat: 29.7 };
      for (let i = 0, d = r.int(50, 2000); i < d; i++) v = r.chance(0.5) ? [v] : { a: v };
      return json({ query: `query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters } }`, variables: { p: v } }, 'deep nesting');
    }
    case 7: {
      const n = r.int(21, 400);
      const q = `{ ${Array.from({ length: n }, (_, i) => `a${i}: facilities(first: 500) { totalCount nodes { id name division { name parent { name } } } }`).join(' ')} }`;
      return json({ query: q }, 'many aliases');
    }
    case 8: {
      // NaN / Infinity / 1e400 coordinates, raw in the JSON where JSON allows, strings otherwise.
      const raw = r.pick(BAD_NUMBERS);
      const target = r.int(0, 3);
      if (target === 0) {
        const text = JSON.stringify({
          query: `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`,
          variables: { i: { name: '坐标测试', kind: 'COMMUNITY_STATION', location: { lon: '@N', lat: 29.7 } } },
        });
        const body = r.chance(0.5) ? splice(text, raw) : splice(text.replace('"lat":29.7', '"lat":"@N"'), raw).replace('"@N"', '106.6');
        return { kind: 'bad coordinates', body, headers: { 'content-type': 'application/json', ...auth }, mutation: true };
      }
      if (target === 1) {
        const text = JSON.stringify({
          query: `query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters } }`,
          variables: { p: [{ lon: '@N', lat: 29.7 }] },
        });
        return {
          kind: 'bad coordinates',
          body: splice(text, raw),
          headers: { 'content-type': 'application/json', ...auth },
          mutation: false,
        };
      }
      if (target === 2) {
        const text = JSON.stringify({
          query: `query($m: Float!) { facilities(filter: { near: { lon: 106.6, lat: 29.7, meters: $m } }) { totalCount } }`,
          variables: { m: '@N' },
        });
        return {
          kind: 'bad coordinates',
          body: splice(text, raw),
          headers: { 'content-type': 'application/json', ...auth },
          mutation: false,
        };
      }
      // Inline literals the GraphQL parser itself must refuse or bound.
      const lit = r.pick(['1e400', 'NaN', 'Infinity', '-1e400', '"x"', '181.0', '-90.5']);
      return json(
        {
          query: `mutation { createFacility(input: { name: "坐标", kind: COMMUNITY_STATION, location: { lon: ${lit}, lat: ${lit} } }) { id } }`,
        },
        'bad coordinates',
        true,
      );
    }
    case 9: {
      // Invalid GeoJSON boundaries (divisions and residential areas); the name is empty, so even a
      // boundary the server could repair writes nothing.
      const ring = [
        [106.6, 29.7],
        [106.7, 29.7],
        [106.7, 29.8],
        [106.6, 29.8],
      ];
      const boundary = r.pick<unknown>([
        { type: 'Polygon', coordinates: [ring] },
        {
          type: 'Polygon',
          coordinates: [
            [
              [106.6, 29.7],
              [106.7, 29.8],
              [106.7, 29.7],
              [106.6, 29.8],
              [106.6, 29.7],
            ],
          ],
        },
        { type: 'Polygon', coordinates: [] },
        { type: 'Polygon', coordinates: [[[106.6, 29.7]]] },
        {
          type: 'Polygon',
          coordinates: [
            [
              [106.6, 'x'],
              [1, 2],
              [3, 4],
              [106.6, 'x'],
            ],
          ],
        },
        {
          type: 'Polygon',
          coordinates: [
            [
              [1e308, 1e308],
              [-1e308, 0],
              [0, 1e308],
              [1e308, 1e308],
            ],
          ],
        },
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          ],
        },
        { type: 'Point', coordinates: [106.6, 29.7] },
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        { type: 'GeometryCollection', geometries: [] },
        { type: 'Polygon' },
        { type: `'); drop table division; --`, coordinates: [] },
        {
          type: 'Polygon',
          coordinates: [
            [
              [200, 100],
              [201, 100],
              [201, 101],
              [200, 100],
            ],
          ],
        },
        { type: 'Polygon', coordinates: [Array.from({ length: 3000 }, (_, i) => [106 + Math.cos(i) * 0.1, 29 + Math.sin(i * 7) * 0.1])] },
        'POLYGON((0 0, 1 1, 1 0, 0 0))',
        42,
        [],
      ]);
      if (r.chance(0.5)) {
        const name = r.pick(['', '   ', hostile(r).slice(0, 0)]);
        return json(
          {
            query: `mutation($i: CreateDivisionInput!) { createDivision(input: $i) { id } }`,
            variables: { i: { code: `F${r.int(0, 1e6)}`, name, level: r.pick(DIVISION_LEVELS), parentId: lianglu, boundary } },
          },
          'invalid GeoJSON',
          true,
        );
      }
      return json(
        {
          query: `mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id } }`,
          variables: { i: { name: '', location: goodLoc(), olderResidents: 10, boundary } },
        },
        'invalid GeoJSON',
        true,
      );
    }
    case 10:
    case 11: {
      // SQL and script payloads in every text field, as an administrator; one count is negative,
      // so the input as a whole is invalid and nothing may be written.
      const text = () => hostile(r);
      const which = r.int(0, 3);
      if (which === 0) {
        const i = {
          name: text(),
          kind: r.pick(KINDS),
          location: goodLoc(),
          address: text(),
          openingHours: text().slice(0, 200),
          phone: text().slice(0, 40),
          code: text().slice(0, 64),
          operator: { name: text() },
          links: [text(), `https://x/${text()}`],
          capacity: { beds: -1 },
        };
        return json(
          { query: `mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }`, variables: { i } },
          'SQL/script payloads',
          true,
        );
      }
      if (which === 1) {
        const i = {
          id: fac.id,
          version: fac.version,
          name: text(),
          address: text(),
          openingHours: text().slice(0, 200),
          phone: text().slice(0, 40),
          operator: { name: text() },
          capacity: { beds: -5 },
        };
        return json(
          { query: `mutation($i: UpdateFacilityInput!) { updateFacility(input: $i) { id } }`, variables: { i } },
          'SQL/script payloads',
          true,
        );
      }
      if (which === 2) {
        const i = {
          name: text(),
          kind: 'VILLAGE_CLINIC',
          location: goodLoc(),
          address: text(),
          phone: text(),
          code: text().slice(0, 64),
          hospiceBeds: -1,
        };
        return json(
          { query: `mutation($i: CreateMedicalInput!) { createMedicalInstitution(input: $i) { id } }`, variables: { i } },
          'SQL/script payloads',
          true,
        );
      }
      return json(
        {
          query: `query($s: String) { facilities(filter: { search: $s }, first: 5) { totalCount nodes { id } } }`,
          variables: { s: text() },
        },
        'SQL/script payloads',
      );
    }
    case 12: {
      // Random ids and versions.
      const id = r.pick<unknown>([
        `${r.int(-1e9, 1e9)}`,
        '0',
        '-1',
        '1 OR 1=1',
        "1'; --",
        '1e400',
        'NaN',
        '9'.repeat(40),
        '',
        ' ',
        '0x10',
        '１２',
        '1.5',
        '[1]',
        r.int(1e6, 2e9),
      ]);
      const op = r.pick([
        ['query($id: ID!) { facility(id: $id) { id name } }', false],
        ['query($id: ID!) { division(id: $id) { id } }', false],
        ['query($id: ID!) { agreement(id: $id) { id } }', false],
        ['mutation($id: ID!) { deleteFacility(id: $id, version: 987654) { id } }', true],
        ['mutation($id: ID!) { approveFacility(id: $id, version: 987654) { id } }', true],
        ['mutation($id: ID!) { deleteDivision(id: $id, version: 987654) }', true],
        ['mutation($id: ID!) { updateFacility(input: { id: $id, version: 987654, name: "x" }) { id } }', true],
      ] as const);
      return json({ query: op[0], variables: { id } }, 'random ids', op[1]);
    }
    case 13: {
      // Syntax soup and unknown names.
      const tokens = [
        '{',
        '}',
        '(',
        ')',
        'query',
        'mutation',
        'facilities',
        'id',
        ':',
        '$',
        '!',
        '...',
        '@include',
        '"',
        '#',
        'fragment',
        'on',
        '\u0000',
        '[',
        ']',
        '=',
        'null',
      ];
      const q = Array.from({ length: r.int(1, 60) }, () => r.pick(tokens)).join(r.pick([' ', '']));
      return json({ query: q }, 'syntax soup', q.includes('mutation'));
    }
    case 14: {
      // Bad or missing credentials on a mutation.
      const bad = r.pick(['', 'x', 'Bearer', `${'a'.repeat(5000)}`, `' OR 1=1 --`, '<script>', 'null', token.slice(0, -1) + 'x']);
      return {
        kind: 'bad credentials',
        body: JSON.stringify({
          query: `mutation { createFacility(input: { name: "无凭据", kind: COMMUNITY_STATION, location: { lon: 106.62, lat: 29.73 } }) { id } }`,
        }),
        headers: { 'content-type': 'application/json', authorization: r.chance(0.8) ? `Bearer ${bad}` : bad, cookie: `session=${bad}` },
        mutation: true,
      };
    }
    case 15: {
      // Persisted operations: registered queries by hash with hostile variables, and malformed extensions.
      const op = r.pick(REGISTERED_QUERIES);
      const variables = Object.fromEntries(
        op.variables.map((v) => [v, r.pick<unknown>([hostile(r), -1, 1e308, null, [], {}, 'x'.repeat(r.int(1, 20_000)), [hostile(r)]])]),
      );
      const extensions = r.pick<unknown>([
        { persistedQuery: { version: 1, sha256Hash: op.hash } },
        { persistedQuery: { version: 1, sha256Hash: op.hash.toUpperCase() } },
        { persistedQuery: { version: 1, sha256Hash: hostile(r) } },
        { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(r.int(1, 5000)) } },
        { persistedQuery: { sha256Hash: 12345 } },
        { persistedQuery: null },
        { persistedQuery: [op.hash] },
        'persistedQuery',
        [op.hash],
        null,
      ]);
      // A registered hash wins over the text sent with it; the mutation below fails either way (stale version).
      const query = r.pick([undefined, '{ __typename }', hostile(r), 'mutation { deleteDivision(id: "1", version: 987654) }']);
      return json({ ...(query === undefined ? {} : { query }), variables, extensions }, 'persisted operations');
    }
    case 16: {
      // Analyses over their work budget (refused before any work starts): isochrones of many
      // facilities with six thresholds at up to 5 m/s; cancelling jobs that do not exist.
      if (r.chance(0.7)) {
        const minutes = r.pick([[5, 10, 15, 20, 25, 30], [120, 120, 120, 120, 120, 120], [60], [119.9, 0.5, 7, 30, 45, 90]]);
        return json(
          {
            query: `query($ids: [ID!]!, $m: [Float!], $s: Float) { isochrones(facilityIds: $ids, minutes: $m, speed: $s) }`,
            variables: { ids: Array.from({ length: r.int(100, 500) }, () => fac.id), m: minutes, s: r.pick([5, 4.99, 3]) },
          },
          'analysis over budget',
        );
      }
      const id = r.pick<unknown>([
        hostile(r),
        '',
        '0',
        'x'.repeat(r.int(1, 5000)),
        r.int(-1e9, 1e9),
        '00000000-0000-0000-0000-000000000000',
      ]);
      return json(
        { query: `mutation($id: ID!) { cancelAnalysisJob(id: $id) { id status } }`, variables: { id } },
        'analysis over budget',
        true,
      );
    }
    default: {
      // Directives, fragments cycles and introspection abuse.
      const q = r.pick([
        `{ facilities { totalCount ${'@include(if: true) '.repeat(r.int(21, 200))} } }`,
        `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
        `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`,
        `query A { facilities { totalCount } } query B { facilities { totalCount } }`,
        `subscription { facilities { totalCount } }`,
        `mutation { createFacility { id } }`,
      ]);
      return json({ query: q }, 'directives/fragments', q.startsWith('mutation'));
    }
  }
}

/** Error texts that would show SQL, driver internals or a stack trace. */
const LEAK =
  /syntax error at or near|relation ".*" does not exist|column ".*" does not exist|violates .* constraint|duplicate key value|invalid input syntax for|DriverException|QueryFailedError|MikroORM|knex|node_modules|\n\s+at \S|\.[jt]s:\d+:\d+|ECONNREFUSED/;

describe(`fuzz: malformed and hostile GraphQL requests (${TEST_DB})`, () => {
  it(`answers ${TOTAL} generated requests with 4xx or GraphQL errors, leaks nothing and writes nothing`, { timeout: 300_000 }, async () => {
    const before = await registrySnapshot(api);
    const r = rng(0xcafe);
    const requests = Array.from({ length: TOTAL }, () => generate(r, api.adminToken));
    const byKind = new Map<string, { n: number; s4xx: number; gqlErrors: number; validReads: number }>();
    const problems: { kind: string; status: number; body: string; answer: string }[] = [];
    const statusCount = new Map<number, number>();
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const req = requests[next++];
        const a: Answer = await postRaw(`${api.url}/graphql`, req.body, req.headers);
        statusCount.set(a.status, (statusCount.get(a.status) ?? 0) + 1);
        const k = byKind.get(req.kind) ?? { n: 0, s4xx: 0, gqlErrors: 0, validReads: 0 };
        k.n++;
        const problem = (why: string) =>
          problems.push({
            kind: `${req.kind}: ${why}`,
            status: a.status,
            body: req.body.slice(0, 300),
            answer: (a.networkError ?? a.text).slice(0, 400),
          });
        const errors: any[] | undefined = a.body?.errors;
        if (a.status >= 400 && a.status < 500) k.s4xx++;
        else if (a.status === 200 && Array.isArray(errors) && errors.length) k.gqlErrors++;
        else if (a.status === 200 && !req.mutation && a.body?.data)
          k.validReads++; // a read that happened to be valid: allowed
        else problem(a.status === 200 ? 'accepted' : `status ${a.status}`);
        if (LEAK.test(a.text)) problem('leak');
        for (const e of errors ?? []) {
          if (e.extensions?.stacktrace || e.extensions?.exception) problem('stack trace in extensions');
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') problem('internal error');
        }
        // No mutation ever succeeds.
        if (req.mutation && a.body?.data && Object.values(a.body.data).some((v) => v != null)) problem('mutation succeeded');
        byKind.set(req.kind, k);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - t0) / 1000;

    console.log(
      `[fuzz ${TEST_DB}] ${TOTAL} requests in ${seconds.toFixed(1)} s (${(TOTAL / seconds).toFixed(0)} req/s); statuses ${JSON.stringify(Object.fromEntries([...statusCount].sort()))}; problems ${problems.length}`,
    );
    for (const [kind, k] of [...byKind].sort())
      console.log(
        `[fuzz ${TEST_DB}]   ${kind.padEnd(22)} n=${String(k.n).padStart(5)}  4xx ${String(k.s4xx).padStart(5)}  GraphQL errors ${String(k.gqlErrors).padStart(5)}  valid reads ${k.validReads}`,
      );
    if (problems.length) console.log(`[fuzz ${TEST_DB}] problems:`, problems.slice(0, 8));

    expect(problems).toEqual([]);
    expect([...byKind.values()].reduce((s, k) => s + k.n, 0)).toBe(TOTAL);
    expect(statusCount.get(0) ?? 0).toBe(0);
    expect([...statusCount.keys()].filter((s) => s >= 500)).toEqual([]);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    expect(await registrySnapshot(api)).toEqual(before);
  });
});

/** A real one-row workbook whose shared strings unpack to `mb` MB (streamed, so the test holds little). */
async function xlsxBomb(mb: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('站点').addRow(['名称', '类型', '经度', '纬度']);
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === 'xl/sharedStrings.xml') continue;
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(data, true);
  }
  const big = new ZipDeflate('xl/sharedStrings.xml', { level: 9 });
  zip.add(big);
  big.push(
    new TextEncoder().encode(
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    ),
  );
  const chunk = new TextEncoder().encode('<si><t>' + 'a'.repeat(1024 * 1024 - 15) + '</t></si>');
  for (let i = 0; i < mb; i++) big.push(chunk);
  big.push(new TextEncoder().encode('</sst>'), true);
  zip.end();
  return Buffer.concat(out);
}

/** One hostile request of issue 15 (parts 2, 3 and 5), to any route. */
interface Hostile {
  kind: string;
  method?: 'GET' | 'POST';
  path: string;
  body?: string | Uint8Array;
  headers: Record<string, string>;
}

describe(`fuzz: the hostile inputs of issue 15 (${TEST_DB})`, () => {
  it(
    'forged cross-origin uploads, an XLSX bomb, weak passwords, escaped NUL, lone surrogates, deep crs, invisible characters and bad percent-encodings: all 4xx or GraphQL errors, nothing written',
    { timeout: 120_000 },
    async () => {
      const r = rng(0x15);
      const admin = { authorization: `Bearer ${api.adminToken}` };
      const gql = (kind: string, body: string, headers: Record<string, string> = admin): Hostile => ({
        kind,
        path: '/graphql',
        body,
        headers: { 'content-type': 'application/json', ...headers },
      });
      const loc = () => `{"lon":${(106.6 + r.next() * 0.05).toFixed(5)},"lat":${(29.72 + r.next() * 0.05).toFixed(5)}}`;
      const csv = Buffer.from('\uFEFF名称,类型,经度,纬度\r\n伪造站,社区养老服务站,106.62,29.73\r\n');
      const requests: Hostile[] = [];
      // Part 2: a foreign page's auto-submitting form (cookie rides along, no custom header).
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csv', ''])
        for (const origin of ['http://127.0.0.1:8081', 'null', 'https://evil.example'])
          requests.push({
            kind: 'forged cross-origin upload',
            path: '/imports/facilities?format=csv&status=DRAFT',
            body: csv,
            headers: { ...(type ? { 'content-type': type } : {}), origin, cookie: `cc_session=${api.adminToken}` },
          });
      // Part 2: a workbook of 0.3 MB that unpacks to 120 MB of shared strings.
      requests.push({
        kind: 'XLSX bomb',
        path: '/imports/facilities?format=xlsx',
        body: await xlsxBomb(120),
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...admin },
      });
      // Part 3: weak passwords, for new accounts (ADMIN too) and a password change.
      // Common or guessable passwords, space padding, and passwords that contain the username.
      const weak = ['password12', 'admin12345', `${' '.repeat(10)}1`, 'Password1!', 'qwertyuiop1', '1234567890a'];
      const accounts: [string, string][] = [
        ...weak.map((password): [string, string] => [`fuzz${r.int(0, 1e6)}`, password]),
        ['fuzzadmin', 'fuzzadmin2026'],
        ['zhangsan', 'Zhangsan-9381'],
      ];
      for (const [username, password] of accounts)
        requests.push(
          gql(
            'weak password',
            JSON.stringify({
              query: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
              variables: { i: { username, password, role: r.pick(['ADMIN', 'PLANNER', 'CIVIL_AFFAIRS']) } },
            }),
          ),
        );
      for (const password of [...weak, 'kit-admin-2026!', 'KIT-ADMIN#7720'])
        requests.push(
          gql(
            'weak password',
            JSON.stringify({
              query: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
              variables: { c: 'kit-Password-2026', n: password },
            }),
          ),
        );
      // Part 5: GraphQL-escaped NUL in signIn and the audit filters, in the query text and in variables.
      for (let i = 0; i < 20; i++) {
        const nul = r.pick(['\\u0000', 'a\\u0000', '\\u0000\\u0000x', `${'x'.repeat(r.int(0, 50))}\\u0000`]);
        requests.push(
          gql(
            'escaped NUL',
            JSON.stringify({ query: `mutation { signIn(username: "kit-admin${nul}", password: "${nul}") { token } }` }),
            {},
          ),
          gql(
            'escaped NUL',
            JSON.stringify({
              query: `{ auditLog(filter: { ${r.pick(['entity', 'entityId', 'from', 'to'])}: "${nul}" }) { totalCount } }`,
            }),
          ),
          gql(
            'escaped NUL',
            `{"query":"query($e: String, $id: ID) { auditLog(filter: { entity: $e, entityId: $id }) { totalCount } }","variables":{"e":"facility\\u0000","id":"1"}}`,
          ),
        );
      }
      // Part 5: lone surrogates in names (JSON-escaped, so they arrive as they are).
      for (const s of ['\\ud800', '\\udfff', 'a\\ud83d', '\\ude00b', '\\ud800\\ud800']) {
        requests.push(
          gql(
            'lone surrogate',
            `{"query":"mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }","variables":{"i":{"name":"站${s}","kind":"COMMUNITY_STATION","location":${loc()}}}}`,
          ),
          gql(
            'lone surrogate',
            `{"query":"mutation($i: CreateMedicalInput!) { createMedicalInstitution(input: $i) { id } }","variables":{"i":{"name":"${s}医院","kind":"VILLAGE_CLINIC","location":${loc()}}}}`,
          ),
          gql(
            'lone surrogate',
            `{"query":"query($s: String) { facilities(filter: { search: $s }) { totalCount } }","variables":{"s":"${s}"}}`,
          ),
        );
      }
      // Part 5: a crs member nested 1,000 deep (and deeper), as a variable and as a literal.
      for (const depth of [100, 1000, 5000]) {
        const crs = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        const ring = '[[106.6,29.7],[106.61,29.7],[106.61,29.71],[106.6,29.7]]';
        requests.push(
          gql(
            'deep crs',
            `{"query":"mutation($i: CreateResidentialAreaInput!) { createResidentialArea(input: $i) { id } }","variables":{"i":{"name":"深","location":${loc()},"olderResidents":1,"boundary":{"type":"Polygon","coordinates":[${ring}],"crs":${crs}}}}}`,
          ),
          gql(
            'deep crs',
            `{"query":"mutation($i: CreateDivisionInput!) { createDivision(input: $i) { id } }","variables":{"i":{"code":"F${depth}","name":"深","level":"COMMUNITY","parentId":"${lianglu}","boundary":{"type":"Polygon","coordinates":[${ring}],"crs":${crs}}}}}`,
          ),
        );
      }
      requests.push(
        gql(
          'deep crs',
          JSON.stringify({
            query: `mutation { createResidentialArea(input: { name: "深", location: { lon: 106.605, lat: 29.705 }, boundary: { type: "Polygon", coordinates: [[[106.6, 29.7], [106.61, 29.7], [106.61, 29.71], [106.6, 29.7]]], crs: ${'{ a: '.repeat(300)}1${' }'.repeat(300)} } }) { id } }`,
          }),
        ),
      );
      // Part 5: invisible characters in names (a bad count too, so nothing may be written) and in searches.
      const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u3164', '\u180e', '\ufe0f', '\u0001'];
      for (let i = 0; i < 30; i++) {
        const name = `两路${r.pick(invisible).repeat(r.int(1, 5))}养老站${r.pick(invisible)}`;
        requests.push(
          gql(
            'invisible characters',
            JSON.stringify({
              query: 'mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }',
              variables: { i: { name, kind: 'COMMUNITY_STATION', location: JSON.parse(loc()), capacity: { beds: -1 } } },
            }),
          ),
          gql(
            'invisible characters',
            JSON.stringify({
              query: 'mutation($i: CreateFacilityInput!) { createFacility(input: $i) { id } }',
              variables: { i: { name: r.pick(invisible).repeat(r.int(1, 20)), kind: 'COMMUNITY_STATION', location: JSON.parse(loc()) } },
            }),
          ),
        );
      }
      // Part 5: bad percent-encodings in tile paths (and other paths).
      for (const bad of ['%', '%E0%A4%A', '%zz', '%C0%AF', '%ED%A0%80', '%FF', '%E2%82', '%%41', '%u0041'])
        for (const at of [
          `/tiles/${bad}/1/1.pbf`,
          `/tiles/1/${bad}/1.pbf`,
          `/tiles/1/1/${bad}.pbf`,
          `/tiles/1/1/1${bad}`,
          `/apps/planner/${bad}`,
        ])
          requests.push({ kind: 'bad percent-encoding', method: 'GET', path: at, headers: admin });

      const before = await registrySnapshot(api);
      const users = await api.count('app_user');
      const byKind = new Map<string, number>();
      const problems: { kind: string; status: number; answer: string }[] = [];
      for (const req of requests) {
        let status = 0;
        let text = '';
        try {
          const res = await fetch(`${api.url}${req.path}`, { method: req.method ?? 'POST', headers: req.headers, body: req.body });
          status = res.status;
          text = await res.text();
        } catch (err) {
          text = String(err);
        }
        byKind.set(req.kind, (byKind.get(req.kind) ?? 0) + 1);
        let body: any = null;
        try {
          body = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        const errors: any[] = body?.errors ?? [];
        const problem = (why: string) => problems.push({ kind: `${req.kind}: ${why}`, status, answer: text.slice(0, 300) });
        if (!body) problem('not JSON');
        else if (!(status >= 400 && status < 500) && !(status === 200 && errors.length)) problem(`status ${status}`);
        if (errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problem('internal error');
        if (errors.some((e) => !e.message || e.message.length < 5)) problem('no message');
        if (LEAK.test(text) || /<html|<pre>/i.test(text)) problem('leak');
        if (body?.data && Object.values(body.data).some((v) => v != null && v !== false && typeof v !== 'object')) problem('accepted');
        if (body?.data && Object.values(body.data).some((v) => v && typeof v === 'object' && 'id' in (v as object))) problem('written');
      }
      console.log(`[fuzz ${TEST_DB}] issue 15 inputs: ${JSON.stringify(Object.fromEntries(byKind))}; problems ${problems.length}`);
      expect(problems).toEqual([]);
      expect(await registrySnapshot(api)).toEqual(before);
      expect(await api.count('app_user')).toBe(users);
      // The administrator's password did not change.
      expect(
        (await api.gqlAs(null, 'mutation { signIn(username: "kit-admin", password: "kit-Password-2026") { token } }')).data?.signIn.token,
      ).toBeTruthy();
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    },
  );
});
