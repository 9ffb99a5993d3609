import type { Action } from '@carecircle/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { rebindActor, requireAction, restContext, sendCaught, sendError } from '../../request/rest.js';
import { errorAnswer } from '../../shared/errors.js';
import { listOf, requestLang, t, type Lang } from '../../shared/i18n.js';
import { todayInChina } from '../agreements/care-agreement.entity.js';
import { FacilityStatus } from '../facilities/facility.enums.js';
import { importFacilities, IMPORT_STATUSES } from './import-facilities.js';
import { ImportFileError } from './import-messages.js';
import type { ImportReport } from './import-report.js';
import { importWorkforce, type WorkforceImportKind } from './import-workforce.js';
import { sendTemplate, WORKFORCE_TEMPLATES } from './workforce-templates.js';

/** Largest spreadsheet an upload takes. */
export const UPLOAD_MAX_MB = 10;

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

type UploadFormat = 'xlsx' | 'csv';

/** The upload's format: `?format=`, else the content type, else the file's first bytes (XLSX is a ZIP). */
function uploadFormat(query: string | undefined, contentType: string | undefined, bytes: Buffer): UploadFormat | null | 'bad' {
  if (query) {
    const f = query.toLowerCase();
    return f === 'xlsx' || f === 'csv' ? f : 'bad';
  }
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (XLSX_TYPES.includes(type)) return 'xlsx';
  if (CSV_TYPES.includes(type)) return 'csv';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  return null;
}

/**
 * The uploaded spreadsheet of a request: its bytes, format and the name shown in the report, or
 * null when the answer (400) has been sent.
 */
function uploadOf(req: express.Request, res: express.Response, lang: Lang): { name: string; bytes: Buffer; format: UploadFormat } | null {
  const q = req.query as Record<string, string | undefined>;
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (!bytes.length) {
    sendError(res, 'BAD_REQUEST', t(lang, 'upload.emptyBody'));
    return null;
  }
  const format = uploadFormat(q.format, req.headers['content-type'], bytes);
  if (format === 'bad' || format === null) {
    if (format === 'bad') sendError(res, 'BAD_REQUEST', t(lang, 'upload.badFormat', { format: String(q.format).slice(0, 20) }));
    else sendError(res, 'BAD_REQUEST', t(lang, 'upload.unknownFormat'));
    return null;
  }
  // The name is only shown in the report: path separators and control characters are dropped.
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const name = (q.filename ?? '').replace(/[\\/\u0000-\u001f]/g, '').slice(0, 200) || `upload.${format}`;
  return { name, bytes, format };
}

const truthy = (v: unknown) => typeof v === 'string' && ['1', 'true', 'yes'].includes(v.toLowerCase());

/**
 * POST /imports/facilities: a spreadsheet (.xlsx or .csv, at most 10 MB) of facilities as the raw
 * request body, checked row by row as the command-line import checks it, written in one
 * transaction. Query: `format=xlsx|csv` (else the content type), `dryRun=1` (check only),
 * `skipInvalid=1` (write the valid rows, list the others), `status=` (administrators and civil
 * affairs; default DRAFT), `filename=` (shown in the report).
 *
 * Answers the import report as JSON: 200 when written or on a dry run, 422 when any row is bad and
 * nothing was written. Other answers are the API's error format (`{ errors: [{ message, extensions:
 * { code } }] }`, in the request's language): 400 for an unreadable file, 401 / 403 for the caller
 * (`import:upload`), 413 for a large file. Without `import:approved` (a street office) the
 * facilities are drafts, and only inside the user's own division: other rows are row errors.
 * Like every state-changing REST route it needs the `x-carecircle-request` header (or a bearer
 * token): a cookie-authenticated form post from another site is refused (403 CSRF_REFUSED).
 */
