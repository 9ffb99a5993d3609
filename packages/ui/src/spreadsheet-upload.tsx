import { useRef, useState, type ReactNode } from 'react';
import { DataTable } from './data-table.js';
import { useLang, useT } from './i18n.js';
import { uploadMessages } from './messages.js';

/** One problem of one row, as the API's import report gives it. */
export interface UploadRowError {
  row: number;
  field: string;
  message: string;
  messageEn: string;
}

/** The part of the API's import report (`POST /imports/…`) the panel shows. */
export interface UploadReport {
  file: string;
  read: number;
  inserted: number;
  skipped: number;
  errors: UploadRowError[];
  committed: boolean;
  dryRun: boolean;
  /** Facilities only: the state the imported rows get. */
  status?: string;
}

/** The API's error answer, the message already in the language the request asked for. */
interface ErrorAnswer {
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/** Is an answer the import report (which also has an `errors` list: the bad rows)? */
const isReport = (body: UploadReport | ErrorAnswer | null): body is UploadReport =>
  !!body && typeof (body as UploadReport).read === 'number' && Array.isArray(body.errors);

type Answer = { ok: true; report: UploadReport } | { ok: false; report: UploadReport | null; message: string };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a spreadsheet to one of the API's imports (`endpoint`, e.g. `/imports/facilities`). */
export async function sendSpreadsheet(
  endpoint: string,
  file: File,
  options: { dryRun: boolean; skipInvalid: boolean },
  lang: string,
): Promise<Answer> {
  const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
  const query = new URLSearchParams({ format, filename: file.name });
  if (options.dryRun) query.set('dryRun', '1');
  if (options.skipInvalid) query.set('skipInvalid', '1');
  const res = await fetch(`${endpoint}?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    // The custom header marks the request as the app's own (the API refuses uploads a foreign page could send).
    headers: { 'content-type': format === 'xlsx' ? XLSX_TYPE : 'text/csv', 'accept-language': lang, 'x-carecircle-request': '1' },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as UploadReport | ErrorAnswer | null;
  // The import report (200, or 422 with the bad rows); any other answer is the API's error format.
  if (isReport(body)) return res.ok ? { ok: true, report: body } : { ok: false, report: body, message: '' };
  return { ok: false, report: null, message: body?.errors?.[0]?.message ?? `HTTP ${res.status}` };
}

export interface SpreadsheetUploadProps {
  /** The import's route, e.g. `/imports/workers`. */
  endpoint: string;
  title: string;
  hint: string;
  /** The template to fill in (a button or a link). */
  template: ReactNode;
  /** What the notice says once rows are written. */
  doneMessage: (report: UploadReport) => string;
  /** A line under a report with valid rows (e.g. that imported stations are drafts). */
  note?: (report: UploadReport) => ReactNode;
  onImported: () => void;
  onClose?: () => void;
}

/**
 * Upload of a spreadsheet to one of the API's imports: a dry run shows every bad row (row, column,
 * message); when all rows are fine one button imports them, otherwise the user chooses to import
 * only the valid rows or to cancel. Nothing is written before that choice.
 */
export function SpreadsheetUpload({ endpoint, title, hint, template, doneMessage, note, onImported, onClose }: SpreadsheetUploadProps) {
  const t = useT(uploadMessages);
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<UploadReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    setError(null);
    if (input.current) input.current.value = '';
  };

  const check = async (f: File) => {
    setBusy(true);
    setReport(null);
    setError(null);
    setDone(null);
    try {
      // With skipInvalid the dry run also counts the valid rows.
      const a = await sendSpreadsheet(endpoint, f, { dryRun: true, skipInvalid: true }, lang);
      setReport(a.report);
      if (!a.ok && !a.report) setError(a.message);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const write = async (skipInvalid: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const a = await sendSpreadsheet(endpoint, file, { dryRun: false, skipInvalid }, lang);
      if (a.ok && a.report.committed) {
        setDone(doneMessage(a.report));
        reset();
        onImported();
      } else if (a.report) {
        // Something changed since the check (e.g. a duplicate was registered meanwhile): the new report.
        setReport(a.report);
        setError(t('uploadChanged'));
      } else setError(a.ok ? t('uploadNothingValid') : a.message);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const badRows = report ? new Set(report.errors.map((e) => e.row)).size : 0;
  const valid = report?.inserted ?? 0;

  return (
    <section className="cc-panel" data-testid="upload-panel">
      <h3>{title}</h3>
      <p className="cc-muted">{hint}</p>
      <p>{template}</p>
      {/* The browser's own file button speaks the browser's language; this one speaks the user's. */}
      <p className="cc-file-picker">
        <label className={`cc-button${busy ? ' cc-disabled' : ''}`}>
          {t('uploadChoose')}
          <input
            ref={input}
            type="file"
            className="cc-visually-hidden"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="upload-file"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0] ?? null;
              setFile(f);
              if (f) void check(f);
            }}
          />
        </label>{' '}
        <span className="cc-muted" data-testid="upload-file-name">
          {file ? file.name : t('uploadNoFile')}
        </span>
      </p>
      {busy && (
        <p className="cc-muted" data-testid="upload-busy">
          {t('uploadChecking')}
        </p>
      )}
      {done && (
        <div className="cc-notice" data-testid="upload-done">
          {done}
        </div>
      )}
      {error && (
        <div className="cc-field-error" role="alert" data-testid="upload-error">
          {error}
        </div>
      )}
      {report && file && (
        <div data-testid="upload-report">
          <p data-testid="upload-summary">
            {report.errors.length === 0
              ? t('uploadAllGood', { n: valid, file: report.file })
              : t('uploadSomeBad', { read: report.read, bad: badRows, valid, file: report.file })}
          </p>
          {report.errors.length > 0 && (
            <div style={{ maxHeight: 260, overflow: 'auto' }}>
              <DataTable
                testId="upload-errors"
                rows={report.errors.map((e, i) => ({ ...e, i }))}
                rowKey={(e) => String(e.i)}
                columns={[
                  { key: 'row', header: t('uploadRow'), cell: (e) => e.row, align: 'right', nowrap: true },
                  { key: 'field', header: t('uploadColumn'), cell: (e) => e.field, nowrap: true },
                  { key: 'message', header: t('uploadMessage'), cell: (e) => (lang === 'en' ? e.messageEn : e.message) },
                ]}
              />
            </div>
          )}
          <p className="cc-row" style={{ gap: 8, display: 'flex', flexWrap: 'wrap' }}>
            {report.errors.length === 0 && valid > 0 && (
              <button type="button" className="cc-primary" disabled={busy} onClick={() => void write(false)} data-testid="upload-import">
                {t('uploadImportAll', { n: valid })}
              </button>
            )}
            {report.errors.length > 0 && valid > 0 && (
              <button
                type="button"
                className="cc-primary"
                disabled={busy}
                onClick={() => void write(true)}
                data-testid="upload-import-valid"
              >
                {t('uploadImportValid', { n: valid })}
              </button>
            )}
            <button type="button" disabled={busy} onClick={reset} data-testid="upload-cancel">
              {t('uploadCancel')}
            </button>
          </p>
          {report.errors.length > 0 && valid === 0 && <p className="cc-muted">{t('uploadNothingValid')}</p>}
          {valid > 0 && note?.(report)}
        </div>
      )}
      {onClose && (
        <p>
          <button type="button" onClick={onClose} data-testid="upload-close">
            {t('uploadClose')}
          </button>
        </p>
      )}
    </section>
  );
}
