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
