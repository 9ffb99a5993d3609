import { useQuery } from '@apollo/client/react';
import { DataTable, ErrorPanel, label, saveCsv, saveXlsx, useFormat, useLang, useT, type Column, type Lang } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo } from 'react';
import { graphql } from '../gql/index.js';
import type { CoverageGroup, DivisionLevel, PlannerRankingQuery } from '../gql/graphql.js';
import { coverageMessages } from '../coverage/coverage-messages.js';
import { groupLabel } from '../coverage/group-labels.js';
import { profileLabel, walkingLine, type Walking } from '../coverage/walking-panel.js';
import { exportFileName, walkingParamsSheet } from '../export/walking-params.js';
import { CHOROPLETH_CLASSES } from '../map/planner-style.js';
import { rankingMessages } from './ranking-messages.js';

const PlannerRankingQuery = graphql(`
  query PlannerRanking($minutes: Float, $speed: Float, $staffedOnly: Boolean, $profile: WalkProfile!) {
    coverage(minutes: $minutes, speed: $speed, staffedOnly: $staffedOnly, profile: $profile) {
      profile
      elevationLoaded
      completeCircles
      circleTarget
      dataRevision
      division {
        id
        name
      }
      children {
        division {
          id
          name
          level
        }
        completeCircles
        groups {
          group
          coveredOlder
          totalOlder
          share
        }
      }
    }
  }
`);

/** The groups the ranking shows a share of, and the choropleth may be classed by. */
export const RANKED_GROUPS = ['STATION_OR_CENTER', 'MEDICAL', 'COMPLETE_CIRCLE'] as const satisfies readonly CoverageGroup[];
export type RankedGroup = (typeof RANKED_GROUPS)[number];

/** One street/town of the ranking. */
export interface RankingRow {
  id: string;
  name: string;
  level: DivisionLevel;
  older: number;
  covered: number;
  share: Record<RankedGroup, number | null>;
  circles: number;
}

export function rankingRows(data: PlannerRankingQuery | undefined): RankingRow[] {
  return (data?.coverage.children ?? [])
    .filter((c) => c.division)
    .map((c) => {
      const g = (group: RankedGroup) => c.groups.find((x) => x.group === group);
      const main = g('STATION_OR_CENTER');
      return {
        id: c.division!.id,
        name: c.division!.name,
        level: c.division!.level,
        older: main?.totalOlder ?? 0,
        covered: main?.coveredOlder ?? 0,
        share: {
          STATION_OR_CENTER: main?.share ?? null,
          MEDICAL: g('MEDICAL')?.share ?? null,
          COMPLETE_CIRCLE: g('COMPLETE_CIRCLE')?.share ?? null,
        },
        circles: c.completeCircles,
      };
    });
}

