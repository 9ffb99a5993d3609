import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { requireAction, restContext, sendCaught } from '../../request/rest.js';
import { csvCell } from '../../shared/csv.js';
import { readAudit } from './audit.service.js';

const HEADER = ['id', 'at', 'username', 'action', 'event', 'entity', 'entity_id', 'before', 'after', 'request_id', 'ip'];

/**
 * GET /audit.csv: the audit log (as far as the signed-in user may read it, `audit:read`) as a
 * formula-safe CSV with the named event of every change. Errors answer in the API's format.
 */
export function auditRoutes(app: express.Express, orm: MikroORM): void {
  app.get('/audit.csv', requireAction(orm, 'audit:read'), async (req, res) => {
    const { em, access, lang } = restContext(res);
    try {
      const q = req.query as Record<string, string | undefined>;
      const { rows } = await readAudit(em, access, lang, {
        entity: q.entity,
        entityId: q.entityId,
        from: q.from,
        to: q.to,
        limit: 100_000,
      });
      const lines = rows.map((r) =>
        [
          r.id,
          r.at.toISOString(),
          r.username,
          r.action,
          r.event,
          r.entity,
          r.entityId,
          JSON.stringify(r.before),
          JSON.stringify(r.after),
          r.requestId,
          r.ip,
        ]
          .map(csvCell)
          .join(','),
      );
      res
        .type('text/csv; charset=utf-8')
        .attachment('audit.csv')
        .send(`\uFEFF${HEADER.join(',')}\n${lines.join('\n')}\n`);
    } catch (err) {
      sendCaught(res, err, lang);
    }
  });
}
