import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { sessionOf } from '../modules/users/auth.service.js';
import { requestToken } from './context.js';
import { pickLang, t } from '../shared/i18n.js';

/** Express guard for non-GraphQL routes: only signed-in users pass (401 otherwise). */
export function requireSession(orm: MikroORM): express.RequestHandler {
  return (req, res, next) => {
    sessionOf(orm.em.fork(), requestToken(req))
      .then((signedIn) => (signedIn ? next() : res.status(401).type('text/plain').send(t(pickLang(req.headers['accept-language']), 'auth.required'))))
      .catch(next);
  };
}
