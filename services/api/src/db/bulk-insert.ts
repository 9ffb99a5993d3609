import type { EntityManager } from '@mikro-orm/postgresql';

/** A column of a bulk insert and the SQL that turns its parameter into the stored value. */
export interface BulkColumn<T> {
  name: string;
  value: (row: T) => unknown;
  /** SQL around the placeholder, e.g. `ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)`; default `?`. */
  sql?: string;
}

/**
 * Inserts many rows with multi-row INSERT statements inside the caller's transaction.
 * @returns the `returning` rows, when asked for.
 */
export async function bulkInsert<T, R = unknown>(
  em: EntityManager,
  table: string,
  columns: BulkColumn<T>[],
  rows: T[],
  options: { returning?: string; onBatch?: (done: number) => void } = {},
): Promise<R[]> {
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const perRow = `(${columns.map((c) => c.sql ?? '?').join(', ')})`;
  // PostgreSQL takes at most 65,535 parameters per statement.
  const batch = Math.max(1, Math.min(1000, Math.floor(60_000 / columns.length)));
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const sql = `insert into "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) values ${chunk.map(() => perRow).join(', ')}${
      options.returning ? ` returning ${options.returning}` : ''
    }`;
    const params = chunk.flatMap((r) => columns.map((c) => c.value(r)));
    const res = await conn.execute<R[]>(sql, params, 'all', ctx);
    if (options.returning) out.push(...res);
    options.onBatch?.(Math.min(rows.length, i + batch));
  }
  return out;
}

export const GEOMETRY_SQL = 'ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)';
export const geojson = (g: unknown) => (g == null ? null : JSON.stringify(g));

/** A PostgreSQL array literal of simple identifiers (enum values), for a `?::text[]` parameter. */
export const pgArray = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
