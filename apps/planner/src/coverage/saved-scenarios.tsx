import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { ErrorPanel, useLang, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useMemo, useState } from 'react';
import { graphql } from '../gql/index.js';
import type { SavedScenariosQuery } from '../gql/graphql.js';
import { coverageMessages } from './coverage-messages.js';
import { CompareScenarioQuery, ScenarioComparison, type ComparisonColumn } from './scenario-comparison.js';
import { scenarioMessages } from './scenario-messages.js';
import type { AnalysisWalking, Walking } from './walking-panel.js';

const SavedScenariosQuery = graphql(`
  query SavedScenarios {
    scenarios {
      id
      version
      name
      updatedAt
      changes {
        action
        facilityId
        kind
        name
        location
      }
    }
  }
`);

const DeleteScenarioMutation = graphql(`
  mutation DeleteScenario($id: ID!, $version: Int!) {
    deleteScenario(id: $id, version: $version)
  }
`);

export type SavedScenario = SavedScenariosQuery['scenarios'][number];

/** The saved scenarios: each reopened or deleted; two of them compared side by side with the registry. */
export function SavedScenarios({
  map,
  walking,
  elevationLoaded,
  openedId,
  onOpen,
  onDeleted,
}: {
  map: MlMap | null;
  walking: Walking;
  elevationLoaded?: boolean | null;
  openedId: string | null;
  onOpen: (s: SavedScenario) => void;
  onDeleted: (id: string) => void;
}) {
  const t = useT(scenarioMessages);
  const tc = useT(coverageMessages);
  const lang = useLang();
  const list = useQuery(SavedScenariosQuery, { fetchPolicy: 'cache-and-network' });
  const [remove, removed] = useMutation(DeleteScenarioMutation, { refetchQueries: ['SavedScenarios'] });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [runA, resA] = useLazyQuery(CompareScenarioQuery, { fetchPolicy: 'network-only' });
  const [runB, resB] = useLazyQuery(CompareScenarioQuery, { fetchPolicy: 'network-only' });
  const [pair, setPair] = useState<{ ids: [string, string]; walking: AnalysisWalking } | null>(null);
  const scenarios = useMemo(() => list.data?.scenarios ?? [], [list.data]);
  const byId = useMemo(() => new Map(scenarios.map((s) => [s.id, s])), [scenarios]);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang);
  const counts = (s: SavedScenario) => {
    const k = (action: string) => s.changes.filter((c) => c.action === action).length;
    return t('changes', { added: k('ADD'), closed: k('CLOSE') }) + (k('MOVE') ? t('moved', { n: k('MOVE') }) : '');
  };
  const run = () => {
    if (!a || !b || a === b) return;
    const vars = { minutes: walking.minutes, speed: walking.speed, profile: walking.profile };
    setPair({ ids: [a, b], walking: vars });
    void runA({ variables: { scenarioId: a, ...vars } });
    void runB({ variables: { scenarioId: b, ...vars } });
  };
  const columns: ComparisonColumn[] = useMemo(() => {
    const ra = resA.data?.compareScenario;
    const rb = resB.data?.compareScenario;
    if (!pair || !ra || !rb) return [];
    return [
      { key: `a:${pair.ids[0]}`, label: byId.get(pair.ids[0])?.name ?? t('compareA'), result: ra },
      { key: `b:${pair.ids[1]}`, label: byId.get(pair.ids[1])?.name ?? t('compareB'), result: rb },
    ];
  }, [pair, resA.data, resB.data, byId, t]);
  const comparing = resA.loading || resB.loading;

  return (
    <div data-testid="saved-scenarios">
      <h4>{t('list')}</h4>
      {list.error && <ErrorPanel error={list.error} />}
      {removed.error && <ErrorPanel error={removed.error} />}
      {scenarios.length === 0 && !list.loading && <p className="cc-muted">{t('none')}</p>}
      <ul className="cc-scenario-list">
        {scenarios.map((s) => (
          <li key={s.id} className={s.id === openedId ? 'cc-selected' : undefined} data-testid="saved-scenario">
            <div>
              <strong>{s.name}</strong>
              <br />
              <small className="cc-muted">
                {date(s.updatedAt)} · {counts(s)}
              </small>
            </div>
            {confirming === s.id ? (
              <span className="cc-row">
                {t('deleteConfirm', { name: s.name })}
                <button
                  type="button"
                  className="cc-danger"
                  disabled={removed.loading}
                  onClick={() =>
                    void remove({ variables: { id: s.id, version: s.version } }).then(() => {
                      setConfirming(null);
                      onDeleted(s.id);
                      if (a === s.id) setA('');
                      if (b === s.id) setB('');
                    })
                  }
                  data-testid="scenario-delete-yes"
                >
                  {t('deleteYes')}
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  {t('deleteNo')}
                </button>
              </span>
            ) : (
              <span className="cc-row">
                <button type="button" onClick={() => onOpen(s)} data-testid="scenario-open">
                  {t('open')}
                </button>
                <button type="button" onClick={() => setConfirming(s.id)} data-testid="scenario-delete">
                  {t('delete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {scenarios.length >= 2 && (
        <>
          <h4>{t('compareTwo')}</h4>
          <div className="cc-row">
            {(
              [
                [t('compareA'), a, setA, 'compare-a'],
                [t('compareB'), b, setB, 'compare-b'],
              ] as const
            ).map(([label, value, set, testId]) => (
              <label key={testId}>
                {label}{' '}
                <select value={value} onChange={(e) => set(e.target.value)} data-testid={testId}>
                  <option value="">—</option>
                  {scenarios.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="button" disabled={!a || !b || a === b || comparing} onClick={run} data-testid="compare-run">
              {comparing ? tc('computing') : t('compareRun')}
            </button>
          </div>
          {a && b && a === b && <p className="cc-field-error">{t('compareSame')}</p>}
          {resA.error && <ErrorPanel error={resA.error} />}
          {resB.error && <ErrorPanel error={resB.error} />}
          {columns.length === 2 && pair && (
            <ScenarioComparison
              map={map}
              columns={columns}
              testId="scenario-side-by-side"
              walking={walking}
              measuredWith={pair.walking}
              elevationLoaded={elevationLoaded}
            />
          )}
        </>
      )}
    </div>
  );
}
