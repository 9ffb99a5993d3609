import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '@carecircle/api/dist/db/database.js';
import { setDataKey } from '@carecircle/api/dist/modules/workforce/data-key.js';
import { routes } from '@carecircle/api/dist/modules/routes.js';
import { startServer, type RunningServer } from '@carecircle/api/dist/server.js';
import { AuthService } from '@carecircle/api/dist/modules/users/auth.service.js';
import { createPostgresDatabase, TEST_DB } from './database.js';
import { demoTemplate, TEST_DATA_KEY } from './demo-template.js';
import { REPO_ROOT } from './stress.js';

/** The apps whose builds ship their registered operations. */
export const OPERATION_APPS = ['shell', 'planner', 'stations', 'agreements', 'workforce'];

/** The registered operations the apps' builds ship (`dist/persisted-documents.json`): hash (hex) → text. */
export function appOperations(): Map<string, string> {
  const all = new Map<string, string>();
  for (const app of OPERATION_APPS) {
    const file = path.join(REPO_ROOT, 'apps', app, 'dist', 'persisted-documents.json');
    for (const [key, text] of Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>))
      all.set(key.replace(/^sha256:/, ''), text);
  }
  return all;
}

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** A running API on a fresh database (embedded or PostgreSQL, per TEST_DB), optionally with the demo district. */
/** Password of every account the kit creates. */
export const TEST_PASSWORD = 'kit-Password-2026';

/** The server's session lookup among logged statements (`sessionOf`). */
export const SESSION_LOOKUP = /\bfrom app_session s join app_user\b/;

export interface TestApi {
  url: string;
  db: Database;
  server: RunningServer;
  /** SQL statements seen since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /**
   * The data statements (`select`, `with`, `insert`, `update`, `delete`) among `queries`, without
   * the session lookup: the server's session cache answers that one or not, by the clock.
   */
  statements(): string[];
  /** As the administrator the kit signed in with. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, lang?: string): Promise<GraphQLResponse<T>>;
  /** With a given session token (null: anonymous). */
  gqlAs<T = any>(token: string | null, query: string, variables?: Record<string, unknown>, lang?: string): Promise<GraphQLResponse<T>>;
  /** Creates an account with the role (and division) and returns its session token. */
  userToken(role: string, divisionId?: number | string | null, username?: string): Promise<string>;
  adminToken: string;
  /** Row count of a table, straight from the database. */
  count(table: string, where?: string): Promise<number>;
  stop(): Promise<void>;
}

/**
 * `production`: the server runs as in production (registered operations only, no introspection);
 * the kit's own queries are then registered on the fly and sent by hash, as the admin apps send theirs.
 */
export async function startTestApi(
  options: { demo?: boolean; label?: string; production?: boolean; trustProxy?: string } = {},
): Promise<TestApi> {
  const queries: string[] = [];
  let dropper: (() => Promise<void>) | null = null;
  let databaseUrl: string | null = null;
  // The demo district is a copy of one seeded once (demo-template.ts).
  const template = options.demo !== false ? await demoTemplate() : undefined;
  if (TEST_DB === 'postgres') {
    const created = await createPostgresDatabase(options.label ?? 'api', template);
    databaseUrl = created.url;
    dropper = created.drop;
  }
  const db = await openDatabase(
    { databaseUrl, dataDir: '' },
    { inMemory: true, loadFrom: TEST_DB === 'postgres' ? undefined : template, hooks: { onQuery: (m) => queries.push(m) } },
  );
  setDataKey(db.orm.config, TEST_DATA_KEY);
  const server = await startServer({ orm: db.orm, routes, production: options.production, trustProxy: options.trustProxy }, 0, '127.0.0.1');
  const url = server.url;
  const gqlAs = async (token: string | null, query: string, variables?: Record<string, unknown>, lang = 'zh-CN') => {
    const operation = server.operations.enforce
      ? { extensions: { persistedQuery: { version: 1, sha256Hash: server.operations.register(query) } } }
      : { query };
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ ...operation, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  };
  const signIn = async (username: string, password: string) => {
    const r = await gqlAs(null, `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`, {
      u: username,
      p: password,
    });
    if (!r.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(r.errors)}`);
    return r.data.signIn.token as string;
  };
  let users = 0;
  const userToken = async (role: string, divisionId?: number | string | null, username?: string) => {
    const name = username ?? `${role.toLowerCase()}-${++users}`;
    await new AuthService(db.orm.em.fork(), 'en').createUser({
      username: name,
      role: role as never,
      divisionId: divisionId ?? null,
      password: TEST_PASSWORD,
    });
    return signIn(name, TEST_PASSWORD);
  };
  const adminToken = await userToken('ADMIN', null, 'kit-admin');
  queries.length = 0;
  return {
    url,
    db,
    server,
    queries,
    resetQueries: () => void (queries.length = 0),
    statements: () =>
      queries
        // Statements as the ORM logs them (its colour codes stripped): `[query] select …`, `[query] with …`.
        // eslint-disable-next-line no-control-regex
        .map((q) => q.replace(/\u001b\[[0-9;]*m/g, ''))
        .filter((q) => /^\[query\] (select|with|insert|update|delete)\b/i.test(q) && !SESSION_LOOKUP.test(q)),
    gql: (query, variables, lang) => gqlAs(adminToken, query, variables, lang),
    gqlAs,
    userToken,
    adminToken,
    async count(table, where = 'true') {
      const rows = await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "${table}" where ${where}`);
      return Number(rows[0].n);
    },
    async stop() {
      await server.stop();
      await db.close();
      await dropper?.();
    },
  };
}

/** Counts rows of every registry table, to prove that a failed action wrote nothing. */
export async function registrySnapshot(api: TestApi): Promise<Record<string, number>> {
  const tables = [
    'division',
    'facility',
    'facility_change',
    'facility_resource',
    'point_of_interest',
    'medical_institution',
    'care_agreement',
    'residential_area',
    'road_segment',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await api.count(t);
  const [v] = await api.db.orm.em
    .getConnection()
    .execute<{ v: string }[]>(
      `select (select coalesce(sum(version), 0) from facility) + (select coalesce(sum(version), 0) from care_agreement) + (select coalesce(sum(version), 0) from division) as v`,
    );
  out.versions = Number(v.v);
  return out;
}
