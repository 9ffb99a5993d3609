import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runImportCommand } from '@carecircle/api/dist/cli/import-command.js';
import { startTestApi, type TestApi } from '../testkit/api.js';
import { importFixture } from '../testkit/imports.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `carecircle-test-cli-${process.pid}-${Date.now().toString(36)}`;

let api: TestApi;
let sub: Redis;
const heard: any[] = [];

beforeAll(async () => {
  api = await startTestApi({ demo: false, label: 'cli-revisions' });
  sub = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  sub.on('message', (_channel, message) => heard.push(JSON.parse(message)));
  await sub.subscribe(`${PREFIX}:revisions`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sub?.quit();
  await api?.stop();
});

const clearAreas = () => api.db.orm.em.fork().getConnection().execute('truncate residential_area restart identity cascade');

/** `pnpm cli import …` in-process against the test database; what it printed. */
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a) => void lines.push(a.join(' ')));
  try {
    return { code: await runImportCommand(args, async () => ({ orm: api.db.orm, close: async () => {} })), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

describe('an import from the command line, with REDIS_URL', () => {
  it('announces the new data revisions to running replicas and workers once it has committed', async () => {
    vi.stubEnv('REDIS_URL', REDIS_URL);
    vi.stubEnv('REDIS_PREFIX', PREFIX);
    const { code, out } = await cli(['residents', importFixture('residents.geojson')]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/announced the change/);
    await vi.waitFor(() => expect(heard).toHaveLength(1), { timeout: 3000 });
    const rows = await api.db.orm.em
      .fork()
      .getConnection()
      .execute<{ scope: string; revision: string }[]>(`select scope, revision from data_revision`);
    for (const r of rows) expect(heard[0].revisions[r.scope]).toBe(Number(r.revision));
    expect(heard[0].revisions.residential_area).toBeGreaterThan(0);
    expect(heard[0].from).toMatch(/^cli:/);
  });

  it('a dry run announces nothing; an unreachable Redis is reported without failing the committed import', async () => {
    await clearAreas();
    const dry = await cli(['residents', importFixture('residents.geojson'), '--dry-run']);
    expect(dry.code, dry.out).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toHaveLength(1);
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1');
    await clearAreas();
    const { code, out } = await cli(['residents', importFixture('residents.geojson')]);
    expect(code, out).toBe(0);
    expect(out).toMatch(/Redis did not answer/);
  });
});
