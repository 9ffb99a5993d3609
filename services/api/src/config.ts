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
  /** Redis shared by the API replicas and analysis workers (`REDIS_URL`); null: everything stays in this process. */
  redisUrl: string | null;
  /** Prefix of every Redis key and channel (`REDIS_PREFIX`, default `carecircle`). */
  redisPrefix: string;
  /** With Redis: whether this API process also runs queued analyses (`ANALYSIS_IN_PROCESS`, default 1). */
  analysisInProcess: boolean;
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
    redisUrl: env.REDIS_URL?.trim() || null,
    redisPrefix: env.REDIS_PREFIX?.trim() || 'carecircle',
    analysisInProcess: !['0', 'false', 'no'].includes((env.ANALYSIS_IN_PROCESS ?? '1').toLowerCase()),
  };
}
