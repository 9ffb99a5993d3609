import { saveCsv, saveXlsx, useFormat, useLang, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../gql/index.js';
import type { CompareScenarioQuery as CompareScenarioResult, CoverageGroup } from '../gql/graphql.js';
import { exportFileName, walkingParamsSheet } from '../export/walking-params.js';
import { coverageMessages } from './coverage-messages.js';
import { groupLabel } from './group-labels.js';
import { scenarioMessages } from './scenario-messages.js';
import { profileLabel, sameWalking, walkingLine, type AnalysisWalking } from './walking-panel.js';

/** A scenario, given by its changes or saved, compared with the registry. */
export const CompareScenarioQuery = graphql(`
  query CompareScenario($changes: [ScenarioChangeInput!], $scenarioId: ID, $minutes: Float, $speed: Float, $profile: WalkProfile!) {
    compareScenario(changes: $changes, scenarioId: $scenarioId, minutes: $minutes, speed: $speed, profile: $profile) {
      baseline {
        completeCircles
        dataRevision
        groups {
          group
          coveredOlder
          totalOlder
          share
        }
      }
      scenario {
        completeCircles
        groups {
          group
          coveredOlder
          totalOlder
          share
        }
      }
      changedAreas {
        residentialAreaId
        group
        older
        coveredBefore
        coveredAfter
      }
      divisionChanges {
        division {
          id
          name
        }
        group
        gainedOlder
        gainedAreas
        lostOlder
        lostAreas
      }
    }
  }
`);

export type Comparison = CompareScenarioResult['compareScenario'];

/** One scenario column of the comparison: its name and its comparison with the registry. */
export interface ComparisonColumn {
  key: string;
  label: string;
  result: Comparison;
}

const MAIN = 'STATION_OR_CENTER' satisfies CoverageGroup;

interface Tally {
  gainedOlder: number;
  gainedAreas: number;
  lostOlder: number;
  lostAreas: number;
}
const EMPTY: Tally = { gainedOlder: 0, gainedAreas: 0, lostOlder: 0, lostAreas: 0 };

/** Areas newly within reach and no longer, per group. */
function groupTallies(result: Comparison): Map<CoverageGroup, Tally> {
  const out = new Map<CoverageGroup, Tally>();
  for (const c of result.changedAreas) {
    if (c.coveredBefore === c.coveredAfter) continue;
    const t = { ...(out.get(c.group) ?? EMPTY) };
    if (c.coveredAfter) {
      t.gainedOlder += c.older;
      t.gainedAreas++;
    } else {
      t.lostOlder += c.older;
      t.lostAreas++;
    }
    out.set(c.group, t);
  }
  return out;
}

/** The residential areas a comparison newly covers and no longer covers (station or centre), as map ids. */
export function mainFlips(result: Comparison | null | undefined): { gained: number[]; lost: number[] } {
  const flips = result?.changedAreas.filter((c) => c.group === MAIN && c.coveredBefore !== c.coveredAfter) ?? [];
  return {
    gained: flips.filter((c) => c.coveredAfter).map((c) => Number(c.residentialAreaId)),
    lost: flips.filter((c) => c.coveredBefore).map((c) => Number(c.residentialAreaId)),
  };
}

/** Marks a comparison's gained and lost residential areas on the map (or none). */
export function useFlipHighlight(map: MlMap | null, result: Comparison | null | undefined) {
  useEffect(() => {
    if (!map || !map.getLayer('planner-scenario-gained')) return;
    const { gained, lost } = mainFlips(result);
    map.setFilter('planner-scenario-gained', ['in', ['get', 'id'], ['literal', gained]]);
    map.setFilter('planner-scenario-lost', ['in', ['get', 'id'], ['literal', lost]]);
  }, [map, result]);
}

/**
 * Scenarios side by side against the registry: coverage of a station or centre, older residents
 * newly covered and no longer covered (apart), complete circles; gains and losses per service and
 * per street/town; the changed areas of the chosen column marked on the map; the street/town
 * table exported with the headers of the interface language. Says which walking parameters it was
 * computed with (`measuredWith`), and when the planner's (`walking`) have changed since.
 */
export function ScenarioComparison({
  columns,
  map,
  testId,
  walking,
  measuredWith,
  elevationLoaded,
}: {
  columns: ComparisonColumn[];
  map: MlMap | null;
  testId?: string;
  walking: AnalysisWalking;
  measuredWith: AnalysisWalking;
  elevationLoaded?: boolean | null;
}) {
  const t = useT(scenarioMessages);
  const tc = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const [shown, setShown] = useState(columns[0]?.key ?? '');
  useEffect(() => {
    if (!columns.some((c) => c.key === shown)) setShown(columns[0]?.key ?? '');
  }, [columns, shown]);
  useFlipHighlight(map, columns.find((c) => c.key === shown)?.result);
  const [divisionGroup, setDivisionGroup] = useState<CoverageGroup>(MAIN);
  const tallies = useMemo(() => columns.map((c) => groupTallies(c.result)), [columns]);
  const groups = useMemo(() => {
    const seen = new Set<CoverageGroup>();
    for (const m of tallies) for (const g of m.keys()) seen.add(g);
    // The station-or-centre group first, then the others as the API orders them.
    const order = columns[0]?.result.baseline.groups.map((g) => g.group) ?? [];
    return [...seen].sort((a, b) => (a === MAIN ? -1 : b === MAIN ? 1 : order.indexOf(a) - order.indexOf(b)));
  }, [tallies, columns]);
  const divisions = useMemo(() => {
    const rows = new Map<string, { id: string; name: string; per: Tally[] }>();
    columns.forEach((c, i) => {
      for (const d of c.result.divisionChanges) {
        if (d.group !== divisionGroup) continue;
        const row = rows.get(d.division.id) ?? { id: d.division.id, name: d.division.name, per: columns.map(() => EMPTY) };
        row.per[i] = d;
        rows.set(d.division.id, row);
      }
    });
    const net = (r: { per: Tally[] }) => Math.max(...r.per.map((p) => p.gainedOlder + p.lostOlder));
    return [...rows.values()].sort((a, b) => net(b) - net(a));
  }, [columns, divisionGroup]);
  if (!columns.length) return null;
  const base = columns[0].result.baseline;
  const main = (s: Comparison['scenario']) => s.groups.find((g) => g.group === MAIN);
  const circle = (s: Comparison['scenario']) => s.groups.find((g) => g.group === 'COMPLETE_CIRCLE');
  const tally = (i: number, g: CoverageGroup) => tallies[i].get(g) ?? EMPTY;
  const gainedText = (x: Tally) => (x.gainedAreas ? t('gainedCell', { older: n(x.gainedOlder), areas: x.gainedAreas }) : t('noChange'));
  const lostText = (x: Tally) => (x.lostAreas ? t('lostCell', { older: n(x.lostOlder), areas: x.lostAreas }) : t('noChange'));
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : v < 0 ? `−${n(-v)}` : '0');

  const save = (format: 'csv' | 'xlsx') => {
    const profile = profileLabel(measuredWith.profile, tc);
    const header = [t('division'), ...columns.flatMap((c) => [`${c.label} ${t('gained')}`, `${c.label} ${t('lost')}`]), tc('colProfile')];
    const rows = divisions.map((d) => [d.name, ...d.per.flatMap((p) => [p.gainedOlder, p.lostOlder]), profile]);
    const file = exportFileName(`${t('fileName')}-${groupLabel(divisionGroup, lang)}`, measuredWith, tc);
    if (format === 'xlsx')
      void saveXlsx(`${file}.xlsx`, t('byDivision'), header, rows, [
        walkingParamsSheet(measuredWith, { elevationLoaded, revision: columns[0].result.baseline.dataRevision }, tc, lang),
      ]);
    else saveCsv(`${file}.csv`, header, rows);
  };

  return (
    <div className="cc-scenario-compare" data-testid={testId ?? 'scenario-comparison'}>
      <p className="cc-muted" style={{ fontSize: 12, margin: '0 0 4px' }} data-testid="comparison-walking">
        {tc('measuredWith', { walking: walkingLine(measuredWith, tc, n) })}
      </p>
      {!sameWalking(measuredWith, walking) && (
        <p className="cc-notice" data-testid="comparison-stale">
          {tc('staleResult')}
        </p>
      )}
      <table className="cc-table cc-compact">
        <thead>
          <tr>
            <th>{t('metric')}</th>
            <th>{t('today')}</th>
            {columns.map((c) => (
              <th key={c.key} data-testid="comparison-column">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('shareMain')}</th>
            <td>{pct(main(base)?.share)}</td>
            {columns.map((c) => (
              <td key={c.key}>{pct(main(c.result.scenario)?.share)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('coveredMain')}</th>
            <td>{n(main(base)?.coveredOlder)}</td>
            {columns.map((c) => (
              <td key={c.key}>{n(main(c.result.scenario)?.coveredOlder)}</td>
            ))}
          </tr>
          <tr className="cc-gain">
            <th scope="row">{t('gained')}</th>
            <td>—</td>
            {columns.map((c, i) => (
              <td key={c.key} data-testid="comparison-gained">
                {gainedText(tally(i, MAIN))}
              </td>
            ))}
          </tr>
          <tr className="cc-loss">
            <th scope="row">{t('lost')}</th>
            <td>—</td>
            {columns.map((c, i) => (
              <td key={c.key} data-testid="comparison-lost">
                {lostText(tally(i, MAIN))}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('net')}</th>
            <td>—</td>
            {columns.map((c, i) => (
              <td key={c.key}>{signed(tally(i, MAIN).gainedOlder - tally(i, MAIN).lostOlder)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('circles')}</th>
            <td>{n(base.completeCircles)}</td>
            {columns.map((c) => (
              <td key={c.key}>{n(c.result.scenario.completeCircles)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('circleShare')}</th>
            <td>{pct(circle(base)?.share)}</td>
            {columns.map((c) => (
              <td key={c.key}>{pct(circle(c.result.scenario)?.share)}</td>
            ))}
          </tr>
        </tbody>
      </table>

      {groups.length > 0 && (
        <>
          <h4>{t('byGroup')}</h4>
          <table className="cc-table cc-compact" data-testid="comparison-groups">
            <thead>
              <tr>
                <th>{t('group')}</th>
                {columns.map((c) => (
                  <th key={c.key}>{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g}>
                  <th scope="row">{groupLabel(g, lang)}</th>
                  {columns.map((c, i) => (
                    <td key={c.key}>
                      <span className="cc-gain">{gainedText(tally(i, g))}</span>
                      <br />
                      <span className="cc-loss">{lostText(tally(i, g))}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <div className="cc-row" style={{ justifyContent: 'space-between', marginTop: 8 }}>
        <h4 style={{ margin: 0 }}>{t('byDivision')}</h4>
        <select value={divisionGroup} onChange={(e) => setDivisionGroup(e.target.value as CoverageGroup)} aria-label={t('group')}>
          {(groups.length ? groups : [MAIN as CoverageGroup]).map((g) => (
            <option key={g} value={g}>
              {groupLabel(g, lang)}
            </option>
          ))}
        </select>
      </div>
      {divisions.length === 0 ? (
        <p className="cc-muted">{t('noChange')}</p>
      ) : (
        <table className="cc-table cc-compact" data-testid="comparison-divisions">
          <thead>
            <tr>
              <th>{t('division')}</th>
              {columns.map((c) => (
                <th key={c.key}>{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {divisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                {d.per.map((p, i) => (
                  <td key={columns[i].key}>
                    {p.gainedAreas > 0 && (
                      <span className="cc-gain">{t('gainedCell', { older: n(p.gainedOlder), areas: p.gainedAreas })}</span>
                    )}
                    {p.gainedAreas > 0 && p.lostAreas > 0 && <br />}
                    {p.lostAreas > 0 && <span className="cc-loss">{t('lostCell', { older: n(p.lostOlder), areas: p.lostAreas })}</span>}
                    {!p.gainedAreas && !p.lostAreas && <span className="cc-muted">{t('noChange')}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="cc-row cc-no-print" style={{ marginTop: 6 }}>
        {columns.length > 1 && (
          <label>
            {t('showOnMap')}{' '}
            <select value={shown} onChange={(e) => setShown(e.target.value)} data-testid="comparison-shown">
              {columns.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" disabled={!divisions.length} onClick={() => save('xlsx')} data-testid="comparison-xlsx">
          {t('exportXlsx')}
        </button>
        <button type="button" disabled={!divisions.length} onClick={() => save('csv')} data-testid="comparison-csv">
          {t('exportCsv')}
        </button>
      </div>
    </div>
  );
}