/** The legend entries of the choropleth classes, in the interface language. */
export function choroplethLegend(lang: Lang, t: (k: 'classBelow' | 'classRange' | 'classAbove', p?: Record<string, string>) => string) {
  const pct = (v: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(v);
  return CHOROPLETH_CLASSES.map((c, i) => {
    const next = CHOROPLETH_CLASSES[i + 1];
    const text =
      i === 0
        ? t('classBelow', { to: pct(next!.from) })
        : next
          ? t('classRange', { from: pct(c.from), to: pct(next.from) })
          : t('classAbove', { from: pct(c.from) });
    return { key: `class${i}`, label: text, color: c.color };
  });
}

/** The ranking's query, shared with the map (choropleth) and the exports. */
export function useRanking(walking: Walking | null) {
  return useQuery(PlannerRankingQuery, {
    variables: {
      minutes: walking?.minutes,
      speed: walking?.speed,
      staffedOnly: walking?.staffedOnly ?? false,
      profile: walking?.profile ?? 'STANDARD',
    },
    skip: !walking,
  });
}

/** Paints the choropleth: each street/town's share of the chosen group as feature state of the basemap's divisions. */
export function useChoropleth(map: MlMap | null, rows: RankingRow[], group: RankedGroup, on: boolean) {
  useEffect(() => {
    if (!map) return;
    for (const r of rows)
      map.setFeatureState({ source: 'base', sourceLayer: 'divisions', id: Number(r.id) }, { share: on ? r.share[group] : null });
  }, [map, rows, group, on]);
}

/** A column of the ranking with the value its exports carry. */
type RankingColumn = Column<RankingRow> & { value: (r: RankingRow) => unknown };

/**
 * Every street/town of the district ranked: older residents, covered and not covered, the share
 * per group and complete circles; sortable; a click on a row selects and frames the division.
 */
export function DivisionRanking({
  rows,
  walking,
  circles,
  revision,
  elevationLoaded,
  selectedId,
  onSelect,
  loading,
  error,
  onPrint,
}: {
  /** Prepares the printed report and opens the browser's print. */
  onPrint: () => void;
  rows: RankingRow[];
  /** The walking parameters the rows were computed with. */
  walking: Walking | null;
  circles: { n: number; target: number } | null;
  revision?: number | null;
  elevationLoaded?: boolean | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  loading: boolean;
  error?: Error;
}) {
  const t = useT(rankingMessages);
  const tc = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const columns = useMemo<RankingColumn[]>(
    () => [
      { key: 'name', header: t('division'), cell: (r) => r.name, sortValue: (r) => r.name, value: (r) => r.name },
      {
        key: 'level',
        header: t('level'),
        cell: (r) => label(r.level, lang),
        sortValue: (r) => r.level,
        nowrap: true,
        value: (r) => label(r.level, lang),
      },
      { key: 'older', header: t('older'), cell: (r) => n(r.older), align: 'right', sortValue: (r) => r.older, value: (r) => r.older },
      {
        key: 'covered',
        header: t('covered'),
        cell: (r) => n(r.covered),
        align: 'right',
        sortValue: (r) => r.covered,
        value: (r) => r.covered,
      },
      {
        key: 'uncovered',
        header: t('uncovered'),
        cell: (r) => n(r.older - r.covered),
        align: 'right',
        sortValue: (r) => r.older - r.covered,
        value: (r) => r.older - r.covered,
      },
      ...RANKED_GROUPS.map((g): RankingColumn => ({
        key: `share:${g}`,
        header: groupLabel(g, lang),
        cell: (r) => (r.share[g] == null ? t('noData') : pct(r.share[g])),
        align: 'right',
        sortValue: (r) => r.share[g],
        value: (r) => (r.share[g] == null ? t('noData') : pct(r.share[g])),
      })),
      {
        key: 'circles',
        header: t('circles'),
        cell: (r) => n(r.circles),
        align: 'right',
        sortValue: (r) => r.circles,
        value: (r) => r.circles,
      },
    ],
    [t, lang, n, pct],
  );
  // Exports carry the table's headers and values in the interface language (Chinese by default), never
  // enum codes; each row says which profile it was computed with, and the workbook has the parameters.
  const save = (format: 'csv' | 'xlsx') => {
    if (!walking) return;
    const profile = profileLabel(walking.profile, tc);
    const header = [...columns.map((c) => c.header), tc('colProfile')];
    const ordered = [...rows].sort((a, b) => b.older - b.covered - (a.older - a.covered));
    const data = ordered.map((r) => [...columns.map((c) => c.value(r)), profile]);
    const file = exportFileName(t('title'), walking, tc);
    if (format === 'xlsx')
      void saveXlsx(`${file}.xlsx`, t('title'), header, data, [walkingParamsSheet(walking, { elevationLoaded, revision }, tc, lang)]);
    else saveCsv(`${file}.csv`, header, data);
  };
  if (error) return <ErrorPanel error={error} />;
  return (
    <section className="cc-ranking" data-testid="division-ranking" aria-label={t('title')}>
      <div className="cc-row" style={{ justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0 }}>
          {t('title')}{' '}
          {walking && (
            <small className="cc-muted" style={{ fontWeight: 'normal' }} data-testid="ranking-walking">
              {walkingLine(walking, tc, n)}
            </small>
          )}
        </h3>
        {circles && <span data-testid="district-circles">{t('districtCircles', { n: n(circles.n), target: n(circles.target) })}</span>}
        <span className="cc-row cc-no-print">
          <button type="button" disabled={!rows.length} onClick={() => save('xlsx')} data-testid="ranking-xlsx">
            {t('exportXlsx')}
          </button>
          <button type="button" disabled={!rows.length} onClick={() => save('csv')} data-testid="ranking-csv">
            {t('exportCsv')}
          </button>
          <button type="button" onClick={onPrint} data-testid="print-report">
            {t('print')}
          </button>
        </span>
      </div>
      {loading && rows.length === 0 ? (
        <p className="cc-muted">…</p>
      ) : (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(r) => r.id}
          onSelect={(r) => onSelect(r.id)}
          selectedKey={selectedId}
          initialSort={{ key: 'share:STATION_OR_CENTER', dir: 'asc' }}
          testId="ranking-table"
        />
      )}
      <p className="cc-muted" style={{ fontSize: 12, margin: 0 }}>
        {t('approvedOnly')}
      </p>
    </section>
  );
}
