import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Workspace packages resolve to their sources, so tests need no build. */
const alias = {
  '@carecircle/walk-engine': src('./packages/walk-engine/src/index.ts'),
  '@carecircle/demo-district': src('./packages/demo-district/src/index.ts'),
  '@carecircle/domain': src('./packages/domain/src/index.ts'),
};

/** Is something listening where the PostgreSQL test server should be? */
function postgresListening(): Promise<boolean> {
  const url = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(700);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

// In CI the PostgreSQL run is mandatory (an unreachable server fails the run); on a machine
// without PostgreSQL it is left out with a notice, so the suite still runs on Node.js alone.
const databases: ('embedded' | 'postgres')[] = ['embedded'];
if (process.env.CI === 'true' || process.env.TEST_POSTGRES_URL || (await postgresListening())) databases.push('postgres');
else
  console.warn(
    '[vitest] PostgreSQL not reachable on 127.0.0.1:5432: API tests run on the embedded database only (set TEST_POSTGRES_URL to add the server run).',
  );

/** API test files that time themselves, load the machine or restart the database server on purpose: they run one at a time, with nothing beside them. */
const API_ALONE = [
  'test/api/load.test.ts',
  'test/api/analysis-budget.test.ts',
  'test/api/upload.test.ts',
  'test/api/replicas.test.ts',
  // Restarts the PostgreSQL server under the other files' connections.
  'test/api/faults.test.ts',
];

/** Files about the embedded default alone (`pnpm start`'s deployment), and unit tests that need no database: run once. */
const EMBEDDED_ONLY = ['test/api/deploy.test.ts', 'services/api/src/modules/network/straight-nearest.test.ts'];
/**
 * Files whose independent reference needs the PostgreSQL server (pgRouting) and whose subject does
 * not depend on the database: run once, on PostgreSQL.
 */
const POSTGRES_ONLY = ['test/api/walk-profiles.test.ts'];

/**
 * Vitest runs groups in order: unit tests (0), the API files two at a time (1), then one file at
 * a time (2), then the browser tests (3), which measure interaction latencies and must not share
 * the two cores with the load, upload and fault files of group 2.
 */
const GROUP = { parallel: 1, alone: 2, browser: 3 } as const;

function apiProject(db: 'embedded' | 'postgres', o: { name: string; include?: string[]; exclude?: string[]; alone?: boolean }) {
  return {
    plugins: [swc.vite({ module: { type: 'es6' } })],
    test: {
      name: o.name,
      environment: 'node' as const,
      include: o.include ?? ['services/api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
      exclude: o.exclude ?? [],
      env: { TEST_DB: db },
      // The built API runs as Node runs it, so graphql and type-graphql share one module instance.
      server: { deps: { external: [/services\/api\/dist\//] } },
      testTimeout: 120_000,
      hookTimeout: 180_000,
      maxWorkers: o.alone ? 1 : 2,
      sequence: { groupOrder: o.alone ? GROUP.alone : GROUP.parallel },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'packages',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      // API black-box tests run twice: on the embedded database and on a PostgreSQL + PostGIS server.
      // Two files at a time (each has its own database and port); the files that measure latency or
      // load the machine on purpose run alone afterwards, with the browser tests.
      ...databases.flatMap((db) => [
        apiProject(db, { name: `api-${db}`, exclude: [...API_ALONE, ...(db === 'postgres' ? EMBEDDED_ONLY : POSTGRES_ONLY)] }),
        apiProject(db, { name: `api-${db}-alone`, include: API_ALONE, alone: true }),
      ]),
      // Front-end unit tests (shared UI kit, shell, apps) in jsdom.
      {
        resolve: { alias: { '@carecircle/ui': src('./packages/ui/src/index.ts'), '@carecircle/domain': alias['@carecircle/domain'] } },
        test: {
          name: 'apps',
          environment: 'jsdom',
          include: ['packages/ui/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}'],
        },
      },
      // Bundle checks and browser tests against the built apps, served by the built API.
      {
        test: {
          name: 'e2e',
          environment: 'node' as const,
          include: ['test/e2e/**/*.test.ts'],
          server: { deps: { external: [/services\/api\/dist\//] } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Interaction latencies are measured: one browser at a time, with nothing beside it.
          maxWorkers: 1,
          sequence: { groupOrder: GROUP.browser },
        },
      },
    ],
  },
});
