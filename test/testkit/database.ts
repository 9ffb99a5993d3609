import pg from 'pg';

/** Which database the API tests run against, chosen by the vitest project. */
export const TEST_DB = (process.env.TEST_DB ?? 'embedded') as 'embedded' | 'postgres';

/** The PostgreSQL + PostGIS server for the `postgres` run. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Creates a fresh database on the PostgreSQL server (empty, or a copy of `template`) and returns its URL and a dropper.
 * Fails (never skips) when the server can't be reached and CI=true.
 */
export async function createPostgresDatabase(label: string, template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `carecircle_test_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Is the PostgreSQL server reachable? */
export async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}
