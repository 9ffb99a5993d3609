import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { csvCell } from '../../shared/csv.js';
import { requestToken } from '../../request/context.js';
import { pickLang, t } from '../../shared/i18n.js';
import { sessionOf } from '../users/auth.service.js';
import { readAudit } from './audit.service.js';

/** GET /audit.csv: the audit log (as the signed-in user may read it) as a formula-safe CSV. */
export function auditRoutes(app: express.Express, orm: MikroORM): void {
  app.get('/audit.csv', async (req, res) => {
    const lang = pickLang(req.headers['accept-language']);
    const em = orm.em.fork();
    const signedIn = await sessionOf(em, requestToken(req));
    if (!signedIn) return void res.status(401).type('text/plain').send(t(lang, 'auth.required'));
    try {
      const q = req.query as Record<string, string | undefined>;
      const { rows } = await readAudit(em, signedIn.user, lang, { entity: q.entity, entityId: q.entityId, from: q.from, to: q.to, limit: 100_000 });
      const header = ['id', 'at', 'username', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id', 'ip'];
      const lines = rows.map((r) =>
        [r.id, r.at.toISOString(), r.username, r.action, r.entity, r.entityId, JSON.stringify(r.before), JSON.stringify(r.after), r.requestId, r.ip].map(csvCell).join(','),
      );
      res.type('text/csv; charset=utf-8').attachment('audit.csv').send(`\uFEFF${header.join(',')}\n${lines.join('\n')}\n`);
    } catch (err) {
      const e = err as { extensions?: { code?: string }; message: string };
      res.status(e.extensions?.code === 'FORBIDDEN' ? 403 : e.extensions?.code === 'BAD_USER_INPUT' ? 400 : 500).type('text/plain').send(e.extensions?.code ? e.message : t(lang, 'internal'));
    }
  });
}
