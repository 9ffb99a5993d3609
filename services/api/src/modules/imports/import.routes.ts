import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { requestToken } from '../../request/context.js';
import { pickLang, t, type Lang } from '../../shared/i18n.js';
import { FacilityStatus } from '../facilities/facility.enums.js';
import { Role } from '../users/role.js';
import { sessionOf } from '../users/auth.service.js';
import { importFacilities, IMPORT_STATUSES } from './import-facilities.js';
import { ImportFileError, type Bilingual } from './import-messages.js';
import type { ImportReport } from './import-report.js';

/** Largest spreadsheet an upload takes. */
export const UPLOAD_MAX_MB = 10;

/** Roles that may upload facilities; a street office only inside its own division. */
const UPLOADERS: readonly string[] = [Role.ADMIN, Role.STREET_OFFICE, Role.CIVIL_AFFAIRS];

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

const truthy = (v: unknown) => typeof v === 'string' && ['1', 'true', 'yes'].includes(v.toLowerCase());

/** A JSON error answer with the message in both languages (the request's language first). */
function sendError(res: express.Response, status: number, code: string, message: Bilingual, lang: Lang): void {
  res.status(status).json({ error: { code, message: lang === 'en' ? message.en : message.zh, messageZh: message.zh, messageEn: message.en } });
}

const both = (key: Parameters<typeof t>[1], params?: Record<string, string | number>): Bilingual => ({ zh: t('zh', key, params), en: t('en', key, params) });

/**
 * POST /imports/facilities: a spreadsheet (.xlsx or .csv, at most 10 MB) of facilities as the raw
 * request body, checked row by row as the command-line import checks it, written in one
 * transaction. Query: `format=xlsx|csv` (else the content type), `dryRun=1` (check only),
 * `skipInvalid=1` (write the valid rows, list the others), `status=` (administrators and civil
 * affairs; default DRAFT), `filename=` (shown in the report).
 *
 * Answers the import report as JSON: 200 when written or on a dry run, 422 when any row is bad and
 * nothing was written, 400 for an unreadable file, 401 / 403 for the caller, 413 for a large file.
 * A street office's facilities are drafts, and only inside its own division: other rows are row errors.
 */
export function importRoutes(app: express.Express, orm: MikroORM): void {
  const raw = express.raw({ limit: `${UPLOAD_MAX_MB}mb`, type: '*/*' });
  app.post(
    '/imports/facilities',
    // Who is asking, before the body is read.
    async (req, res, next) => {
      const lang = pickLang((req.query.lang as string | undefined) ?? req.headers['accept-language']);
      try {
        const signedIn = await sessionOf(orm.em.fork(), requestToken(req));
        if (!signedIn) return sendError(res, 401, 'UNAUTHENTICATED', both('auth.required'), lang);
        const user = signedIn.user;
        if (!UPLOADERS.includes(user.role)) return sendError(res, 403, 'FORBIDDEN', both('auth.forbidden'), lang);
        if (user.role === Role.STREET_OFFICE && !user.division?.id) return sendError(res, 403, 'FORBIDDEN', both('auth.noJurisdiction'), lang);
        res.locals.user = user;
        res.locals.lang = lang;
        next();
      } catch (err) {
        next(err);
      }
    },
    raw,
    async (req, res) => {
      const lang = res.locals.lang as Lang;
      const user = res.locals.user as { id: number; role: string; division?: { id: number } | null };
      const q = req.query as Record<string, string | undefined>;
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!bytes.length) return sendError(res, 400, 'BAD_REQUEST', { zh: '请上传文件（请求体为空）。', en: 'Upload a file (the request body is empty).' }, lang);
      const format = uploadFormat(q.format, req.headers['content-type'], bytes);
      if (format === 'bad' || format === null) {
        return sendError(
          res,
          400,
          'BAD_REQUEST',
          {
            zh: `无法确定文件格式：请上传 .xlsx 或 .csv 文件（可用 ?format=xlsx 或 ?format=csv 指明）${format === 'bad' ? `，而不是“${String(q.format).slice(0, 20)}”` : ''}。`,
            en: `Unknown file format: upload an .xlsx or .csv file (or name it with ?format=xlsx or ?format=csv)${format === 'bad' ? `, not "${String(q.format).slice(0, 20)}"` : ''}.`,
          },
          lang,
        );
      }
      let status: FacilityStatus = FacilityStatus.DRAFT;
      if (q.status) {
        const s = q.status.toUpperCase();
        if (!(IMPORT_STATUSES as readonly string[]).includes(s)) {
          return sendError(res, 400, 'BAD_USER_INPUT', { zh: `status 应为 ${IMPORT_STATUSES.join('、')}。`, en: `status must be ${IMPORT_STATUSES.join(', ')}.` }, lang);
        }
        if (user.role === Role.STREET_OFFICE && s !== FacilityStatus.DRAFT) {
          return sendError(res, 403, 'FORBIDDEN', { zh: '街道/镇上传的设施为草稿，须提交审批。', en: 'Facilities uploaded by a street office are drafts and go through approval.' }, lang);
        }
        status = s as FacilityStatus;
      }
      const name = (q.filename ?? '').replace(/[\\/\u0000-\u001f]/g, '').slice(0, 200) || `upload.${format}`;
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
            jurisdiction: user.role === Role.STREET_OFFICE ? { divisionId: user.division!.id } : undefined,
            audit: true,
          },
        );
      } catch (err) {
        if (err instanceof ImportFileError) return sendError(res, 400, 'BAD_FILE', err.messages, lang);
        console.error('facility upload failed', err);
        return sendError(res, 500, 'INTERNAL_SERVER_ERROR', both('internal'), lang);
      }
      const failed = !report.dryRun && !report.committed && report.errors.length > 0;
      res.status(failed ? 422 : 200).json({ ...report, status });
    },
  );

  // A body over the limit is a clear 413; other unreadable bodies a 400 — JSON, never an HTML page.
  app.use('/imports', (err: { status?: number; statusCode?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    const code = err?.status ?? err?.statusCode;
    if (!code || code < 400 || code >= 500 || res.headersSent) return next(err);
    const lang = pickLang(req.headers['accept-language']);
    if (code === 413) {
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', { zh: `文件过大：上传最多 ${UPLOAD_MAX_MB} MB。`, en: `The file is too large: uploads take at most ${UPLOAD_MAX_MB} MB.` }, lang);
    }
    sendError(res, code, 'BAD_REQUEST', { zh: '无法读取上传的文件。', en: 'The uploaded file cannot be read.' }, lang);
  });
}
