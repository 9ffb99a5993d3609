import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { execSql } from '../../shared/sql.js';
import { Division, type DivisionLevel } from './division.entity.js';
import { withRecord } from '../../shared/versioned-record.js';

/**
 * A division as list pages read it: its row, not a managed entity (no identity map, no change
 * tracking, no references). It has every field of the GraphQL `Division` type except those with
 * resolvers (`boundary`, `parent` and `children` are loaded by id), and the path for scope checks.
 */
export interface DivisionRow {
  id: number;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  code: string;
  name: string;
  level: DivisionLevel;
  parentId: number | null;
  /** Codes from the root, `/500112/500112001/`. */
  path: string;
  olderPopulation: number;
  totalPopulation: number;
}

/** A division as a resolver gets it: the entity (one record, a write's answer) or the row (lists). */
export type DivisionNode = Division | DivisionRow;

/** The `DivisionRow` columns of `division` under an alias (boundaries are not read; timestamps as text, as for facilities). */
export const divisionRowColumns = (a: string) =>
  `${a}.id, ${a}.created_at::text as created_at, ${a}.updated_at::text as updated_at, ${a}.version, ${a}.code, ${a}.name, ${a}.level, ${a}.parent_id, ${a}.path, ${a}.older_population, ${a}.total_population`;

/** The columns `divisionRowColumns` selects, as one raw row holds them. */
export interface RawDivisionRow {
  id: number;
  created_at: string;
  updated_at: string;
  version: number;
  code: string;
  name: string;
  level: string;
  parent_id: number | null;
  path: string;
  older_population: number;
  total_population: number;
}

export function divisionOfRow(em: EntityManager, r: RawDivisionRow): DivisionRow {
  return withRecord(em, r, {
    code: r.code,
    name: r.name,
    level: r.level as DivisionLevel,
    parentId: r.parent_id,
    path: r.path,
    olderPopulation: r.older_population,
    totalPopulation: r.total_population,
  });
}

/**
 * Divisions by id, and the divisions directly above them (a list's `division { parent { … } }`
 * then needs no second round trip); one statement.
 */
export async function divisionRowsWithParents(em: EntityManager, ids: readonly number[]): Promise<DivisionRow[]> {
  const rows = await execSql<RawDivisionRow[]>(
    em,
    `select ${divisionRowColumns('d')} from division d
     where d.id in (?) or d.id in (select c.parent_id from division c where c.id in (?))`,
    [ids, ids],
  );
  return rows.map((r) => divisionOfRow(em, r));
}

/**
 * SQL of a JSON array of the rows of the divisions whose ids `ids` selects and of those directly
 * above them (null when none), timestamps as text as the driver gives them: to read them along
 * with what refers to them (`divisionRowsOfJson` takes it apart).
 */
export const divisionRowsJsonSql = (ids: string) =>
  `select json_agg(r) from (select ${divisionRowColumns('d')} from division d
   where d.id in (${ids}) or d.id in (select below.parent_id from division below where below.id in (${ids}))) r`;

export function divisionRowsOfJson(em: EntityManager, json: unknown): DivisionRow[] {
  return ((json as RawDivisionRow[] | null) ?? []).map((r) => divisionOfRow(em, r));
}

/** Is this the managed entity (rather than a list's row)? */
export const isDivisionEntity = (d: DivisionNode): d is Division => d instanceof Division;

/**
 * The division rows one request reads: look-ups by id are batched (one statement per batch,
 * with the divisions directly above), and a row already read is answered at once, not as a
 * promise (a page's `division { parent { … } }` then resolves without a promise per row).
 */
export class DivisionRows {
  private readonly read = new Map<number, DivisionRow | null>();
  private readonly loader: DataLoader<number, DivisionRow | null>;

  constructor(private readonly em: EntityManager) {
    this.loader = new DataLoader(async (ids) => {
      for (const d of await divisionRowsWithParents(em, ids)) this.read.set(d.id, d);
      return ids.map((id) => {
        if (!this.read.has(id)) this.read.set(id, null);
        return this.read.get(id)!;
      });
    });
  }

  /** The division of this id (null when there is none): at once when read already, else batched. */
  get(id: number): DivisionRow | null | Promise<DivisionRow | null> {
    return this.read.has(id) ? this.read.get(id)! : this.loader.load(id);
  }

  /** Keeps rows read along with something else: these, and none for the asked ids they lack. */
  remember(rows: DivisionRow[], asked: Iterable<number | null>): void {
    for (const d of rows) this.read.set(d.id, d);
    for (const id of asked) if (id != null && !this.read.has(id)) this.read.set(id, null);
  }
}
