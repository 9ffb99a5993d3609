import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  importFacilities,
  importResidents,
  importRoads,
  ImportFileError,
  type ImportReport,
} from '@carecircle/api/dist/modules/imports/index.js';
import { runImportCommand } from '@carecircle/api/dist/cli/import-command.js';
import { registrySnapshot, startTestApi, type TestApi } from '../testkit/api.js';
import { createPostgresDatabase, TEST_DB } from '../testkit/database.js';
import { gcj02ToBd09, importFixture, reference, repoRoot, sql, tempFile, wgs84ToGcj02 } from '../testkit/imports.js';

const lengthOf = async (api: TestApi, source: string) => {
  const [r] = await sql<{ n: string; m: number }>(
    api,
    `select count(*) as n, sum(ST_Length(geometry::geography)) as m from road_segment where source = ?`,
    [source],
  );
  return { count: Number(r.n), metres: Number(r.m) };
};
const rowsOf = (report: ImportReport) => [...new Set(report.errors.map((e) => e.row))];

describe('imports into a database with no divisions (any place on earth)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demo: false, label: 'imports' });
  });
  afterAll(async () => api?.stop());

  it('imports Monaco as GeoJSON and as OSM PBF: the same walking network, length within 0.1%', async () => {
    const geo = await importRoads(api.db.orm, reference('monaco', 'network.geojson'), { sourceName: 'monaco-geojson' });
    expect(geo.errors).toEqual([]);
    expect(geo.committed).toBe(true);
    expect(geo.read).toBe(5508);
    // one reference line joins two OSM nodes mapped at one position: a loop of length 0, reported
    expect(geo.ignored).toEqual({ 'zero-length line': 1 });
    expect(geo.inserted).toBe(5507);

    const pbf = await importRoads(api.db.orm, reference('osm', 'monaco.osm.pbf'), { sourceName: 'monaco-pbf', ignoreAccess: true });
    expect(pbf.committed).toBe(true);
    expect(pbf.format).toBe('osm.pbf');
    expect(pbf.ignored['no highway tag']).toBeGreaterThan(1000);
    expect(pbf.ignored['highway=motorway']).toBeGreaterThan(0);
    expect(pbf.ignored['foot=no']).toBeUndefined(); // kept with ignoreAccess
    expect(pbf.read).toBe(
      Object.values(pbf.ignored).reduce((a, b) => a + b, 0) - (pbf.ignored['zero-length edge'] ?? 0) + pbf.stats.waysUsed,
    );

    const a = await lengthOf(api, 'monaco-geojson');
    const b = await lengthOf(api, 'monaco-pbf');
    expect(a.count).toBe(5507);
    expect(b.count).toBe(pbf.inserted);
    expect(b.count).toBeGreaterThan(5000);
    expect(Math.abs(a.metres - b.metres) / a.metres).toBeLessThan(1e-3);
    const [named] = await sql<{ n: string }>(
      api,
      `select count(*) as n from road_segment where source = 'monaco-pbf' and name is not null and highway is not null`,
    );
    expect(Number(named.n)).toBeGreaterThan(1000);
  });

  it('imports Chengdu OSM XML with access rules and reports ignored ways by reason; --replace swaps the network', async () => {
    const before = await api.count('road_segment');
    const osm = await importRoads(api.db.orm, reference('osm', 'chengdu.osm'), { sourceName: 'chengdu-osm' });
    expect(osm.committed).toBe(true);
    expect(osm.ignored).toMatchObject({ 'no highway tag': 1542, 'highway=trunk': 55, 'foot=no': 2, 'access=no': 3, 'access=private': 1 });
    expect(osm.stats.waysRead).toBe(osm.read);
    expect(await api.count('road_segment')).toBe(before + osm.inserted);

    const all = await importRoads(api.db.orm, reference('osm', 'chengdu.osm'), {
      sourceName: 'chengdu-osm-all',
      ignoreAccess: true,
      replace: true,
    });
    expect(all.deleted).toBe(before + osm.inserted);
    expect(all.inserted).toBeGreaterThan(osm.inserted); // closed ways kept
    expect(await api.count('road_segment')).toBe(all.inserted);
    const geo = await importRoads(api.db.orm, reference('chengdu', 'network.geojson'), { sourceName: 'chengdu-geojson' });
    expect(geo.inserted).toBe(5085);
    const a = await lengthOf(api, 'chengdu-geojson');
    const b = await lengthOf(api, 'chengdu-osm-all');
    expect(Math.abs(a.metres - b.metres) / a.metres).toBeLessThan(1e-3);
  });

  it('names bad road features and writes nothing; --skip-invalid keeps the good lines', async () => {
    const before = await registrySnapshot(api);
    const file = importFixture('roads-bad.geojson');
    const r = await importRoads(api.db.orm, file);
    expect(r.committed).toBe(false);
    expect(r.inserted).toBe(0);
    expect(rowsOf(r)).toEqual([3, 6]);
    expect(r.errors[0]).toMatchObject({ row: 3, field: 'geometry' });
    expect(r.errors[0].message).toMatch(/经纬度/);
    expect(r.errors[0].messageEn).toMatch(/Coordinates/);
    expect(r.ignored).toEqual({ 'highway=motorway': 1, 'geometry=Point': 1 });
    expect(await registrySnapshot(api)).toEqual(before);

    const skip = await importRoads(api.db.orm, file, { skipInvalid: true, sourceName: 'bad-roads' });
    expect(skip.committed).toBe(true);
    expect(skip.skipped).toBe(2);
    expect(skip.inserted).toBe(3); // footway + two lines of the MultiLineString
    const rows = await sql<{ highway: string; name: string | null }>(
      api,
      `select highway, name from road_segment where source = 'bad-roads' order by id`,
    );
    expect(rows).toEqual([
      { highway: 'footway', name: '步道' },
      { highway: 'residential', name: null },
      { highway: 'residential', name: null },
    ]);
  });

  it('imports the Monaco reference facilities; a second import is rejected as duplicates within 30 m', async () => {
    const r = await importFacilities(api.db.orm, reference('monaco', 'facilities.geojson'));
    expect(r.errors).toEqual([]);
    expect(r.inserted).toBe(60);
    expect(r.unusedColumns).toEqual(['ref']);
    expect(await api.count('facility', `status = 'APPROVED' and kind = 'COMMUNITY_STATION' and division_id is null`)).toBe(60);
    const before = await registrySnapshot(api);
    const again = await importFacilities(api.db.orm, reference('monaco', 'facilities.geojson'));
    expect(again.committed).toBe(false);
    expect(rowsOf(again)).toHaveLength(60);
    expect(again.errors[0]).toMatchObject({ row: 1, field: 'name' });
    expect(again.errors[0].message).toMatch(/30 米内已有同名同类设施“Facility 1”/);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('imports a CSV with Chinese headers, kind names, services and thousands separators', async () => {
    const r = await importFacilities(api.db.orm, importFixture('facilities.csv'), { status: 'DRAFT' as never });
    expect(r.errors).toEqual([]);
    expect(r.rowUnit).toBe('line');
    expect(r.inserted).toBe(4);
    expect(r.ignored).toEqual({ 'empty row': 1 });
    expect(r.unusedColumns).toEqual(['备注']);
    const rows = await sql<any>(
      api,
      `select code, kind, status, services, capacity_beds, operator_name, operator_type, address, ST_X(location) as lon, ST_Y(location) as lat
      from facility where code like 'IMP-CSV-%' or name = '三圣村互助养老点' order by id`,
    );
    expect(rows.map((f) => [f.code, f.kind, f.status])).toEqual([
      ['IMP-CSV-1', 'COMMUNITY_STATION', 'DRAFT'],
      ['IMP-CSV-2', 'STREET_CENTER', 'DRAFT'],
      ['IMP-CSV-3', 'CARE_INSTITUTION', 'DRAFT'],
      [null, 'MUTUAL_AID_POINT', 'DRAFT'],
    ]);
    expect(rows[0].services).toEqual(['MEALS', 'DAY_CARE']);
    expect(rows[1].services).toEqual(['MEALS', 'BATHING', 'REHABILITATION']);
    expect([rows[1].operator_name, rows[1].operator_type]).toEqual(['凯尔', 'SOCIAL_ORGANIZATION']);
    expect(rows[2].capacity_beds).toBe(1200);
    expect(rows[2].address).toBe('锦江区某路 3 号,附楼');
    expect([rows[0].lon, rows[0].lat]).toEqual([104.08, 30.657]);
  });

  it('imports an XLSX: spreadsheet row numbers, cached formula results, rich text; a formula without a result is rejected', async () => {
    const r = await importFacilities(api.db.orm, importFixture('facilities.xlsx'));
    expect(r.errors).toEqual([]);
    expect(r.rowUnit).toBe('row');
    expect(r.inserted).toBe(3);
    const rows = await sql<any>(
      api,
      `select name, kind, capacity_beds, services from facility where name like '青羊区养老机构%' or name = '少城社区养老服务站' order by id`,
    );
    expect(rows.map((f) => [f.name, f.kind, f.capacity_beds])).toEqual([
      ['青羊区养老机构甲', 'CARE_INSTITUTION', 40],
      ['青羊区养老机构乙', 'CARE_INSTITUTION', 80],
      ['少城社区养老服务站', 'COMMUNITY_STATION', 0],
    ]);
    expect(rows[2].services).toEqual(['MEALS', 'CLEANING']);

    const before = await registrySnapshot(api);
    const f = await importFacilities(api.db.orm, importFixture('facilities-formula.xlsx'));
    expect(f.committed).toBe(false);
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]).toMatchObject({ row: 2, field: 'beds' });
    expect(f.errors[0].message).toContain('E2');
    expect(f.errors[0].messageEn).toMatch(/never evaluate formulas/);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('names every bad CSV row by its line, writes nothing, and with --skip-invalid imports only the good rows', async () => {
    const before = await registrySnapshot(api);
    const file = importFixture('facilities-bad.csv');
    const r = await importFacilities(api.db.orm, file);
    expect(r.committed).toBe(false);
    expect(r.inserted).toBe(0);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'name'],
      [4, 'lng/latitude'], // fields named as the file names them
      [5, 'occupied_beds'], // a quoted name over lines 5-6 starts on line 5
      [7, 'kind'],
      [8, 'name'],
      [9, 'code'],
      [10, 'beds'],
    ]);
    expect(r.errors.find((e) => e.row === 8)!.message).toBe('与第 2 行重复：30 米内同名同类设施。');
    expect(r.errors.find((e) => e.row === 8)!.messageEn).toBe('Duplicates line 2: same kind and name within 30 m.');
    expect(r.errors.find((e) => e.row === 5)!.messageEn).toBe('Occupied beds (12) must not exceed beds (10).');
    expect(await registrySnapshot(api)).toEqual(before);

    const dry = await importFacilities(api.db.orm, file, { skipInvalid: true, dryRun: true });
    expect([dry.dryRun, dry.committed, dry.inserted, dry.skipped]).toEqual([true, false, 2, 7]);
    expect(await registrySnapshot(api)).toEqual(before);

    const skip = await importFacilities(api.db.orm, file, { skipInvalid: true });
    expect([skip.committed, skip.inserted, skip.skipped]).toEqual([true, 2, 7]);
    expect(rowsOf(skip)).toEqual([3, 4, 5, 7, 8, 9, 10]);
    expect(await api.count('facility')).toBe(before.facility + 2);
    expect(await api.count('facility', `name in ('Good station', 'Valid three')`)).toBe(2);
  });

  it('converts GCJ-02 and BD-09 coordinates to WGS84 within a metre', async () => {
    const wgs: [number, number] = [104.0657, 30.6594]; // 天府广场, Chengdu
    const gcj = wgs84ToGcj02(...wgs);
    const bd = gcj02ToBd09(...gcj);
    const shift = await sql<{ m: number }>(api, `select ST_Distance(ST_MakePoint(?, ?)::geography, ST_MakePoint(?, ?)::geography) as m`, [
      ...wgs,
      ...gcj,
    ]);
    expect(Number(shift[0].m)).toBeGreaterThan(100); // the shift the conversion removes
    const csv = tempFile('gcj.csv', `name,kind,lon,lat\nGCJ 站,COMMUNITY_STATION,${gcj[0]},${gcj[1]}\n`);
    const geo = tempFile(
      'bd.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { name: 'BD 站', kind: '社区养老服务站' }, geometry: { type: 'Point', coordinates: bd } },
        ],
      }),
    );
    expect((await importFacilities(api.db.orm, csv, { crs: 'gcj02' })).inserted).toBe(1);
    expect((await importFacilities(api.db.orm, geo, { crs: 'bd09' })).inserted).toBe(1);
    const off = await sql<{ name: string; m: number }>(
      api,
      `select name, ST_Distance(location::geography, ST_MakePoint(?, ?)::geography) as m from facility where name in ('GCJ 站', 'BD 站') order by name`,
      wgs,
    );
    expect(off).toHaveLength(2);
    for (const o of off) expect(Number(o.m)).toBeLessThan(1);
    // Road lines convert every vertex the same way, so shared end points stay shared.
    const roads = tempFile(
      'gcj-roads.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [gcj, [gcj[0] + 0.001, gcj[1]]] } },
          { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [gcj, [gcj[0], gcj[1] + 0.001]] } },
        ],
      }),
    );
    const rr = await importRoads(api.db.orm, roads, { crs: 'gcj02', sourceName: 'gcj-roads' });
    expect(rr.inserted).toBe(2);
    const ends = await sql<{ m: number; same: boolean }>(
      api,
      `select max(ST_Distance(ST_StartPoint(geometry)::geography, ST_MakePoint(?, ?)::geography)) as m,
      bool_and(ST_Equals(ST_StartPoint(geometry), (select ST_StartPoint(geometry) from road_segment where source = 'gcj-roads' limit 1))) as same from road_segment where source = 'gcj-roads'`,
      wgs,
    );
    expect(Number(ends[0].m)).toBeLessThan(1);
    expect(ends[0].same).toBe(true);
    await expect(importRoads(api.db.orm, reference('osm', 'chengdu.osm'), { crs: 'gcj02' })).rejects.toBeInstanceOf(ImportFileError);
  });

  it('imports residential areas: an outline gets a point on its surface and is kept; bad features are named', async () => {
    const r = await importResidents(api.db.orm, importFixture('residents.geojson'));
    expect(r.errors).toEqual([]);
    expect(r.inserted).toBe(3);
    const rows = await sql<any>(
      api,
      `select name, older_residents, total_residents, boundary is not null as outlined,
      coalesce(ST_Contains(boundary, location), true) as inside, ST_Contains(ST_ConvexHull(boundary), ST_Centroid(boundary)) and not ST_Contains(boundary, ST_Centroid(boundary)) as centroid_outside
      from residential_area order by id`,
    );
    expect(rows.map((x) => [x.name, x.older_residents, x.total_residents, x.outlined, x.inside])).toEqual([
      ['L 形小区', 120, 800, true, true],
      ['点状居住区', 45, 0, false, true],
      ['单块多边形', 30, 300, true, true],
    ]);
    expect(rows[0].centroid_outside).toBe(true); // the centroid would have been outside the L

    const before = await registrySnapshot(api);
    const bad = await importResidents(api.db.orm, importFixture('residents-bad.geojson'));
    expect(bad.committed).toBe(false);
    expect(bad.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'older_residents'],
      [3, 'geometry'],
      [4, 'older_residents'],
      [5, 'geometry'],
    ]);
    expect(bad.errors[1].messageEn).toMatch(/Invalid geometry: Self-intersection/);
    expect(await registrySnapshot(api)).toEqual(before);
  });

  it('refuses unreadable input with a clear message', async () => {
    await expect(importFacilities(api.db.orm, importFixture('nope.csv'))).rejects.toThrow(/找不到文件.*\/ File not found/);
    await expect(importFacilities(api.db.orm, reference('osm', 'chengdu.osm'))).rejects.toThrow(
      /facilities imports accept: \.geojson, \.csv, \.xlsx/,
    );
    await expect(importRoads(api.db.orm, reference('osm', 'chengdu.osm'), { maxMb: 1 })).rejects.toThrow(/too large: 3\.3 MB/);
    const noLon = tempFile('nolon.csv', 'name,kind,lat\nA,COMMUNITY_STATION,30\n');
    const r = await importFacilities(api.db.orm, noLon);
    expect(r.errors).toMatchObject([{ row: 1, field: 'lon' }]);
    expect(r.errors[0].messageEn).toContain('lon, lng, long, longitude, x, 经度');
  });

  it('the import command prints every bad row in Chinese and English and exits 1', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a) => void lines.push(a.join(' ')));
    try {
      const code = await runImportCommand(['facilities', importFixture('facilities-bad.csv')], async () => ({
        orm: api.db.orm,
        close: async () => {},
      }));
      expect(code).toBe(1);
    } finally {
      log.mockRestore();
    }
    const text = lines.join('\n');
    expect(text).toContain('第 3 行 / line 3  name: 必填。 / Required.');
    expect(text).toContain('第 7 行 / line 7  kind: 未知的设施类型“PARK”');
    expect(text).toContain('未写入任何数据');
  });
});

