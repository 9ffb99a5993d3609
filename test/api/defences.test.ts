import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ label: 'defences' });
});
afterAll(async () => api?.stop());

const post = (body: unknown) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GraphQL limits (OWASP cheat sheet)', () => {
  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ divisions(first: 1) { nodes { ${'parent { '.repeat(14)}name${' }'.repeat(14)} } } }`;
    const r = await api.gql(deep);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a batch of 100 aliased operations in one request', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: facility(id: "${i + 1}") { id }`).join(' ');
    const r = await api.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a JSON array of operations', async () => {
    const before = await registrySnapshot(api);
    const res = await post([{ query: '{ facilities { totalCount } }' }, { query: '{ facilities { totalCount } }' }]);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('refuses oversized documents', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
      body: JSON.stringify({ query: `{ facilities(filter: { search: "x" }) { totalCount ${'__typename '.repeat(6000)} } }` }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers syntax errors, subscriptions and NUL characters with 400', async () => {
    const send = (body: unknown) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
        body: JSON.stringify(body),
      });
    expect((await send({ query: '{ facilities { ' })).status).toBe(400);
    expect((await send({ query: 'subscription { facilities { totalCount } }' })).status).toBe(400);
    const before = await registrySnapshot(api);
    const nul = await send({
      query:
        'mutation($n: String!) { createFacility(input: { name: $n, kind: COMMUNITY_STATION, location: { lon: 106.6, lat: 29.7 } }) { id } }',
      variables: { n: 'a\u0000b' },
    });
    expect(nul.status).toBe(400);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('caps page size and list arguments', async () => {
    expect((await api.gql(`{ facilities(first: 501) { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const points = Array.from({ length: 5001 }, () => ({ lon: 106.6, lat: 29.7 }));
    const r = await api.gql(`query($p: [LonLatInput!]!) { walkingAccess(points: $p) { meters } }`, { p: points });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does not run mutations over GET, and demands a preflight header against CSRF', async () => {
    const q = encodeURIComponent('{ facilities { totalCount } }');
    const simple = await fetch(`${api.url}/graphql?query=${q}`);
    expect(simple.status).toBe(400);
    const m = encodeURIComponent('mutation { deleteFacility(id: "1", version: 1) { id } }');
    const get = await fetch(`${api.url}/graphql?query=${m}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(get.status).toBe(405);
  });
});
