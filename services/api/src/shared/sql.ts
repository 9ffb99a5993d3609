import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL on the entity manager's connection, inside its transaction when it has one.
 * (Outside the transaction a second connection would be needed, and the embedded database has one.)
 */
export function execSql<T = Record<string, unknown>[]>(em: EntityManager, query: string, params: unknown[] = []): Promise<T> {
  return em.getConnection().execute<T & unknown[]>(query, params, 'all', em.getTransactionContext()) as Promise<T>;
}
