import type { Action } from '@carecircle/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { Access } from '../modules/users/access.js';
import { sessionOf } from '../modules/users/auth.service.js';
import { actorStore, type Actor } from '../shared/actor.js';
import { errorAnswer, errorAnswerOf, httpStatusOf } from '../shared/errors.js';
import { requestLang, t, type Lang } from '../shared/i18n.js';
import { requestToken } from './context.js';

/** What `requireAction` leaves for the route: the request's entity manager, access and language. */
export interface RestContext {
  em: EntityManager;
  access: Access;
  lang: Lang;
}

/** The context `requireAction` stored on the response. */
export function restContext(res: express.Response): RestContext {
  return res.locals.rest as RestContext;
}

/**
 * Sends the API's error answer (`{ errors: [{ message, extensions: { code } }] }`) with the HTTP
 * status of the code (401, 403, 400, 404, 413, 500 …).
 */
export function sendError(res: express.Response, code: string, message: string, extensions?: Record<string, unknown>): void {
  res.status(httpStatusOf(code)).json(errorAnswer(code, message, extensions));
}

/** Answers an error a route caught: API errors keep code and message, anything else is masked. */
export function sendCaught(res: express.Response, error: unknown, lang: Lang): void {
  const { status, answer } = errorAnswerOf(error, lang);
  res.status(status).json(answer);
}

/**
 * The header the admin apps send with every state-changing REST request. A browser sends a custom
 * header cross-origin only after a CORS preflight, which this server never grants, so a foreign page
 * (an auto-submitting form, a `no-cors` fetch) cannot send it — the rule Apollo's CSRF prevention
 * applies to `/graphql`.
 */
export const REQUEST_HEADER = 'x-carecircle-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Could a foreign page have sent this request, riding on the user's session cookie? A
 * state-changing method signed in by the cookie, without the custom header and without an
 * `Authorization` header (which, like any custom header, needs a preflight and is never sent
 * automatically) is such a "simple" request. (Without a cookie there is nothing to ride on: the
 * request is simply not signed in.)
 */
export function isSimpleStateChange(req: Pick<express.Request, 'method' | 'headers'>): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  const custom = req.headers[REQUEST_HEADER];
  if ((typeof custom === 'string' && custom.trim()) || req.headers.authorization) return false;
  return requestToken(req) != null;
}

/**
 * Runs the rest of the route as the request's audit actor again. Reading a body (express.raw,
 * express.json) resumes in the socket's async context, where the actor set for the request is lost;
 * without this, rows written after the body was read were audited with no user, request or address.
 */
export const rebindActor: express.RequestHandler = (_req, res, next) => {
  const actor = res.locals.actor as Actor | undefined;
  if (actor) actorStore.run(actor, next);
  else next();
};

/**
 * The guard of every REST route: refuses a state-changing request a foreign page could have sent
 * (see {@link isSimpleStateChange}: 403 CSRF_REFUSED, before anything is read or written), signs
 * the request in (session cookie or bearer token) and checks that the user may perform the action,
 * answering 401 UNAUTHENTICATED or 403 FORBIDDEN otherwise, in the request's language (`?lang=` or
 * Accept-Language). The request's audit actor becomes the user, and `restContext(res)` gives the
 * route its entity manager, `Access` and language.
 */
export function requireAction(orm: MikroORM, action: Action): express.RequestHandler {
  return (req, res, next) => {
    const lang = requestLang(req);
    if (isSimpleStateChange(req)) return sendError(res, 'CSRF_REFUSED', t(lang, 'request.csrf', { header: REQUEST_HEADER }));
    const em = orm.em.fork();
    sessionOf(em, requestToken(req))
      .then((signedIn) => {
        if (!signedIn) return sendError(res, 'UNAUTHENTICATED', t(lang, 'auth.required'));
        const actor = actorStore.getStore() ?? (res.locals.actor as Actor | undefined);
        if (actor) Object.assign(actor, { userId: signedIn.actor.id, username: signedIn.actor.username });
        const access = new Access(signedIn.actor, lang);
        if (!access.can(action)) return sendError(res, 'FORBIDDEN', t(lang, 'auth.forbidden'));
        res.locals.rest = { em, access, lang } satisfies RestContext;
        next();
      })
      .catch((err: unknown) => sendCaught(res, err, lang));
  };
}

/** What express and its body parsers attach to an error they raise. */
interface HttpError {
  message?: string;
  status?: number;
  statusCode?: number;
  type?: string;
}

/** The catalogue message of an error express or a body parser raised. */
function httpErrorMessage(err: HttpError, status: number, lang: Lang, path: string): string {
  // The JSON parser's reviver refused text the database cannot store (the parser keeps its message).
  const unstorable = err instanceof Error ? /^unstorable text: (nul|surrogate)$/.exec(err.message) : null;
  if (unstorable) return t(lang, unstorable[1] === 'nul' ? 'text.nul' : 'text.surrogate');
  if (err instanceof URIError || (status === 400 && !decodes(path))) return t(lang, 'request.badPercentEncoding');
  if (status === 413) return t(lang, 'request.tooLarge');
  if (err.type === 'entity.parse.failed') return t(lang, 'request.badJson');
  if (status === 404) return t(lang, 'request.notFound');
  return t(lang, 'request.bad');
}

/**
 * The app's last error handler: an error express raised on the way to a route (a path with a bad
 * percent-encoding such as `/tiles/%E0%A4%A/1/1.pbf`, an unreadable or too large body, a missing
 * static file) is answered as JSON in the API's error format, with its 4xx status, in the request's
 * language; anything else is masked as INTERNAL_SERVER_ERROR (and logged). Never express's HTML
 * page with a stack trace, in development either.
 */
export const restErrorHandler: express.ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const lang = requestLang({ headers: req.headers, query: safeQuery(req) });
  const e = (err ?? {}) as HttpError;
  const status = err instanceof URIError ? 400 : (e.status ?? e.statusCode);
  if (!status || status < 400 || status >= 500) return sendCaught(res, err, lang);
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  res.status(status).json(errorAnswer(code, httpErrorMessage(e, status, lang, req.path)));
};

/** Does a path decode (express's routers and static files refuse one that does not with a 400)? */
function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The query string, or nothing when reading it fails (a bad percent-encoding there too). */
function safeQuery(req: express.Request): unknown {
  try {
    return req.query;
  } catch {
    return undefined;
  }
}
