import { useT, type MicroAppProps } from '@carecircle/ui';
import { useEffect, useState } from 'react';
import { AlertsPanel } from './alerts/alerts-panel.js';
import { DataPanel, type ImportKind } from './data/data-panel.js';
import { RegisterForm } from './forms/register-form.js';
import { Indicators } from './indicators/indicators.js';
import { messages } from './messages.js';
import { WorkerProfile } from './profile/worker-profile.js';
import { NO_FILTER, WorkerTable, type RegisterFilter } from './register/worker-table.js';
import './workforce.css';

type Tab = 'register' | 'alerts' | 'indicators' | 'data';

/** The workforce register (人才): workers, their files, alerts and indicators, as far as the user's rights reach. */
export function WorkforceApp({ user }: MicroAppProps) {
  const t = useT(messages);
  const can = user.viewerCan;
  const tabs: Tab[] = [
    ...(can.readWorkers ? (['register'] as const) : []),
    ...(can.readWorkers || can.readWorkforceFigures ? (['alerts'] as const) : []),
    ...(can.readWorkforceFigures ? (['indicators'] as const) : []),
    ...(can.readWorkers ? (['data'] as const) : []),
  ];
  const importKinds: ImportKind[] = [
    ...(can.manageWorkers ? (['workers', 'certificates', 'trainings'] as const) : []),
    ...(can.importDishonestyList ? (['dishonesty-list'] as const) : []),
  ];
  // The register's list is read again after an import.
  const [revision, setRevision] = useState(0);
  const [tab, setTab] = useState<Tab>(tabs[0] ?? 'alerts');
  // The health bureau (keeps medical institutions, does not review facilities) starts with the care workers of medical institutions.
  const [filter, setFilter] = useState<RegisterFilter>({
    ...NO_FILTER,
    medicalOnly: can.manageMedicalInstitutions && !can.reviewFacilities,
  });
  const [open, setOpen] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 5000);
    return () => clearTimeout(timer);
  }, [toast]);
  const openWorker = (id: string) => {
    setOpen(id);
    setTab('register');
  };
  const label: Record<Tab, string> = {
    register: t('tabRegister'),
    alerts: t('tabAlerts'),
    indicators: t('tabIndicators'),
    data: t('tabData'),
  };

  return (
    <div className="cc-wf" data-testid="workforce-app">
      <nav className="cc-wf-tabs" role="tablist" aria-label={t('title')}>
        <strong className="cc-wf-title">{t('title')}</strong>
        {tabs.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            className={tab === k ? 'cc-wf-tab cc-wf-tab-active' : 'cc-wf-tab'}
            onClick={() => {
              setTab(k);
              if (k === 'register') setOpen(null);
            }}
            data-testid={`tab-${k}`}
          >
            {label[k]}
          </button>
        ))}
      </nav>
      {toast && (
        <div className="cc-toast" role="status" data-testid="toast">
          {toast}
        </div>
      )}
      <main className="cc-wf-body">
        {tab === 'register' && open && (
          <WorkerProfile
            id={open}
            canManage={can.manageWorkers}
            canKeepLibraries={can.manageTalentLibraries}
            onBack={() => setOpen(null)}
            onNotice={setToast}
          />
        )}
        {tab === 'register' && !open && (
          <>
            {registering && (
              <RegisterForm
                onCancel={() => setRegistering(false)}
                onDone={(id, name) => {
                  setRegistering(false);
                  setToast(t('registered', { name }));
                  setOpen(id);
                }}
              />
            )}
            <WorkerTable
              key={revision}
              filter={filter}
              onFilter={setFilter}
              onOpen={setOpen}
              divisionScoped={can.divisionScoped}
              actions={
                can.manageWorkers && !registering ? (
                  <button type="button" className="cc-primary" onClick={() => setRegistering(true)} data-testid="register-worker">
                    {t('register')}
                  </button>
                ) : null
              }
            />
          </>
        )}
        {tab === 'alerts' && (
          <AlertsPanel
            readWorkers={can.readWorkers}
            readFigures={can.readWorkforceFigures}
            divisionId={null}
            onOpen={openWorker}
            onShow={(f) => {
              setFilter(f);
              setOpen(null);
              setTab('register');
            }}
          />
        )}
        {tab === 'indicators' && <Indicators />}
        {tab === 'data' && (
          <DataPanel
            kinds={importKinds}
            readFigures={can.readWorkforceFigures}
            unmaskedExport={can.readWorkerIdNumbers}
            onImported={() => setRevision((r) => r + 1)}
          />
        )}
      </main>
    </div>
  );
}
