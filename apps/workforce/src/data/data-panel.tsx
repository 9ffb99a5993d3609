import { SpreadsheetUpload, useLang, useT } from '@carecircle/ui';
import { useState } from 'react';
import { messages } from '../messages.js';

/** The register's spreadsheets (`POST /imports/<kind>`), as far as the user may import them. */
export type ImportKind = 'workers' | 'certificates' | 'trainings' | 'dishonesty-list';

const KIND_LABEL = {
  workers: 'importWorkers',
  certificates: 'importCertificates',
  trainings: 'importTrainings',
  'dishonesty-list': 'importDishonesty',
} as const;

const KIND_HINT = {
  workers: 'importWorkersHint',
  certificates: 'importCertificatesHint',
  trainings: 'importTrainingsHint',
  'dishonesty-list': 'importDishonestyHint',
} as const;

/**
 * Imports and exports of the register: each spreadsheet with its template (headers as the import
 * reads them, in the interface language), checked row by row before anything is written; the
 * register (ID numbers and phones masked; unmasked only with the right, and every number read is
 * audited) and the indicators as XLSX.
 */
export function DataPanel({
  kinds,
  readFigures,
  unmaskedExport,
  onImported,
}: {
  kinds: ImportKind[];
  readFigures: boolean;
  unmaskedExport: boolean;
  onImported: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const [kind, setKind] = useState<ImportKind | null>(kinds[0] ?? null);
  const [confirmUnmasked, setConfirmUnmasked] = useState(false);
  const langQuery = `lang=${encodeURIComponent(lang)}`;
  return (
    <div className="cc-wf-data" data-testid="workforce-data">
      <section className="cc-panel" data-testid="workforce-exports">
        <h3>{t('exportsTitle')}</h3>
        <p className="cc-row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <a className="cc-button" href={`/exports/workers.xlsx?${langQuery}`} download data-testid="export-register">
            {t('exportRegister')}
          </a>
          {readFigures && (
            <a className="cc-button" href={`/exports/workforce-figures.xlsx?${langQuery}`} download data-testid="export-figures">
              {t('exportFigures')}
            </a>
          )}
          {unmaskedExport && !confirmUnmasked && (
            <button type="button" onClick={() => setConfirmUnmasked(true)} data-testid="export-unmasked">
              {t('exportUnmasked')}
            </button>
          )}
        </p>
        <p className="cc-muted">{t('exportMaskedNote')}</p>
        {confirmUnmasked && (
          <div className="cc-notice" role="alertdialog" data-testid="export-unmasked-confirm">
            <p>{t('exportUnmaskedWarning')}</p>
            <p className="cc-row" style={{ display: 'flex', gap: 8 }}>
              <a
                className="cc-button cc-primary"
                href={`/exports/workers.xlsx?unmasked=1&${langQuery}`}
                download
                onClick={() => setConfirmUnmasked(false)}
                data-testid="export-unmasked-go"
              >
                {t('exportUnmaskedGo')}
              </a>
              <button type="button" onClick={() => setConfirmUnmasked(false)}>
                {t('cancel')}
              </button>
            </p>
          </div>
        )}
      </section>
      {kinds.length > 0 && (
        <>
          <nav className="cc-row" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', margin: '12px 0' }} aria-label={t('importsTitle')}>
            <strong>{t('importsTitle')}</strong>
            {kinds.map((k) => (
              <button
                key={k}
                type="button"
                aria-pressed={kind === k}
                className={kind === k ? 'cc-wf-tab cc-wf-tab-active' : 'cc-wf-tab'}
                onClick={() => setKind(k)}
                data-testid={`import-kind-${k}`}
              >
                {t(KIND_LABEL[k])}
              </button>
            ))}
          </nav>
          {kind && (
            <SpreadsheetUpload
              key={kind}
              endpoint={`/imports/${kind}`}
              title={t(KIND_LABEL[kind])}
              hint={t(KIND_HINT[kind])}
              template={
                <a className="cc-button" href={`/imports/${kind}/template.xlsx?${langQuery}`} download data-testid="import-template">
                  {t('importTemplate')}
                </a>
              }
              doneMessage={(r) => t(kind === 'dishonesty-list' ? 'importDishonestyDone' : 'importDone', { n: r.inserted, file: r.file })}
              onImported={onImported}
            />
          )}
        </>
      )}
    </div>
  );
}
