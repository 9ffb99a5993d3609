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
import { CHOROPLETH_CLASSES, LOSS_CLASSES } from '../map/planner-style.js';
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
      groups {
        group
        coveredOlder
        totalOlder
        share
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

type Groups = PlannerRankingQuery['coverage']['groups'];

/**
 * What a profile loses against STANDARD in one group: the older residents STANDARD covers and the
 * profile does not (net; negative would be a gain), and that as a share of all older residents of
 * the division, i.e. the drop of the coverage share.
 */
export interface Loss {
  older: number;
  share: number | null;
}

/** The loss of each ranked group between two answers for the same division (the profile's and STANDARD's). */
export function lossOf(groups: Groups, standard: Groups): Record<RankedGroup, Loss> {
  return Object.fromEntries(
    RANKED_GROUPS.map((group) => {
      const here = groups.find((g) => g.group === group);
      const std = standard.find((g) => g.group === group);
      const older = (std?.coveredOlder ?? 0) - (here?.coveredOlder ?? 0);
      const total = here?.totalOlder ?? std?.totalOlder ?? 0;
      return [group, { older, share: total ? older / total : null }];
    }),
  ) as Record<RankedGroup, Loss>;
}

/** One street/town of the ranking. */
export interface RankingRow {
  id: string;
  name: string;
  level: DivisionLevel;
  older: number;
  covered: number;
  share: Record<RankedGroup, number | null>;
  circles: number;
  /** Against STANDARD, when the ranking is of another profile and STANDARD's answer is in; else null. */
  loss: Record<RankedGroup, Loss> | null;
}

/** The rows of the ranking; with `standard` (the same ranking under STANDARD), each with its loss against it. */
export function rankingRows(data: PlannerRankingQuery | undefined, standard?: PlannerRankingQuery | null): RankingRow[] {
  const std = new Map((standard?.coverage.children ?? []).filter((c) => c.division).map((c) => [c.division!.id, c.groups]));
  return (data?.coverage.children ?? [])
    .filter((c) => c.division)
    .map((c) => {
      const g = (group: RankedGroup) => c.groups.find((x) => x.group === group);
      const main = g('STATION_OR_CENTER');
      const stdGroups = std.get(c.division!.id);
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
        loss: stdGroups ? lossOf(c.groups, stdGroups) : null,
      };
    });
}

/** The district's loss against STANDARD (from the top of the two rankings), or null. */
export function districtLoss(data: PlannerRankingQuery | undefined, standard?: PlannerRankingQuery | null) {
  return data && standard ? lossOf(data.coverage.groups, standard.coverage.groups) : null;
}

/** A share drop in percentage points, in the interface language ("4.2个百分点", "4.2 points"). */
export function pointsText(share: number | null | undefined, lang: Lang, t: (k: 'percentPoints', p: Record<string, string>) => string) {
  if (share == null) return '—';
  return t('percentPoints', { v: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(share * 100) });
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

/** The legend entries of the loss classes (percentage points lost against STANDARD), in the interface language. */
export function lossLegend(lang: Lang, t: (k: 'lossNone' | 'lossBelow' | 'lossRange' | 'lossAbove', p?: Record<string, string>) => string) {
  const pp = (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(v * 100);
  return LOSS_CLASSES.map((c, i) => {
    const next = LOSS_CLASSES[i + 1];
    const text =
      i === 0
        ? t('lossNone')
        : i === 1
          ? t('lossBelow', { to: pp(next!.from) })
          : next
            ? t('lossRange', { from: pp(c.from), to: pp(next.from) })
            : t('lossAbove', { from: pp(c.from) });
    return { key: `loss${i}`, label: text, color: c.color };
  });
}

/**
 * The ranking's query, shared with the map (choropleth) and the exports: one coverage query for the
 * chosen profile and, for another profile than STANDARD, one for STANDARD (the losses against it).
 */
export function useRanking(walking: Walking | null) {
  const variables = { minutes: walking?.minutes, speed: walking?.speed, staffedOnly: walking?.staffedOnly ?? false };
  const current = useQuery(PlannerRankingQuery, { variables: { ...variables, profile: walking?.profile ?? 'STANDARD' }, skip: !walking });
  const compare = !!walking && walking.profile !== 'STANDARD';
  const standard = useQuery(PlannerRankingQuery, { variables: { ...variables, profile: 'STANDARD' }, skip: !compare });
  return {
    data: current.data,
    loading: current.loading,
    error: current.error,
    /** STANDARD's answer while another profile is chosen, else undefined. */
    standard: compare ? standard.data : undefined,
    standardLoading: compare && standard.loading,
    standardError: compare ? standard.error : undefined,
  };
}

/** What the choropleth shows: the coverage share, or the loss against STANDARD (another profile chosen). */
export type ChoroplethMode = 'share' | 'loss';

/**
 * Paints the choropleth: each street/town's share of the chosen group, or its loss against
 * STANDARD, as feature state of the basemap's divisions (`share` or `loss`; the other is cleared).
 */
export function useChoropleth(map: MlMap | null, rows: RankingRow[], group: RankedGroup, on: boolean, mode: ChoroplethMode = 'share') {
  useEffect(() => {
    if (!map) return;
    for (const r of rows)
      map.setFeatureState(
        { source: 'base', sourceLayer: 'divisions', id: Number(r.id) },
        {
          share: on && mode === 'share' ? r.share[group] : null,
          loss: on && mode === 'loss' && r.loss ? r.loss[group].share : null,
        },
      );
  }, [map, rows, group, on, mode]);
}

/** A column of the ranking with the value its exports carry. */
type RankingColumn = Column<RankingRow> & { value: (r: RankingRow) => unknown };

/**
 * Every street/town of the district ranked: older residents, covered and not covered, the share
 * per group and complete circles; with a profile other than STANDARD, the older residents it covers
 * fewer than standard walking and the drop of the share; sortable; a click on a row selects and
 * frames the division.
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
  const compared = !!walking && walking.profile !== 'STANDARD';
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
      ...(compared
        ? [
            {
              key: 'lost',
              header: t('lost'),
              cell: (r) => (r.loss ? n(r.loss.STATION_OR_CENTER.older) : '…'),
              align: 'right',
              sortValue: (r) => r.loss?.STATION_OR_CENTER.older,
              value: (r) => r.loss?.STATION_OR_CENTER.older ?? '',
            } satisfies RankingColumn,
            {
              key: 'lostShare',
              header: t('lostShare'),
              cell: (r) => (r.loss ? pointsText(r.loss.STATION_OR_CENTER.share, lang, tc) : '…'),
              align: 'right',
              nowrap: true,
              sortValue: (r) => r.loss?.STATION_OR_CENTER.share,
              value: (r) => (r.loss ? pointsText(r.loss.STATION_OR_CENTER.share, lang, tc) : ''),
            } satisfies RankingColumn,
          ]
        : []),
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
    [t, tc, lang, n, pct, compared],
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
        {compared && walking && ` ${t('lostNote', { profile: profileLabel(walking.profile, tc) })}`}
      </p>
    </section>
  );
}
