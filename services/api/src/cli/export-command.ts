import fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  COVERAGE_PROFILE,
  CoverageGroup,
  isCompletelyCovered,
  SEARCH_GROUPS,
  WALKING_PROFILE_NAMES,
  type WalkingProfileName,
} from '@carecircle/domain';
import { WalkingDataCache } from '../modules/network/walking-data.js';
import { walkingThreshold } from '../modules/walking/threshold.js';
import { csvCell } from '../shared/csv.js';

export const EXPORT_HELP = `  export coverage           导出每个居住区的步行可达性 / export walking access of every residential area
      [--format geojson|csv]  默认 geojson / default geojson
      [--minutes <n>] [--speed <m/s>]  阈值，默认 15 分钟、1.0 米/秒 / threshold, default 15 min at 1.0 m/s
      [--profile STANDARD|ELDERLY|WHEELCHAIR]  步行者，默认 ELDERLY（老年人）/ who walks, default ELDERLY
      [--out <file>]        写入文件（默认标准输出）/ write to a file (default standard output)`;

export { csvCell };

interface Row {
  id: number;
  name: string;
  division: string | null;
  older: number;
  lon: number;
  lat: number;
  method: string;
  meters: Record<string, number | null>;
  minutes: Record<string, number | null>;
  covered: Record<string, boolean>;
}

/** Walking access of every residential area to each group, at the threshold. */
export async function coverageRows(
  orm: MikroORM,
  minutes?: number,
  speed?: number,
  profile: WalkingProfileName = COVERAGE_PROFILE,
): Promise<{ rows: Row[]; meters: number }> {
  const walking = new WalkingDataCache(orm);
  try {
    const em = orm.em.fork();
    const th = walkingThreshold('zh', speed, minutes);
    const data = await walking.current();
    const groups = await walking.allGroups(data, await walking.profile(data, profile));
    const names = await em
      .getConnection()
      .execute<{ id: number; name: string; division: string | null }[]>(
        `select r.id, r.name, d.name as division from residential_area r left join division d on d.id = r.division_id`,
      );
    const byId = new Map(names.map((n) => [n.id, n]));
    const rows = data.demands.map((d, i) => {
      const meters: Record<string, number | null> = {};
      const minutes: Record<string, number | null> = {};
      const covered: Record<string, boolean> = {};
      for (const g of SEARCH_GROUPS) {
        const m = groups.get(g)!.meters[i];
        meters[g] = Number.isFinite(m) ? Math.round(m * 10) / 10 : null;
        minutes[g] = Number.isFinite(m) ? Math.round((m / th.speed / 60) * 100) / 100 : null;
        covered[g] = m <= th.meters;
      }
      covered[CoverageGroup.COMPLETE_CIRCLE] = isCompletelyCovered((g) => covered[g]);
      return {
        id: d.id,
        name: byId.get(d.id)?.name ?? '',
        division: byId.get(d.id)?.division ?? null,
        older: d.older,
        lon: d.lon,
        lat: d.lat,
        method: data.demandMethod[i],
        meters,
        minutes,
        covered,
      };
    });
    return { rows, meters: th.meters };
  } finally {
    await walking.close();
  }
}

export async function runExportCommand(args: string[], withOrm: <T>(fn: (orm: MikroORM) => Promise<T>) => Promise<T>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'geojson' },
      minutes: { type: 'string' },
      speed: { type: 'string' },
      profile: { type: 'string', default: COVERAGE_PROFILE },
      out: { type: 'string' },
    },
  });
  if (positionals[0] !== 'coverage') {
    console.error(`只能导出 coverage / only "export coverage" is available\n\n${EXPORT_HELP}`);
    return 1;
  }
  if (!['geojson', 'csv'].includes(values.format!)) {
    console.error(`--format 应为 geojson 或 csv / --format must be geojson or csv`);
    return 1;
  }
  const profile = values.profile!.toUpperCase() as WalkingProfileName;
  if (!WALKING_PROFILE_NAMES.includes(profile)) {
    console.error(`--profile 应为 ${WALKING_PROFILE_NAMES.join('、')} / --profile must be ${WALKING_PROFILE_NAMES.join(', ')}`);
    return 1;
  }
  const num = (v: string | undefined) => (v == null ? undefined : Number(v));
  const { rows, meters } = await withOrm((orm) => coverageRows(orm, num(values.minutes), num(values.speed), profile));
  let text: string;
  if (values.format === 'csv') {
    const groups = [...SEARCH_GROUPS, CoverageGroup.COMPLETE_CIRCLE];
    const header = [
      'id',
      'name',
      'division',
      'older_residents',
      'lon',
      'lat',
      'method',
      ...SEARCH_GROUPS.map((g) => `${g.toLowerCase()}_m`),
      ...SEARCH_GROUPS.map((g) => `${g.toLowerCase()}_min`),
      ...groups.map((g) => `${g.toLowerCase()}_covered`),
    ];
    const lines = rows.map((r) =>
      [
        r.id,
        r.name,
        r.division,
        r.older,
        r.lon,
        r.lat,
        r.method,
        ...SEARCH_GROUPS.map((g) => r.meters[g]),
        ...SEARCH_GROUPS.map((g) => r.minutes[g]),
        ...groups.map((g) => (r.covered[g] ? 1 : 0)),
      ]
        .map(csvCell)
        .join(','),
    );
    // A byte-order mark so spreadsheet programs read the Chinese names as UTF-8.
    text = `\uFEFF${header.join(',')}\n${lines.join('\n')}\n`;
  } else {
    text = JSON.stringify({
      type: 'FeatureCollection',
      properties: { thresholdMeters: meters, profile },
      features: rows.map((r) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
        properties: {
          id: r.id,
          name: r.name,
          division: r.division,
          olderResidents: r.older,
          method: r.method,
          meters: r.meters,
          minutes: r.minutes,
          covered: r.covered,
        },
      })),
    });
  }
  if (values.out) {
    fs.writeFileSync(values.out, text);
    console.error(`已导出 ${rows.length} 个居住区 / exported ${rows.length} residential areas to ${values.out}`);
  } else process.stdout.write(text);
  return 0;
}
