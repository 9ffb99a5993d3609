import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from '../modules/loaders.js';
import { todayInChina } from '../modules/agreements/care-agreement.entity.js';
import type { Lang } from './i18n.js';

/** Everything one GraphQL request needs; nothing request-specific lives at module level. */
export interface AppContext {
  em: EntityManager;
  loaders: Loaders;
  lang: Lang;
  /** The request's date in China, YYYY-MM-DD, for agreement status. */
  today: string;
}

export function createContext(em: EntityManager, lang: Lang, now = new Date()): AppContext {
  const forked = em.fork();
  return { em: forked, loaders: createLoaders(forked), lang, today: todayInChina(now) };
}