export function importRoutes(app: express.Express, orm: MikroORM): void {
  const raw = express.raw({ limit: `${UPLOAD_MAX_MB}mb`, type: '*/*' });
  app.post(
    '/imports/facilities',
    // Who is asking, before the body is read; a division-scoped uploader needs its division.
    requireAction(orm, 'import:upload'),
    async (_req, res, next) => {
      const { em, access, lang } = restContext(res);
      try {
        res.locals.jurisdiction = await access.jurisdiction(em);
        next();
      } catch (err) {
        sendCaught(res, err, lang);
      }
    },
    raw,
    // The audit rows of the import name the uploader, the request and the address.
    rebindActor,
    async (req, res) => {
      const { access, lang } = restContext(res);
      const q = req.query as Record<string, string | undefined>;
      const upload = uploadOf(req, res, lang);
      if (!upload) return;
      const { name, bytes, format } = upload;
      let status: FacilityStatus = FacilityStatus.DRAFT;
      if (q.status) {
        const s = q.status.toUpperCase();
        if (!(IMPORT_STATUSES as readonly string[]).includes(s)) {
          return sendError(res, 'BAD_USER_INPUT', t(lang, 'upload.badStatus', { statuses: listOf(lang, IMPORT_STATUSES) }));
        }
        if (s !== FacilityStatus.DRAFT && !access.can('import:approved')) return sendError(res, 'FORBIDDEN', t(lang, 'upload.draftsOnly'));
        status = s as FacilityStatus;
      }
      let report: ImportReport;
      try {
        report = await importFacilities(
          orm,
          { name, bytes, format },
          {
            status,
            dryRun: truthy(q.dryRun),
            skipInvalid: truthy(q.skipInvalid),
            maxMb: UPLOAD_MAX_MB,
            jurisdiction: res.locals.jurisdiction,
            audit: true,
          },
        );
      } catch (err) {
        if (err instanceof ImportFileError) return sendError(res, 'BAD_FILE', err.messages[lang]);
        return sendCaught(res, err, lang);
      }
      const failed = !report.dryRun && !report.committed && report.errors.length > 0;
      res.status(failed ? 422 : 200).json({ ...report, status });
    },
  );

  workforceImportRoutes(app, orm, raw);

  // A body over the limit is a clear 413; other unreadable bodies a 400 — JSON, never an HTML page.
  app.use(
    '/imports',
    (
      err: { status?: number; statusCode?: number; type?: string },
      req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      const code = err?.status ?? err?.statusCode;
      if (!code || code < 400 || code >= 500 || res.headersSent) return next(err);
      const lang = requestLang(req);
      if (code === 413) return sendError(res, 'PAYLOAD_TOO_LARGE', t(lang, 'upload.tooLarge', { max: UPLOAD_MAX_MB }));
      res.status(code).json(errorAnswer('BAD_REQUEST', t(lang, 'upload.unreadable')));
    },
  );
}

/** Who may upload each workforce sheet: the register's keepers, and civil affairs for the dishonesty list. */
const WORKFORCE_ACTIONS: Record<WorkforceImportKind, Action> = {
  workers: 'worker:manage',
  certificates: 'worker:manage',
  trainings: 'worker:manage',
  'dishonesty-list': 'dishonesty:import',
};

/**
 * POST /imports/workers, /imports/certificates, /imports/trainings and /imports/dishonesty-list: a
 * spreadsheet (.xlsx or .csv) as the raw request body, each row through the workforce register's
 * write path as the signed-in user (so an employer account keeps only its own staff and a street
 * office its division's), all rows in one transaction or none. Query: `format=`, `dryRun=1`,
 * `skipInvalid=1`, `filename=`, as for facilities; the same report (200 written or dry run, 422
 * when a row is bad and nothing was written) and error answers. Certificates and trainings find
 * their worker by the ID number's keyed hash. The dishonesty list replaces the imported list.
 *
 * GET /imports/<kind>/template.xlsx: the sheet to fill in, its headers as the import reads them (in
 * the request's language) with one example row.
 */
function workforceImportRoutes(app: express.Express, orm: MikroORM, raw: express.RequestHandler): void {
  for (const [what, action] of Object.entries(WORKFORCE_ACTIONS) as [WorkforceImportKind, Action][]) {
    app.post(`/imports/${what}`, requireAction(orm, action), raw, rebindActor, async (req, res) => {
      const { access, lang } = restContext(res);
      const q = req.query as Record<string, string | undefined>;
      const upload = uploadOf(req, res, lang);
      if (!upload) return;
      let report: ImportReport;
      try {
        report = await importWorkforce(orm, what, upload, {
          access,
          today: todayInChina(),
          dryRun: truthy(q.dryRun),
          skipInvalid: truthy(q.skipInvalid),
          maxMb: UPLOAD_MAX_MB,
        });
      } catch (err) {
        if (err instanceof ImportFileError) return sendError(res, 'BAD_FILE', err.messages[lang]);
        return sendCaught(res, err, lang);
      }
      const failed = !report.dryRun && !report.committed && report.errors.length > 0;
      res.status(failed ? 422 : 200).json(report);
    });
    app.get(`/imports/${what}/template.xlsx`, requireAction(orm, action), async (_req, res) => {
      const { lang } = restContext(res);
      try {
        await sendTemplate(res, WORKFORCE_TEMPLATES[what], lang);
      } catch (err) {
        sendCaught(res, err, lang);
      }
    });
  }
}
