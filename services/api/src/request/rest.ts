import type { Action } from '@carecircle/domain';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { Access } from '../modules/users/access.js';
import { sessionOf } from '../modules/users/auth.service.js';
import { actorStore } from '../shared/actor.js';
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
 * The guard of every REST route: signs the request in (session cookie or bearer token) and checks
 * that the user may perform the action, answering 401 UNAUTHENTICATED or 403 FORBIDDEN otherwise,
 * in the request's language (`?lang=` or Accept-Language). The request's audit actor becomes the
 * user, and `restContext(res)` gives the route its entity manager, `Access` and language.
 */
export function requireAction(orm: MikroORM, action: Action): express.RequestHandler {
  return (req, res, next) => {
    const lang = requestLang(req);
    const em = orm.em.fork();
    sessionOf(em, requestToken(req))
      .then((signedIn) => {
        if (!signedIn) return sendError(res, 'UNAUTHENTICATED', t(lang, 'auth.required'));
        const actor = actorStore.getStore();
        if (actor) Object.assign(actor, { userId: signedIn.user.id, username: signedIn.user.username });
        const access = new Access(signedIn.user, lang);
        if (!access.can(action)) return sendError(res, 'FORBIDDEN', t(lang, 'auth.forbidden'));
        res.locals.rest = { em, access, lang } satisfies RestContext;
        next();
      })
      .catch((err: unknown) => sendCaught(res, err, lang));
  };
}
