import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from './i18n.js';

/** Who is acting in the current request, for the audit log. */
export interface Actor {
  requestId: string;
  ip: string | null;
  userId: number | null;
  username: string | null;
  /** The language the request asked for (error messages are written in it). */
  lang?: Lang;
}

/** Set per HTTP request (and per command-line run); read by the audit log when changes are flushed. */
export const actorStore = new AsyncLocalStorage<Actor>();
