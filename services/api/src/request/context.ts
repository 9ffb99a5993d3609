import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { WalkingDataCache } from '../modules/network/walking-data.js';
import type { AnalysisJobStore } from '../modules/site-selection/analysis-jobs.js';
import type { QueryRequest } from '../modules/site-selection/analysis-request.js';
import { createLoaders, type Loaders } from '../modules/loaders.js';
import { todayInChina } from '../modules/agreements/care-agreement.entity.js';
import { Access } from '../modules/users/access.js';
import { SESSION_COOKIE, sessionOf, type SignedIn } from '../modules/users/auth.service.js';
import { actorStore } from '../shared/actor.js';
import { ClientDisconnectedError } from '../shared/errors.js';
import { pickLang, type Lang } from '../shared/i18n.js';
import type { AppLimits } from '../shared/rate-limit.js';

/** Everything one GraphQL request needs; nothing request-specific lives at module level. */
/** Runs an interactive analysis elsewhere (on an analysis worker) and gives its answer. */
export interface RemoteAnalyses {
  runAndWait(request: QueryRequest, owner: string, lang: Lang, signal: AbortSignal): Promise<unknown>;
}

export interface AppContext {
  em: EntityManager;
  loaders: Loaders;
  lang: Lang;
  /** The request's date in China, YYYY-MM-DD, for agreement status. */
  today: string;
  /** The walking data (network, residential areas, sites, distances) shared by all requests of this server. */
  walkingData: WalkingDataCache;
  /** The long analyses (site suggestions): of this server, or shared by every replica through Redis. */
  analysisJobs: AnalysisJobStore;
  /**
   * Where interactive analyses (coverage, isochrones, scenarios) run when this replica leaves them
   * to the workers (`ANALYSIS_IN_PROCESS=0` with Redis); null: here.
   */
  remoteAnalyses: RemoteAnalyses | null;
  /**
   * The signed-in user and session, or null: `signedIn.user()` and `signedIn.session()` map them
   * as entities on first use (most requests only need `access`).
   */
  signedIn: SignedIn | null;
  /** What the user may do: services ask it for named actions. */
  access: Access;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** True when served over HTTPS (cookies then get Secure). */
  secure: boolean;
  res: Response | null;
  /** Rate limits of this server. */
  limits: AppLimits;
  /** Aborts when the client goes away before its answer is sent: analyses stop their work then. */
  signal: AbortSignal;
}

/**
 * A signal that aborts when the connection of a response closes before the response was sent
 * (the client gave up, or its browser tab closed).
 */
export function disconnectSignal(res: Response | null): AbortSignal {
  const controller = new AbortController();
  res?.on('close', () => {
    if (!res.writableFinished) controller.abort(new ClientDisconnectedError());
  });
  return controller.signal;
}

/** The session token of a request: the HttpOnly cookie, or an `Authorization: Bearer` header. */
export function requestToken(req: Pick<Request, 'headers'>): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export async function createContext(
  em: EntityManager,
  walkingData: WalkingDataCache,
  analysisJobs: AnalysisJobStore,
  limits: AppLimits,
  req: Request | null,
  res: Response | null,
  now = new Date(),
  remoteAnalyses: RemoteAnalyses | null = null,
): Promise<AppContext> {
  const forked = em.fork();
  const lang = pickLang((req?.query?.lang as string | undefined) ?? req?.headers['accept-language']);
  const signedIn = req ? await sessionOf(forked, requestToken(req)) : null;
  const actor = actorStore.getStore();
  const requestId = actor?.requestId ?? randomUUID();
  if (actor && signedIn) Object.assign(actor, { userId: signedIn.actor.id, username: signedIn.actor.username });
  return {
    em: forked,
    loaders: createLoaders(forked, walkingData.network),
    lang,
    today: todayInChina(now),
    walkingData,
    analysisJobs,
    remoteAnalyses,
    signedIn,
    access: new Access(signedIn?.actor ?? null, lang),
    ip: req?.ip ?? null,
    userAgent: (req?.headers['user-agent'] as string | undefined) ?? null,
    requestId,
    secure: req?.secure ?? false,
    res,
    limits,
    signal: disconnectSignal(res),
  };
}
