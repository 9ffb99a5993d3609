import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorPanel, saveCsv, saveXlsx, setGeoJson, useFormat, useLang, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../gql/index.js';
import type { SiteSuggestionJobQuery as SiteSuggestionJobResult } from '../gql/graphql.js';
import { coverageMessages } from './coverage-messages.js';
import { exportFileName, walkingParamsSheet } from '../export/walking-params.js';
import { solverLabel, stageLabel } from './job-labels.js';
import { profileLabel, sameWalking, walkingLine, type AnalysisWalking, type Walking } from './walking-panel.js';

const StartSiteSuggestionMutation = graphql(`
  mutation StartSiteSuggestion($k: Int!, $divisionId: ID, $minutes: Float, $speed: Float, $profile: WalkProfile!) {
    startSiteSuggestion(k: $k, group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, profile: $profile) {
      id
      status
      progress
      stage
    }
  }
`);

const CancelAnalysisJobMutation = graphql(`
  mutation CancelAnalysisJob($id: ID!) {
    cancelAnalysisJob(id: $id) {
      id
      status
      progress
      stage
      error
    }
  }
`);

const SiteSuggestionJobQuery = graphql(`
  query SiteSuggestionJob($id: ID!) {
    analysisJob(id: $id) {
      id
      status
      progress
      stage
      error
      siteSuggestion {
        newlyCoveredOlder
        uncoveredOlderBefore
        solver
        optimal
        gap
        sites {
          rank
          newlyCoveredOlder
          location
          nearestRoad
          community {
            id
            name
          }
        }
      }
      preliminary {
        newlyCoveredOlder
        gap
        sites {
          rank
          newlyCoveredOlder
          location
        }
      }
    }
  }
`);

/** A finished site suggestion. */
export type SiteSuggestionResult = NonNullable<NonNullable<SiteSuggestionJobResult['analysisJob']>['siteSuggestion']>;

/** A finished site suggestion with the walking parameters it was started with. */
export interface SiteSuggestionOutcome {
  result: SiteSuggestionResult;
  walking: AnalysisWalking;
}

/**
 * "Suggest k new stations" as a job with real progress (percent and stage from the server): each
 * site with its community and nearest road, the older residents it adds, a click that frames it and
 * "add to scenario".
 */
