import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from '../modules/loaders.js';
import { todayInChina } from '../modules/agreements/care-agreement.entity.js';
import type { CoverageEngine } from '../modules/coverage/coverage-engine.js';
import type { Lang } from './i18n.js';

/** Everything one GraphQL request needs; nothing request-specific lives at module level. */
export interface AppContext {
  em: EntityManager;
  loaders: Loaders;
  lang: Lang;
  /** The request's date in China, YYYY-MM-DD, for agreement status. */
  today: string;
  /** Walking-coverage engine shared by all requests of this server. */
  coverage: CoverageEngine;
}

export function createContext(em: EntityManager, lang: Lang, coverage: CoverageEngine, now = new Date()): AppContext {
  const forked = em.fork();
  return { em: forked, loaders: createLoaders(forked, coverage), lang, today: todayInChina(now), coverage };
}