describe('pnpm cli import', () => {
  it('runs against the configured database and imports the valid rows with --skip-invalid', async () => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>) };
    delete env.DATABASE_URL;
    let drop: (() => Promise<void>) | null = null;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carecircle-cli-'));
    if (TEST_DB === 'postgres') {
      const created = await createPostgresDatabase('cli_import');
      env.DATABASE_URL = created.url;
      drop = created.drop;
    } else env.DATA_DIR = dataDir;
    try {
      const run = spawnSync(
        process.execPath,
        [
          'services/api/dist/cli/index.js',
          'import',
          'facilities',
          'test/fixtures/imports/facilities-bad.csv',
          '--skip-invalid',
          '--status',
          'draft',
          '--report',
          path.join(dataDir, 'report.json'),
        ],
        {
          cwd: repoRoot,
          env: { ...env, INIT_CWD: repoRoot },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('写入 / inserted: 2');
      expect(run.stdout).toContain('跳过 7 个有问题的行 / skipped 7 bad rows');
      expect(run.stdout).toContain('第 10 行 / line 10  beds: “abc”不是数字。 / "abc" is not a number.');
      const report = JSON.parse(fs.readFileSync(path.join(dataDir, 'report.json'), 'utf8'));
      expect(report).toMatchObject({ what: 'facilities', format: 'csv', inserted: 2, skipped: 7, committed: true });
    } finally {
      await drop?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('imports with divisions loaded (demo district)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demo: true, label: 'imports_demo' });
  });
  afterAll(async () => api?.stop());

  it('rejects places outside the district and files them under the lowest division inside', async () => {
    const before = await registrySnapshot(api);
    const outside = await importFacilities(api.db.orm, importFixture('facilities.csv'));
    expect(outside.committed).toBe(false);
    expect(rowsOf(outside)).toEqual([2, 3, 4, 6]);
    expect(outside.errors[0]).toMatchObject({
      field: '经度/纬度',
      message: '位置不在渝北区范围内。',
      messageEn: 'The location is outside 渝北区.',
    });
    expect(await registrySnapshot(api)).toEqual(before);

    const [c] = await sql<{ id: number; lon: number; lat: number }>(
      api,
      `select id, ST_X(ST_PointOnSurface(boundary)) as lon, ST_Y(ST_PointOnSurface(boundary)) as lat from division where level = 'COMMUNITY' order by id limit 1`,
    );
    const file = tempFile(
      'inside.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '新建社区养老服务站', kind: 'COMMUNITY_STATION' },
            geometry: { type: 'Point', coordinates: [Number(c.lon), Number(c.lat)] },
          },
        ],
      }),
    );
    const inside = await importFacilities(api.db.orm, file);
    expect(inside.inserted).toBe(1);
    expect(await api.count('facility', `name = '新建社区养老服务站' and division_id = ${Number(c.id)}`)).toBe(1);
  });
});
