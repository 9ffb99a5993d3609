import type { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { initOrm, migrate, type OrmHooks } from './orm.js';
import { resolveDataKey, setDataKey } from '../modules/workforce/data-key.js';

/** An open, migrated database and how to close it. */
export interface Database {
  orm: MikroORM;
  kind: 'embedded' | 'postgres';
  /** The embedded database's own handle (to dump it); null on PostgreSQL. */
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database: PostgreSQL + PostGIS at DATABASE_URL, or the embedded
 * PGlite database in DATA_DIR (locked to this process). Applies pending migrations.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  options: { inMemory?: boolean; hooks?: OrmHooks; /** in memory: start as a copy of this dump */ loadFrom?: string } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(options.inMemory ? null : config.dataDir, { loadFrom: options.loadFrom });
    url = embedded.url;
  }
  try {
    const orm = await initOrm(url, !!embedded, options.hooks);
    setDataKey(orm.config, resolveDataKey({ embedded: !!embedded, dataDir: options.inMemory ? null : config.dataDir || null }));
    await orm.em.getConnection().execute('create extension if not exists postgis');
    await migrate(orm);
    return {
      orm,
      kind: embedded ? 'embedded' : 'postgres',
      embedded,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
