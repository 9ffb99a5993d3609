import { DataloaderType, FlushMode, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../modules/entities.js';
import { migrationsList } from './migrations/index.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';
import { notFoundHandler } from '../shared/errors.js';
import { syncEnumConstraints } from './enum-constraints.js';

/** Observers for tests and diagnostics. */
export interface OrmHooks {
  /** Called with every SQL statement the ORM logs. */
  onQuery?: (message: string) => void;
}

/** ORM options for a database URL. `embedded` limits the pool to PGlite's single session. */
export function ormOptions(url: string, embedded: boolean, hooks: OrmHooks = {}): Options {
  return {
    clientUrl: url,
    entities,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    dataloader: DataloaderType.ALL,
    // Write only on an explicit flush or at commit: a query during validation must never send a
    // half-checked record to the database.
    flushMode: FlushMode.COMMIT,
    pool: embedded ? { min: 0, max: 1 } : { min: 0, max: 10 },
    // PostgreSQL may restart; idle clients that died are dropped and replaced.
    driverOptions: { connection: { keepAlive: true } },
    forceUtcTimezone: true,
    debug: hooks.onQuery ? ['query'] : process.env.SQL_DEBUG === '1',
    ...(hooks.onQuery ? { logger: (message: string) => hooks.onQuery!(message) } : {}),
    allowGlobalContext: false,
    // Look-ups by id (`findOneOrFail`) fail with the API's NOT_FOUND error in the request's language.
    findOneOrFailHandler: notFoundHandler,
  };
}

export async function initOrm(url: string, embedded: boolean, hooks: OrmHooks = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(url, embedded, hooks));
}

/**
 * Applies pending migrations, then brings the enum check constraints in line with the domain
 * (a new facility kind needs no migration); returns the names of the migrations applied.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await syncEnumConstraints(orm);
  return applied.map((m) => m.name);
}
