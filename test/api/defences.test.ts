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

  it('lets the documented page size through and refuses what multiplies past the cost limit', async () => {
    const page = (first: string) =>
      `facilities(first: ${first}) { totalCount pageInfo { hasNextPage endCursor } nodes { id name kind status location address phone services
        openingHours division { id name parent { id name } } capacity { beds nursingBeds occupiedBeds dayCarePlaces mealSeats } operator { name type } } }`;
    const full = await api.gql(`{ ${page('500')} }`);
    expect(full.errors).toBeUndefined();
    expect(full.data.facilities.nodes.length).toBe(Math.min(500, full.data.facilities.totalCount));
    expect(full.data.facilities.nodes[0].division.name).toBeTruthy();
    // A page size in a variable counts as the largest page.
    expect((await api.gql(`query($n: Int) { ${page('$n')} }`, { n: 500 })).errors).toBeUndefined();
    // Lists nested in pages multiply: refused at validation, before any work.
    const nested = await api.gql(`{ divisions(first: 500) { nodes { children { children { id name code level } } } } }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(nested.errors?.[0]?.message).toMatch(/cost/);
    // Four full pages under aliases are more than one request may ask for.
    const aliased = await api.gql(`{ ${[1, 2, 3, 4].map((i) => `p${i}: ${page('500')}`).join(' ')} }`);
    expect(aliased.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
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