export function SiteSuggestions({
  map,
  walking,
  elevationLoaded,
  divisionId,
  onAddStation,
  onResult,
}: {
  map: MlMap | null;
  walking: Walking;
  elevationLoaded?: boolean | null;
  divisionId: string | null;
  onAddStation: (lonLat: [number, number]) => void;
  /** The finished suggestion with its walking parameters (for the printed report), or null while none is. */
  onResult?: (outcome: SiteSuggestionOutcome | null) => void;
}) {
  const t = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const [k, setK] = useState(3);
  const [jobId, setJobId] = useState<string | null>(null);
  // What the job was started with: its result is for these, whatever the panel says since.
  const [jobWalking, setJobWalking] = useState<AnalysisWalking | null>(null);
  const [start, started] = useMutation(StartSiteSuggestionMutation);
  // The server stops the job's work; the poll then reads it as FAILED with the stage "cancelled".
  const [cancel, cancelled] = useMutation(CancelAnalysisJobMutation);
  const job = useQuery(SiteSuggestionJobQuery, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    pollInterval: 250,
    fetchPolicy: 'network-only',
  });
  const j = job.data?.analysisJob;
  const running = !!jobId && (!j || j.status === 'RUNNING');
  const { stopPolling } = job;
  useEffect(() => {
    if (j && j.status !== 'RUNNING') stopPolling();
  }, [j, stopPolling]);
  const result = j?.status === 'DONE' ? j.siteSuggestion : null;
  // The quick answer (greedy + swap) while the exact solver works: on the map at once, replaced when done.
  const preliminary = running ? (j?.preliminary ?? null) : null;
  const outcome = useMemo(() => (result && jobWalking ? { result, walking: jobWalking } : null), [result, jobWalking]);
  useEffect(() => onResult?.(outcome), [outcome, onResult]);
  const stale = !!jobWalking && !sameWalking(jobWalking, walking);
  // Exports carry the headers and values of the interface language.
  const save = (format: 'csv' | 'xlsx') => {
    if (!outcome) return;
    const header = [t('colRank'), t('colCommunity'), t('colRoad'), t('colGained'), t('colLon'), t('colLat'), t('colProfile')];
    const profile = profileLabel(outcome.walking.profile, t);
    const rows = outcome.result.sites.map((s) => {
      const [lon, lat] = (s.location as GeoJSON.Point).coordinates;
      return [s.rank, s.community?.name ?? '', s.nearestRoad ?? '', s.newlyCoveredOlder, lon, lat, profile];
    });
    const file = exportFileName(t('suggest'), outcome.walking, t);
    if (format === 'xlsx')
      void saveXlsx(`${file}.xlsx`, t('suggest'), header, rows, [walkingParamsSheet(outcome.walking, { elevationLoaded }, t, lang)]);
    else saveCsv(`${file}.csv`, header, rows);
  };
  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'suggestions', {
      type: 'FeatureCollection',
      features:
        (result ?? preliminary)?.sites.map((s) => ({
          type: 'Feature' as const,
          geometry: s.location as GeoJSON.Point,
          properties: { rank: s.rank, older: s.newlyCoveredOlder },
        })) ?? [],
    });
  }, [map, result, preliminary]);
  const go = async () => {
    setJobId(null);
    const used = { minutes: walking.minutes, speed: walking.speed, profile: walking.profile };
    const r = await start({ variables: { k, divisionId, ...used } });
    if (r.data) {
      setJobWalking(used);
      setJobId(r.data.startSiteSuggestion.id);
    }
  };
  return (
    <section className="cc-panel" data-testid="site-suggestions">
      <h3>{t('suggest')}</h3>
      <div className="cc-row">
        <label>
          {t('suggestK')}{' '}
          <input type="number" min={1} max={50} value={k} onChange={(e) => setK(Number(e.target.value))} style={{ width: 60 }} />
        </label>
        <button type="button" className="cc-primary" disabled={running || started.loading} onClick={() => void go()}>
          {running ? t('computing') : t('suggestRun')}
        </button>
      </div>
      {running && (
        <div className="cc-progress" data-testid="suggest-progress">
          <progress max={1} value={j?.progress ?? 0} />
          <span>
            {pct(j?.progress ?? 0)} · {stageLabel(j?.stage ?? 'queued', t)}
          </span>
          <button
            type="button"
            disabled={cancelled.loading}
            onClick={() => jobId && void cancel({ variables: { id: jobId } })}
            data-testid="suggest-cancel"
          >
            {t('cancel')}
          </button>
        </div>
      )}
      {preliminary && (
        <p className="cc-muted" data-testid="suggest-preliminary">
          {t('suggestPreliminary', { gained: n(preliminary.newlyCoveredOlder), gap: pct(preliminary.gap) })}
        </p>
      )}
      {started.error && <ErrorPanel error={started.error} />}
      {job.error && <ErrorPanel error={job.error} />}
      {cancelled.error && <ErrorPanel error={cancelled.error} />}
      {j?.status === 'FAILED' && (
        <p className={j.stage === 'cancelled' ? 'cc-muted' : 'cc-field-error'} data-testid="suggest-failed">
          {stageLabel(j.stage, t)}
          {j.error && j.stage !== 'cancelled' ? `: ${j.error}` : ''}
        </p>
      )}
      {result && (
        <>
          {jobWalking && (
            <p className="cc-muted" style={{ fontSize: 12, margin: '6px 0 0' }} data-testid="suggest-walking">
              {t('measuredWith', { walking: walkingLine(jobWalking, t, n) })}
            </p>
          )}
          {stale && (
            <p className="cc-notice" data-testid="suggest-stale">
              {t('staleResult')}
            </p>
          )}
          <p data-testid="suggest-result">
            {t('suggestResult', {
              gained: n(result.newlyCoveredOlder),
              before: n(result.uncoveredOlderBefore),
              solver: solverLabel(result.solver, t),
            })}
            {!result.optimal && ` ${t('suggestGap', { gap: pct(result.gap) })}`}
          </p>
          <ol className="cc-gap-list" data-testid="suggested-sites">
            {result.sites.map((s) => {
              const lonLat = (s.location as GeoJSON.Point).coordinates as [number, number];
              return (
                <li key={s.rank}>
                  <button type="button" className="cc-link" onClick={() => map?.easeTo({ center: lonLat, zoom: 15, duration: 250 })}>
                    <strong>
                      {[s.community?.name, s.nearestRoad && t('nearRoad', { road: s.nearestRoad })].filter(Boolean).join(' · ')}
                    </strong>
                    <br />
                    {t('siteItem', { rank: s.rank, older: n(s.newlyCoveredOlder) })}
                  </button>{' '}
                  <button type="button" onClick={() => onAddStation(lonLat)} data-testid={`site-add-${s.rank}`}>
                    {t('addToScenario')}
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="cc-row">
            <button type="button" onClick={() => save('xlsx')} data-testid="sites-xlsx">
              {t('exportXlsx')}
            </button>
            <button type="button" onClick={() => save('csv')} data-testid="sites-csv">
              {t('exportCsv')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
