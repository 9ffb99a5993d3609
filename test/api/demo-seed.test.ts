import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@carecircle/api/dist/db/database.js';
import { isEmptyDatabase, loadDemo } from '@carecircle/api/dist/db/seed-demo.js';
import { todayInChina } from '@carecircle/api/dist/modules/agreements/care-agreement.entity.js';
import { dataKeyOf } from '@carecircle/api/dist/modules/workforce/data-key.js';
import { generateDemoDistrict, type DemoDistrict } from '../../packages/demo-district/dist/index.js';
import { createPostgresDatabase, TEST_DB } from '../testkit/database.js';

/**
 * The demo workforce is stored in bulk; these check that it is still held to the register's rules
 * (a breach refuses the whole demo) and stored as the register's write path stores workers.
 * The district is loaded without its streets and residential areas, which the workforce does not need.
 */
let db: Database;
let drop: (() => Promise<void>) | undefined;
const today = todayInChina();
let generated: DemoDistrict;
const district = (): DemoDistrict => structuredClone({ ...generated, roads: [], residentialAreas: [] });
const sql = <T>(query: string) => db.orm.em.getConnection().execute<T[]>(query);

beforeAll(async () => {
  let databaseUrl: string | null = null;
  if (TEST_DB === 'postgres') {
    const created = await createPostgresDatabase('demo_seed');
    databaseUrl = created.url;
    drop = created.drop;
  }
  db = await openDatabase({ databaseUrl, dataDir: '' }, { inMemory: true });
  generated = generateDemoDistrict({ today });
});
afterAll(async () => {
  await db?.close();
  await drop?.();
});

describe('demo workforce in bulk', () => {
  const worker = (d: DemoDistrict, test: (w: DemoDistrict['workforce']['workers'][number]) => boolean) => d.workforce.workers.find(test)!;
  const breaches: [string, (d: DemoDistrict) => void, RegExp][] = [
    [
      'a care worker without a certificate for the post (持证上岗)',
      (d) => (worker(d, (w) => w.employment.post === 'ELDERLY_CARE_WORKER').certificates = []),
      /Certificate required \(持证上岗\): the post Elderly-care worker needs a valid/,
    ],
    [
      'a health check after the hire date',
      (d) => {
        const w = worker(d, (x) => x.employment.post === 'ELDERLY_CARE_WORKER');
        w.healthCheckOn = new Date(Date.parse(w.employment.startsOn) + 86_400_000).toISOString().slice(0, 10);
      },
      /healthCheck\.on: The date must not be in the future/,
    ],
    [
      'a placement at an employer other than a hospital',
      (d) =>
        (worker(d, (w) => w.employment.placedAtCode != null).employment.placedAtCode = d.workforce.employers.find(
          (e) => e.kind === 'SERVICE_COMPANY',
        )!.code),
      /A placement must be at a medical institution/,
    ],
    [
      'an ID number with a wrong check digit',
      (d) => {
        const w = d.workforce.workers[0];
        w.idNumber = w.idNumber.slice(0, 17) + (w.idNumber[17] === '1' ? '2' : '1');
      },
      /check digit is wrong \(GB 11643\)/,
    ],
    ['one ID number twice', (d) => (d.workforce.workers[1].idNumber = d.workforce.workers[0].idNumber), /already registered/],
  ];
  for (const [what, breach, message] of breaches)
    it(`refuses the whole demo for ${what}`, async () => {
      const demo = district();
      breach(demo);
      await expect(loadDemo(db.orm, demo, () => {}, today)).rejects.toThrow(message);
      expect(await isEmptyDatabase(db.orm)).toBe(true);
      expect(await sql<{ n: string }>(`select (select count(*) from employer) + (select count(*) from worker) as n`)).toEqual([{ n: '0' }]);
    });

  it('stores what the write path stores: encrypted ID numbers, versions counting the added records, an audit row per write', async () => {
    const demo = district();
    await loadDemo(db.orm, demo, () => {}, today);
    const workers = demo.workforce.workers;
    const [first] = await sql<{ id: number; id_number_cipher: string; id_number_masked: string; version: number }>(
      `select id, id_number_cipher, id_number_masked, version from worker order by id limit 1`,
    );
    expect(first.id_number_cipher).toMatch(/^v1:/);
    expect(dataKeyOf(db.orm.em).decrypt(first.id_number_cipher)).toBe(workers[0].idNumber);
    expect(first.id_number_masked).toBe(`${workers[0].idNumber.slice(0, 6)}********${workers[0].idNumber.slice(14)}`);
    const added = (w: (typeof workers)[number]) => w.trainings.length + w.evaluations.length + w.complaints.length;
    expect(first.version).toBe(1 + added(workers[0]));
    const [counts] = await sql<Record<string, string>>(
      `select (select count(*) from worker where version <> 1 + (select count(*) from worker_training t where t.worker_id = worker.id)
          + (select count(*) from worker_evaluation e where e.worker_id = worker.id) + (select count(*) from worker_complaint c where c.worker_id = worker.id)) as off,
        (select count(*) from audit_log where event = 'WORKER_CREATED') as created,
        (select count(*) from audit_log where event = 'WORKER_UPDATED') as updated,
        (select count(*) from audit_log where event = 'EMPLOYER_CREATED') as employers,
        (select count(*) from worker_employment) as employments`,
    );
    expect(counts).toEqual({
      off: '0',
      created: String(workers.length),
      updated: String(workers.reduce((n, w) => n + added(w), 0)),
      employers: String(demo.workforce.employers.length),
      employments: String(workers.length),
    });
  });
});
