import { useQuery } from '@apollo/client/react';
import { ErrorPanel, FACILITY_KIND_LABELS, useFormat, useLang, useT } from '@carecircle/ui';
import type { ReactNode } from 'react';
import { daysUntil } from '../forms/choices.js';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { CertificateState } from '../gql/graphql.js';
import { messages } from '../messages.js';
import type { RegisterFilter } from '../register/worker-table.js';
import { NO_FILTER } from '../register/worker-table.js';

const LIMIT = 100;

const AlertsQuery = graphql(`
  query WorkforceAlerts($first: Int!) {
    expiring: workers(filter: { certificateStates: [EXPIRING] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {
      totalCount
      nodes {
        ...AlertWorker_Worker
      }
    }
    expired: workers(filter: { certificateStates: [EXPIRED] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {
      totalCount
      nodes {
        ...AlertWorker_Worker
      }
    }
    uncertified: workers(
      filter: { certified: false, posts: [ELDERLY_CARE_WORKER, MEDICAL_CARE_WORKER, MATERNITY_CARE_WORKER] }
      first: $first
    ) {
      totalCount
      nodes {
        ...AlertWorker_Worker
      }
    }
  }
`);

const AlertWorkerFragment = graphql(`
  fragment AlertWorker_Worker on Worker {
    id
    name
    post
    certificateState
    certificateValidUntil
    employer {
      id
      name
    }
  }
`);

const StationsQuery = graphql(`
  query StationsWithoutCertified($divisionId: ID) {
    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {
      careWorkers
      facility {
        id
        name
        kind
        division {
          id
          name
        }
      }
    }
  }
`);

interface AlertWorker {
  id: string;
  name: string;
  certificateValidUntil?: string | null;
  employer?: { name: string } | null;
}

function Card({
  title,
  count,
  children,
  testId,
  onShow,
}: {
  title: string;
  count: number;
  children: ReactNode;
  testId: string;
  onShow?: () => void;
}) {
  const t = useT(messages);
  const { n } = useFormat();
  return (
    <section className="cc-panel cc-wf-alert" data-testid={testId}>
      <div className="cc-row">
        <h3 style={{ margin: 0 }}>
          {title}{' '}
          <span className={count ? 'cc-flag' : 'cc-muted'} data-testid={`${testId}-count`}>
            {n(count)}
          </span>
        </h3>
        <span style={{ flex: 1 }} />
        {onShow && count > 0 && (
          <button type="button" onClick={onShow} data-testid={`${testId}-show`}>
            {t('showInRegister')}
          </button>
        )}
      </div>
      {children}
    </section>
  );
}

function WorkerList({
  workers,
  total,
  onOpen,
  dates,
}: {
  workers: AlertWorker[];
  total: number;
  onOpen: (id: string) => void;
  dates: boolean;
}) {
  const t = useT(messages);
  if (!workers.length) return <p className="cc-muted">{t('nothing')}</p>;
  return (
    <>
      <ul className="cc-wf-list">
        {workers.map((w) => (
          <li key={w.id}>
            <button type="button" className="cc-link" onClick={() => onOpen(w.id)}>
              <strong>{w.name}</strong>
            </button>{' '}
            <span className="cc-muted">{w.employer?.name ?? t('notEmployed')}</span>
            {dates && w.certificateValidUntil && (
              <span className={daysUntil(w.certificateValidUntil) < 0 ? 'cc-flag' : ''}>
                {' '}
                · {w.certificateValidUntil}
                {daysUntil(w.certificateValidUntil) >= 0 ? ` · ${t('daysLeft', { n: daysUntil(w.certificateValidUntil) })}` : ''}
              </span>
            )}
          </li>
        ))}
      </ul>
      {total > workers.length && <p className="cc-muted">{t('moreInRegister', { n: workers.length })}</p>}
    </>
  );
}

/** What needs acting on: certificates expiring or expired, care workers without a certificate, stations without a certified care worker. */
export function AlertsPanel({
  readWorkers,
  readFigures,
  divisionId,
  onOpen,
  onShow,
}: {
  readWorkers: boolean;
  readFigures: boolean;
  divisionId: string | null;
  onOpen: (id: string) => void;
  onShow: (f: RegisterFilter) => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const alerts = useQuery(AlertsQuery, { variables: { first: LIMIT }, skip: !readWorkers, fetchPolicy: 'cache-and-network' });
  const stations = useQuery(StationsQuery, { variables: { divisionId }, skip: !readFigures, fetchPolicy: 'cache-and-network' });
  const error = alerts.error ?? stations.error;
  const show = (state: CertificateState) => () => onShow({ ...NO_FILTER, certificateState: state });
  const a = alerts.data;
  const list = (c: { nodes: FragmentType<typeof AlertWorkerFragment>[] }): AlertWorker[] =>
    c.nodes.map((x) => getFragmentData(AlertWorkerFragment, x));
  return (
    <div className="cc-wf-alerts" data-testid="workforce-alerts">
      {error && <ErrorPanel error={error} />}
      {readWorkers && !a && <p className="cc-muted">{t('loading')}</p>}
      {a && (
        <>
          <Card title={t('alertExpiring')} count={a.expiring.totalCount} testId="alert-expiring" onShow={show('EXPIRING')}>
            <WorkerList workers={list(a.expiring)} total={a.expiring.totalCount} onOpen={onOpen} dates />
          </Card>
          <Card title={t('alertExpired')} count={a.expired.totalCount} testId="alert-expired" onShow={show('EXPIRED')}>
            <WorkerList workers={list(a.expired)} total={a.expired.totalCount} onOpen={onOpen} dates />
          </Card>
          <Card title={t('alertUncertified')} count={a.uncertified.totalCount} testId="alert-uncertified">
            <WorkerList workers={list(a.uncertified)} total={a.uncertified.totalCount} onOpen={onOpen} dates={false} />
          </Card>
        </>
      )}
      {readFigures && stations.data && (
        <Card title={t('alertStations')} count={stations.data.stationsWithoutCertifiedCareWorker.length} testId="alert-stations">
          <p className="cc-muted">{t('alertStationsNote')}</p>
          <table className="cc-table">
            <thead>
              <tr>
                <th>{t('facility')}</th>
                <th>{t('facilityKind')}</th>
                <th>{t('area')}</th>
                <th>{t('staffing')}</th>
              </tr>
            </thead>
            <tbody>
              {stations.data.stationsWithoutCertifiedCareWorker.map((s) => (
                <tr key={s.facility.id} data-facility-id={s.facility.id}>
                  <td>{s.facility.name}</td>
                  <td>{FACILITY_KIND_LABELS[s.facility.kind][lang]}</td>
                  <td>{s.facility.division?.name ?? ''}</td>
                  <td>
                    {s.careWorkers ? t('careWorkersCount', { n: s.careWorkers }) : <span className="cc-flag">{t('noCareWorker')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
