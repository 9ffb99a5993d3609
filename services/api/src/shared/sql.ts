import { ReferenceKind, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL on the entity manager's connection, inside its transaction when it has one.
 * (Outside the transaction a second connection would be needed, and the embedded database has one.)
 */
export function execSql<T = Record<string, unknown>[]>(em: EntityManager, query: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute<T & unknown[]>(query, params, 'all', em.getTransactionContext()) as Promise<T>;
}

/**
 * Conditions of a WHERE clause with their `?` parameters, collected in order (an array parameter
 * fills `in (?)`). Takes the same `andWhere(sql, params)` calls as a query builder's raw conditions.
 */
export class SqlWhere {
  private readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  andWhere(condition: string, params: unknown[] = []): this {
    this.conditions.push(`(${condition})`);
    this.params.push(...params);
    return this;
  }

  /** The conditions joined by `and` (`true` when there are none). */
  get sql(): string {
    return this.conditions.length ? this.conditions.join(' and ') : 'true';
  }
}

const eagerColumnsCache = new WeakMap<object, string[]>();

/**
 * The columns an entity's plain look-up reads (its scalars and the keys of its relations; not its
 * lazy properties, embeddables flattened), so a raw statement can select them under an alias
 * and `em.map` the row: what `em.findOne` reads, without building the query each time.
 */
export function eagerColumns(em: EntityManager, entity: EntityName<object>): string[] {
  const meta = em.getMetadata().get(entity as never);
  let columns = eagerColumnsCache.get(meta);
  if (!columns) {
    columns = meta.props
      .filter(
        (p) =>
          !p.lazy &&
          p.persist !== false &&
          !p.formula &&
          !p.customType?.convertToJSValueSQL &&
          (p.kind === ReferenceKind.SCALAR || (p.kind === ReferenceKind.MANY_TO_ONE && !p.object)) &&
          !(p.kind === ReferenceKind.SCALAR && p.embedded && meta.properties[p.embedded[0]]?.object),
      )
      .flatMap((p) => p.fieldNames);
    eagerColumnsCache.set(meta, columns);
  }
  return columns;
}

/**
 * The part of a raw row whose columns were selected as `<prefix>__<column>` (see `eagerColumns`),
 * keyed by column, as `em.map` takes it.
 */
export function rowPart(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  const start = `${prefix}__`;
  for (const key in row) if (key.startsWith(start)) part[key.slice(start.length)] = row[key];
  return part;
}
