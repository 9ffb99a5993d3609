import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { requireAction, restContext, sendCaught } from '../../request/rest.js';
import { toOptionalId } from '../../shared/validation.js';
import { sendWorkbook } from '../../shared/xlsx.js';
import { todayInChina } from '../agreements/care-agreement.entity.js';
import { figuresWorkbook, FIGURES_FILE, registerWorkbook, REGISTER_FILE } from './workforce-export.js';

const truthy = (v: unknown) => typeof v === 'string' && ['1', 'true', 'yes'].includes(v.toLowerCase());

/**
 * GET /exports/workers.xlsx (`worker:read`): the workforce register as far as the user may see it,
 * ID numbers and phones masked; `?unmasked=1` needs `worker:identity` (403 otherwise) and audits
 * every worker's unmasked ID number before the file is sent.
 *
 * GET /exports/workforce-figures.xlsx (`workforce:figures`): the indicators of every street/town
 * below `?divisionId=` (the district when omitted) with the total.
 *
 * Both in the request's language (`?lang=` or Accept-Language): headers and values in Chinese by
 * default, English on request, no codes. Errors answer in the API's format.
 */
export function workforceRoutes(app: express.Express, orm: MikroORM): void {
  app.get('/exports/workers.xlsx', requireAction(orm, 'worker:read'), async (req, res) => {
    const { em, access, lang } = restContext(res);
    try {
      const unmasked = truthy((req.query as Record<string, unknown>).unmasked);
      const { body } = await em.transactional((tx) => registerWorkbook(tx, access, lang, todayInChina(), unmasked));
      sendWorkbook(res, REGISTER_FILE[lang], body);
    } catch (err) {
      sendCaught(res, err, lang);
    }
  });
  app.get('/exports/workforce-figures.xlsx', requireAction(orm, 'workforce:figures'), async (req, res) => {
    const { em, lang } = restContext(res);
    try {
      const divisionId = toOptionalId((req.query as Record<string, unknown>).divisionId || null, 'divisionId', lang);
      sendWorkbook(res, FIGURES_FILE[lang], await figuresWorkbook(em, lang, todayInChina(), divisionId));
    } catch (err) {
      sendCaught(res, err, lang);
    }
  });
}
