import type { EntityManager } from '@mikro-orm/postgresql';
import type { MultiPolygon, Point } from 'geojson';
import { FieldErrors, UserInputError, assertVersion } from '../../shared/errors.js';
import { t, type Lang } from '../../shared/i18n.js';
import { decodePage, fetchRowPage, toConnection, type Connection, type PageArgs } from '../../shared/pagination.js';
import { cleanText, checkCount, likePattern, polygonStructureProblem, toId } from '../../shared/validation.js';
import { Division, PARENT_LEVELS } from './division.entity.js';
import type { CreateDivisionInput, DivisionFilter, UpdateDivisionInput } from './division.inputs.js';
import { execSql, SqlWhere } from '../../shared/sql.js';
import { divisionOfRow, divisionRowColumns, type DivisionRow, type RawDivisionRow } from './division.rows.js';

/** Depth order of a division `d`: the lowest level first, for "which division holds this point". */
export const LEVEL_DEPTH_SQL = `case d.level when 'COMMUNITY' then 0 when 'VILLAGE' then 0 when 'STREET' then 1 when 'TOWN' then 1 else 2 end`;

/**
 * SQL condition: the division `d` (an alias) is the division whose path is `rootPath` (an SQL
 * expression) or lies below it. The one definition of a subtree.
 * @example inSubtreeSql('wd', 'g.path') // "wd.path like g.path || '%'"
 */
export const inSubtreeSql = (d: string, rootPath: string) => `${d}.path like ${rootPath} || '%'`;

/** SQL fragment: ids of a division and all divisions below it. */
export const SUBTREE_SQL = `(select d.id from division d where ${inSubtreeSql('d', '(select p.path from division p where p.id = ?)')})`;

/** Points per lookup query. */
const LOCATE_CHUNK = 5000;

export interface Located {
  /** Division id per input index; null when outside every division (or none are loaded). */
  divisionOf: (number | null)[];
  /**
   * Name of the district the points must lie in, when some point lies outside every division;
   * null when every point was placed, or no divisions are loaded (then anything goes).
   */
  district: string | null;
}

/**
 * Finds the lowest division holding each point, in one query per 5,000 points, and the district's
 * name when a point lies outside every division. With no divisions loaded, every place on earth
 * is accepted. Used for one record (`resolveDivision`) and for bulk imports alike.
 * @example const { divisionOf: [id] } = await locateInDivisions(em, [point]);
 */
export async function locateInDivisions(em: EntityManager, points: readonly Point[]): Promise<Located> {
  const divisionOf: (number | null)[] = new Array(points.length).fill(null);
  for (let start = 0; start < points.length; start += LOCATE_CHUNK) {
    const chunk = points.slice(start, start + LOCATE_CHUNK).map((p, k) => ({ i: start + k, lon: p.coordinates[0], lat: p.coordinates[1] }));
    const rows = await execSql<{ i: number; division_id: number | null }[]>(
      em,
      `select t.i, (select d.id from division d where d.boundary is not null
                      and ST_Intersects(d.boundary, ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326))
                    order by ${LEVEL_DEPTH_SQL}, d.id limit 1) as division_id
       from jsonb_to_recordset(?::jsonb) as t(i int, lon float8, lat float8)`,
      [JSON.stringify(chunk)],
    );
    for (const r of rows) divisionOf[r.i] = r.division_id == null ? null : Number(r.division_id);
  }
  if (!divisionOf.includes(null)) return { divisionOf, district: null };
  const [named] = await execSql<{ name: string | null }[]>(
    em,
    `select coalesce((select name from division where level = 'DISTRICT' order by id limit 1), (select name from division order by id limit 1)) as name`,
  );
  return { divisionOf, district: named?.name ?? null };
}

/**
 * Decides the division of a located record and checks the location against the district.
 * With a chosen division, the point must lie inside it; otherwise the lowest division holding
 * the point is taken. With no divisions loaded, any place on earth is accepted (division null).
 */
export async function resolveDivision(
  em: EntityManager,
  errors: FieldErrors,
  point: Point | null,
  divisionId: number | null | undefined,
  fields = { location: 'location', division: 'divisionId' },
): Promise<Division | null> {
  if (divisionId != null) {
    const division = await em.findOne(Division, { id: divisionId });
    if (!division) {
      errors.add(fields.division, 'field.unknownDivision', { id: divisionId });
      return null;
    }
    if (point) {
      const [{ inside }] = await execSql<{ inside: boolean }[]>(
        em,
        `select boundary is null or ST_Intersects(boundary, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) as inside from division where id = ?`,
        [JSON.stringify(point), division.id],
      );
      if (!inside) errors.add(fields.location, 'field.outsideDivision', { division: division.name });
    }
    return division;
  }
  if (!point) return null;
  const { divisionOf, district } = await locateInDivisions(em, [point]);
  if (divisionOf[0] != null) return em.findOneOrFail(Division, { id: divisionOf[0] });
  if (district != null) errors.add(fields.location, 'field.outsideDistrict', { district });
  return null;
}

