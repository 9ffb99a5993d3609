import 'reflect-metadata';
import { openDatabase, type Database } from '@carecircle/api/dist/db/database.js';
import { seedDemoIfEmpty } from '@carecircle/api/dist/db/seed-demo.js';
import { routes } from '@carecircle/api/dist/modules/routes.js';
import { startServer, type RunningServer } from '@carecircle/api/dist/server.js';
import { createPostgresDatabase, TEST_DB } from './database.js';

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** A running API on a fresh database (embedded or PostgreSQL, per TEST_DB), optionally with the demo district. */
export interface TestApi {
  url: string;
  db: Database;
  server: RunningServer;
  /** SQL statements seen since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  gql<T = any>(query: string, variables?: Record<string, unknown>, lang?: string): Promise<GraphQLResponse<T>>;
  /** Row count of a table, straight from the database. */
  count(table: string, where?: string): Promise<number>;
  stop(): Promise<void>;
}

export async function startTestApi(options: { demo?: boolean; label?: string } = {}): Promise<TestApi> {
  const queries: string[] = [];
  let dropper: (() => Promise<void>) | null = null;
  let databaseUrl: string | null = null;
  if (TEST_DB === 'postgres') {
    const created = await createPostgresDatabase(options.label ?? 'api');
    databaseUrl = created.url;
    dropper = created.drop;
  }
  const db = await openDatabase(
    { databaseUrl, dataDir: '' },
    { inMemory: true, hooks: { onQuery: (m) => queries.push(m) } },
  );
  if (options.demo !== false) await seedDemoIfEmpty(db.orm);
  const server = await startServer({ orm: db.orm, routes }, 0, '127.0.0.1');
  const url = server.url;
  queries.length = 0;
  return {
    url,
    db,
    server,
    queries,
    resetQueries: () => void (queries.length = 0),
    async gql(query, variables, lang = 'zh-CN') {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse;
    },
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
  const tables = ['division', 'facility', 'facility_resource', 'point_of_interest', 'medical_institution', 'care_agreement', 'residential_area', 'road_segment'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = await api.count(t);
  const [v] = await api.db.orm.em.getConnection().execute<{ v: string }[]>(
    `select (select coalesce(sum(version), 0) from facility) + (select coalesce(sum(version), 0) from care_agreement) + (select coalesce(sum(version), 0) from division) as v`,
  );
  out.versions = Number(v.v);
  return out;
}
