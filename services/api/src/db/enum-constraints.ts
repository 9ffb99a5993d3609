import { FACILITY_CHANGE_STATUSES, FACILITY_KIND_LIST, FACILITY_STATUSES, ROLE_LIST } from '@carecircle/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import { execSql } from '../shared/sql.js';

/** A text column whose values a check constraint limits to a list the domain owns. */
export interface EnumConstraint {
  table: string;
  column: string;
  /** The constraint's name (PostgreSQL's for a column check: `<table>_<column>_check`). */
  name: string;
  values: readonly string[];
}

/**
 * Check constraints kept equal to the domain's lists (`@carecircle/domain`), so a new facility kind
 * (or status, or role) needs no migration of its own: the step after the migrations re-creates a
 * constraint whose list differs.
 */
export const DOMAIN_ENUM_CONSTRAINTS: readonly EnumConstraint[] = [
  { table: 'facility', column: 'kind', name: 'facility_kind_check', values: FACILITY_KIND_LIST },
  { table: 'facility', column: 'status', name: 'facility_status_check', values: Object.keys(FACILITY_STATUSES) },
  { table: 'app_user', column: 'role', name: 'app_user_role_check', values: ROLE_LIST },
  { table: 'facility_change', column: 'status', name: 'facility_change_status_check', values: Object.keys(FACILITY_CHANGE_STATUSES) },
];

const quoteLiteral = (v: string) => `'${v.replace(/'/g, "''")}'`;
const quoteIdent = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The values a `CHECK ((col = ANY (ARRAY['A'::text, …])))` definition allows, or null when it is another kind of check. */
export function checkedValues(definition: string): string[] | null {
  if (!/= ANY \(\(?ARRAY\[/.test(definition)) return null;
  return [...definition.matchAll(/'((?:[^']|'')*)'::(?:text|character varying)/g)].map((m) => m[1].replace(/''/g, "'"));
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * Brings the enum check constraints in line with the domain's lists, in one transaction: a
 * constraint that is missing or lists other values is dropped and added again (PostgreSQL then
 * checks the stored rows, so removing a value still in use fails loudly).
 * @returns the names of the constraints it re-created
 */
export async function syncEnumConstraints(
  orm: MikroORM,
  constraints: readonly EnumConstraint[] = DOMAIN_ENUM_CONSTRAINTS,
): Promise<string[]> {
  const conn = orm.em.getConnection();
  const current = await conn.execute<{ name: string; definition: string }[]>(
    `select c.conname as name, pg_get_constraintdef(c.oid) as definition
     from pg_constraint c join pg_class r on r.oid = c.conrelid join pg_namespace n on n.oid = r.relnamespace
     where c.contype = 'c' and n.nspname = current_schema() and c.conname in (${constraints.map(() => '?').join(', ')})`,
    constraints.map((c) => c.name),
  );
  const stale = constraints.filter((c) => {
    const found = current.find((r) => r.name === c.name);
    const values = found ? checkedValues(found.definition) : null;
    return !values || !sameSet(values, c.values);
  });
  if (!stale.length) return [];
  await orm.em.fork().transactional(async (em) => {
    for (const c of stale) {
      await execSql(
        em,
        `alter table ${quoteIdent(c.table)} drop constraint if exists ${quoteIdent(c.name)},
         add constraint ${quoteIdent(c.name)} check (${quoteIdent(c.column)} in (${c.values.map(quoteLiteral).join(', ')}))`,
      );
    }
  });
  return stale.map((c) => c.name);
}