/** Validates a boundary: a Polygon or MultiPolygon that PostGIS accepts; repairs self-intersections. */
async function cleanBoundary(em: EntityManager, errors: FieldErrors, value: unknown): Promise<MultiPolygon | null> {
  if (value == null) return null;
  const problem = polygonStructureProblem(value, true, errors.lang);
  if (problem) {
    errors.add('boundary', 'field.invalidGeometry', { reason: problem });
    return null;
  }
  // Self-intersections and similar faults are repaired; what cannot be repaired is rejected with the reason.
  const [row] = await execSql<{ geom: string | null; reason: string }[]>(
    em,
    `with g as (select ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) as geom)
     select ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)), 7) as geom, ST_IsValidReason(geom) as reason from g`,
    [JSON.stringify(value)],
  );
  const repaired = row.geom ? (JSON.parse(row.geom) as MultiPolygon) : null;
  if (!repaired || repaired.coordinates.length === 0) {
    errors.add('boundary', 'field.invalidGeometry', { reason: row.reason });
    return null;
  }
  return repaired;
}

export class DivisionService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
  ) {}

  /** A page of divisions as plain rows (see `DivisionRow`), with the count of the whole filtered list, in one statement. */
  async list(filter: DivisionFilter | null | undefined, page: PageArgs): Promise<Connection<DivisionRow>> {
    const { limit, afterId } = decodePage(page, this.lang);
    const where = new SqlWhere();
    if (filter?.levels?.length) where.andWhere('d.level in (?)', [filter.levels]);
    if (filter?.parentId != null) where.andWhere('d.parent_id = ?', [toId(filter.parentId, 'filter.parentId', this.lang)]);
    if (filter?.withinId != null) where.andWhere(`d.id in ${SUBTREE_SQL}`, [toId(filter.withinId, 'filter.withinId', this.lang)]);
    if (filter?.search?.trim()) where.andWhere(`d.name ilike ?`, [likePattern(filter.search.trim())]);
    const { totalCount, rows } = await fetchRowPage<RawDivisionRow>(this.em, {
      table: 'division',
      alias: 'd',
      columns: divisionRowColumns('d'),
      where,
      limit,
      afterId,
    });
    return toConnection(
      rows.map((r) => divisionOfRow(this.em, r)),
      limit,
      totalCount,
    );
  }

  async get(id: number): Promise<Division> {
    return this.em.findOneOrFail(Division, id);
  }

  async create(input: Omit<CreateDivisionInput, 'parentId'> & { parentId: number | null }): Promise<Division> {
    return this.em.transactional(async (em) => {
      const errors = new FieldErrors(this.lang);
      const code = cleanText(errors, 'code', input.code, { max: 32, required: true });
      const name = cleanText(errors, 'name', input.name, { max: 100, required: true });
      const olderPopulation = checkCount(errors, 'olderPopulation', input.olderPopulation, 50_000_000);
      const totalPopulation = checkCount(errors, 'totalPopulation', input.totalPopulation, 50_000_000);
      let parent: Division | null = null;
      if (input.parentId != null) {
        parent = await em.findOne(Division, { id: input.parentId });
        if (!parent) errors.add('parentId', 'field.unknownDivision', { id: input.parentId });
      }
      const expected = PARENT_LEVELS[input.level];
      if ((parent && !expected.includes(parent.level)) || (!parent && expected.length && input.parentId == null)) {
        errors.add('parentId', 'field.parentLevel', { level: input.level, expected: expected.join('/') || '-' });
      }
      if (code && !errors.has('code') && (await em.count(Division, { code }))) errors.add('code', 'field.duplicateCode', { code });
      const boundary = await cleanBoundary(em, errors, input.boundary);
      errors.throwIfAny();
      const division = em.create(Division, {
        code: code!,
        name: name!,
        level: input.level,
        parent,
        path: `${parent?.path ?? '/'}${code}/`,
        boundary,
        olderPopulation,
        totalPopulation,
      });
      await em.flush();
      return division;
    });
  }

  async update(input: Omit<UpdateDivisionInput, 'id'> & { id: number }): Promise<Division> {
    return this.em.transactional(async (em) => {
      const division = await em.findOneOrFail(Division, input.id);
      assertVersion(this.lang, division.version, input.version);
      const errors = new FieldErrors(this.lang);
      if (input.name !== undefined) division.name = cleanText(errors, 'name', input.name, { max: 100, required: true }) ?? division.name;
      if (input.olderPopulation != null)
        division.olderPopulation = checkCount(errors, 'olderPopulation', input.olderPopulation, 50_000_000);
      if (input.totalPopulation != null)
        division.totalPopulation = checkCount(errors, 'totalPopulation', input.totalPopulation, 50_000_000);
      if (input.boundary !== undefined) division.boundary = await cleanBoundary(em, errors, input.boundary);
      errors.throwIfAny();
      await em.flush();
      return division;
    });
  }

  /** Deletes a division nothing refers to; otherwise says what still refers to it. */
  async remove(id: number, version: number): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const division = await em.findOneOrFail(Division, id);
      assertVersion(this.lang, division.version, version);
      const [refs] = await execSql<{ children: string; located: string }[]>(
        em,
        `select (select count(*) from division where parent_id = ?) as children,
           (select count(*) from facility where division_id = ?) + (select count(*) from medical_institution where division_id = ?)
           + (select count(*) from residential_area where division_id = ?) as located`,
        [id, id, id, id],
      );
      const count = Number(refs.children) + Number(refs.located);
      if (count) {
        const message = t(this.lang, 'field.hasDependents', { count, what: t(this.lang, 'dependents.division') });
        throw new UserInputError(message, [{ field: 'id', message }]);
      }
      em.remove(division);
      await em.flush();
      return true;
    });
  }
}
