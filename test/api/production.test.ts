import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '@carecircle/api/dist/modules/routes.js';
import { startServer, type RunningServer } from '@carecircle/api/dist/server.js';
import { operationHash } from '@carecircle/api/dist/shared/persisted-operations.js';
import { postRaw, REPO_ROOT, spawnNode } from '../testkit/stress.js';
import { appOperations, OPERATION_APPS, startTestApi, type TestApi } from '../testkit/api.js';
import { TEST_DB } from '../testkit/database.js';

/** What the shell's `ShellMe` answers to nobody: no user, and no capability. */
const ANONYMOUS_ME = { __typename: 'Query', me: null, viewerCan: expect.objectContaining({ readRegistry: false, actions: [] }) };

const hashOf = (ops: Map<string, string>, name: RegExp) => [...ops].find(([, text]) => name.test(text))![0];

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const answer = await postRaw(`${url}/graphql`, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  return { status: answer.status, body: answer.body as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const byHash = (hash: string, extra: Record<string, unknown> = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  ...extra,
});

let api: TestApi;
let ops: Map<string, string>;
beforeAll(async () => {
  api = await startTestApi({ label: 'production', production: true, demo: false });
  ops = appOperations();
});
afterAll(async () => api?.stop());

describe('production: only the admin apps’ registered operations run', () => {
  it('loads every built app’s persisted-documents.json, each hash checked against its text', () => {
    expect(api.server.operations.enforce).toBe(true);
    expect(api.server.operations.sources.map((s) => path.basename(path.dirname(path.dirname(s.file)))).sort()).toEqual(
      [...OPERATION_APPS].sort(),
    );
    expect(ops.size).toBeGreaterThan(20);
    for (const [hash, text] of ops) {
      expect(operationHash(text)).toBe(hash);
      expect(api.server.operations.lookup(hash)).toBe(text);
    }
  });

  it('executes a registered operation sent by its hash alone, and its stored text, not the client’s', async () => {
    const me = hashOf(ops, /^query ShellMe\b/);
    expect(await post(api.url, byHash(me))).toEqual({ status: 200, body: { data: ANONYMOUS_ME } });
    // Text sent with a registered hash is ignored: the stored operation runs.
    expect((await post(api.url, byHash(me, { query: '{ __schema { types { name } } }' }))).body.data).toEqual(ANONYMOUS_ME);
    // The `sha256:` prefix of the manifests is accepted too.
    expect((await post(api.url, byHash(`sha256:${me}`))).body.data.me).toBeNull();
  });

  it('signs in and reads with the shell’s registered operations', async () => {
    const signIn = hashOf(ops, /^mutation ShellSignIn\b/);
    await api.userToken('PLANNER', null, 'prod-planner');
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(byHash(signIn, { variables: { username: 'prod-planner', password: 'kit-Password-2026' } })),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    expect((await res.json()).data.signIn.user.role).toBe('PLANNER');
    const me = await post(api.url, byHash(hashOf(ops, /^query ShellMe\b/)), { cookie });
    expect(me.body.data.me).toMatchObject({ username: 'prod-planner', role: 'PLANNER', __typename: 'User' });
  });

  it('refuses an operation sent as text (400 OPERATION_NOT_ALLOWED, in the user’s language)', async () => {
    const text = ops.get(hashOf(ops, /^query ShellMe\b/))!;
    for (const body of [{ query: text }, { query: '{ __typename }' }, byHash('0'.repeat(64), { query: text })]) {
      const zh = await post(api.url, body);
      expect(zh.status).toBe(400);
      expect(zh.body.errors![0].extensions!.code).toBe('OPERATION_NOT_ALLOWED');
      expect(zh.body.errors![0].message).toContain('已登记的操作');
      expect(zh.body.data).toBeUndefined();
    }
    const en = await post(api.url, { query: '{ __typename }' }, { 'accept-language': 'en' });
    expect(en.body.errors![0].message).toMatch(/registered operations only/);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND and a hash-less extension with 400', async () => {
    const unknown = await post(api.url, byHash('f'.repeat(64)));
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const bad = await post(api.url, { extensions: { persistedQuery: { version: 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_REQUEST');
  });

  it('runs registered queries over GET, never mutations, and refuses text over GET', async () => {
    const get = (params: Record<string, string>) =>
      fetch(`${api.url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const me = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(ops, /^query ShellMe\b/) } }) });
    expect(me.status).toBe(200);
    expect((await me.json()).data).toEqual(ANONYMOUS_ME);
    const signOut = await get({
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(ops, /^mutation ShellSignOut\b/) } }),
    });
    expect(signOut.status).toBe(405);
    const text = await get({ query: '{ __typename }' });
    expect(text.status).toBe(400);
    expect((await text.json()).errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('keeps introspection and field suggestions off even for a registered operation', async () => {
    // The kit registers its own operations on the fly, as an operator's GRAPHQL_OPERATIONS file would.
    const schema = await api.gql(`{ __schema { types { name } } }`);
    expect(schema.data).toBeUndefined();
    expect(schema.errors![0].message).toMatch(/introspection/i);
    const typo = await api.gql(`{ facilitie { nodes { id } } }`);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('development: operations as text run too', () => {
  let dev: RunningServer;
  // A second server on the same database, as in development.
  beforeAll(async () => {
    dev = await startServer({ orm: api.db.orm, routes }, 0, '127.0.0.1');
  });
  afterAll(async () => dev?.stop());

  it('runs text, registered hashes, and text sent with an unknown hash; an unknown hash alone is not found', async () => {
    expect(dev.operations.enforce).toBe(false);
    expect((await post(dev.url, { query: '{ __typename }' })).body).toEqual({ data: { __typename: 'Query' } });
    const me = hashOf(ops, /^query ShellMe\b/);
    expect((await post(dev.url, byHash(me))).body.data).toEqual(ANONYMOUS_ME);
    expect((await post(dev.url, byHash('1'.repeat(64), { query: '{ __typename }' }))).body).toEqual({ data: { __typename: 'Query' } });
    expect((await post(dev.url, byHash('1'.repeat(64)))).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

/** Runs the built server as `pnpm start` does and waits for it to listen; returns its URL and log. */
async function startMain(env: Record<string, string>): Promise<{ url: string; log: () => string; stop: () => Promise<number | null> }> {
  const server = spawnNode(path.join(REPO_ROOT, 'services/api/dist/main.js'), [], {
    DATABASE_URL: '',
    PORT: '0',
    SEED_DEMO: '0',
    GRAPHQL_ALLOW_ANY_OPERATION: '',
    GRAPHQL_OPERATIONS: '',
    ...env,
  });
  const exited = server.done.then((d) => d.code);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /(http:\/\/localhost:\d+) {2}\(GraphQL/.exec(server.output());
      if (m) {
        clearInterval(timer);
        resolve(m[1]);
      }
    }, 100);
    void exited.then((code) => (clearInterval(timer), reject(new Error(`server exited with ${code}:\n${server.output()}`))));
  });
  return { url, log: server.output, stop: async () => (server.child.kill('SIGTERM'), exited) };
}

describe.runIf(TEST_DB === 'embedded')('the built server in production (NODE_ENV=production)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-prod-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('executes the apps’ and the operator’s registered operations only, unless GRAPHQL_ALLOW_ANY_OPERATION=1', async () => {
    const integration = '{ __typename healthProbe: __typename }';
    const extra = path.join(dataDir, 'integration-operations.json');
    fs.writeFileSync(extra, JSON.stringify({ [operationHash(integration)]: integration }));

    const strict = await startMain({ NODE_ENV: 'production', DATA_DIR: path.join(dataDir, 'db'), GRAPHQL_OPERATIONS: extra });
    try {
      const total = ops.size + 1;
      expect(strict.log()).toContain(`executing only the ${total} registered GraphQL operations (6 manifests`);
      expect((await post(strict.url, { query: integration })).status).toBe(400);
      expect((await post(strict.url, byHash(operationHash(integration)))).body).toEqual({
        data: { __typename: 'Query', healthProbe: 'Query' },
      });
      expect((await post(strict.url, byHash(hashOf(ops, /^query ShellMe\b/)))).body.data.me).toBeNull();
    } finally {
      expect(await strict.stop()).toBe(0);
    }

    const open = await startMain({ NODE_ENV: 'production', DATA_DIR: path.join(dataDir, 'db'), GRAPHQL_ALLOW_ANY_OPERATION: '1' });
    try {
      expect(open.log()).not.toContain('executing only');
      expect((await post(open.url, { query: integration })).body).toEqual({ data: { __typename: 'Query', healthProbe: 'Query' } });
    } finally {
      expect(await open.stop()).toBe(0);
    }
  });

  it('refuses to start with a manifest whose text does not match its hash', async () => {
    const forged = path.join(dataDir, 'forged.json');
    fs.writeFileSync(forged, JSON.stringify({ [operationHash('{ __typename }')]: 'mutation { signOut }' }));
    await expect(startMain({ NODE_ENV: 'production', DATA_DIR: path.join(dataDir, 'db'), GRAPHQL_OPERATIONS: forged })).rejects.toThrow(
      /exited with 1[\s\S]*does not hash to it/,
    );
  });
});
