import path from 'node:path';

/** Runtime settings, read once from the environment. */
export interface AppConfig {
  /** HTTP port for the API and the admin app. */
  port: number;
  /** A PostgreSQL + PostGIS server; when absent the embedded database is used. */
  databaseUrl: string | null;
  /** Where the embedded database keeps its files. */
  dataDir: string;
  /** Load the demo district into an empty database. */
  seedDemo: boolean;
  /** Production mode hides introspection and internal error details, and executes registered operations only. */
  production: boolean;
  /** In production, execute any operation, not only the registered ones (GRAPHQL_ALLOW_ANY_OPERATION=1). */
  allowAnyOperation: boolean;
  /** Extra operation manifests (hash → text) to register, e.g. an integration's (GRAPHQL_OPERATIONS, path-list). */
  operationFiles: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    seedDemo: !['0', 'false', 'no'].includes((env.SEED_DEMO ?? '1').toLowerCase()),
    production: env.NODE_ENV === 'production',
    allowAnyOperation: ['1', 'true', 'yes'].includes((env.GRAPHQL_ALLOW_ANY_OPERATION ?? '').toLowerCase()),
    operationFiles: (env.GRAPHQL_OPERATIONS ?? '')
      .split(path.delimiter)
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => path.resolve(f)),
  };
}
