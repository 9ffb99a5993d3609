import { useQuery } from '@apollo/client/react';
import { Legend, NorthArrow, ScaleBarView, label, useFormat, useLang, useT, type LegendItem, type ScaleBar } from '@carecircle/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from '../coverage/coverage-messages.js';
import { zoneName } from '../coverage/gap-zones.js';
import { groupLabel } from '../coverage/group-labels.js';
import { solverLabel } from '../coverage/job-labels.js';
import type { SiteSuggestionOutcome } from '../coverage/site-suggestions.js';
import { WALK_PROFILES, profileLabel, sameWalking, walkingLine, type Walking } from '../coverage/walking-panel.js';
import { RANKED_GROUPS, lossOf, pointsText } from '../divisions/division-ranking.js';
import { rankingMessages } from '../divisions/ranking-messages.js';
import { reportMessages } from './report-messages.js';

const ReportCoverageQuery = graphql(`
  query ReportCoverage($divisionId: ID, $minutes: Float, $speed: Float, $profile: WalkProfile!) {
    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed, profile: $profile) {
      dataRevision
      minutes
      speed
      meters
      profile
      elevationLoaded
      method
      completeCircles
      circleTarget
      division {
        id
        name
        level
      }
      groups {
        group
        coveredOlder
        totalOlder
        share
      }
      children {
        completeCircles
        division {
          id
          name
          level
        }
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

const ReportGapsQuery = graphql(`
  query ReportGaps($divisionId: ID, $minutes: Float, $speed: Float, $profile: WalkProfile!) {
    gapZones(group: STATION_OR_CENTER, divisionId: $divisionId, minutes: $minutes, speed: $speed, limit: 100, profile: $profile) {
      rank
      uncoveredOlder
      areaCount
      worstMeters
      communityNames
    }
  }
`);

/** The map as it was when the report was asked for: its picture, scale bar and bearing. */
export interface ReportMap {
  image: string;
  bar: ScaleBar;
  bearing: number;
  /** Asked for at (the report's date). */
  at: Date;
}

const GAPS_LISTED = 40;

/**
 * The printed report of the district or a selected street/town: title, scope, date and data
 * revision, the walking parameters and profile, the map with its legend, scale bar and north arrow,
 * coverage figures, the coverage table of the divisions below (with a profile other than STANDARD,
 * what it covers fewer than standard walking), the gap zones and the site suggestions computed.
 * Shown only in print; `onReady` is called once everything has loaded (then the browser's print starts).
 */
export function PlannerReport({
  divisionId,
  walking,
  map,
  legend,
  suggestion,
  onReady,
}: {
  divisionId: string | null;
  walking: Walking;
  map: ReportMap;
  legend: LegendItem[];
  suggestion: SiteSuggestionOutcome | null;
  onReady: () => void;
}) {
  const t = useT(reportMessages);
  const tr = useT(rankingMessages);
  const tc = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const vars = { divisionId, minutes: walking.minutes, speed: walking.speed, profile: walking.profile };
  const compared = walking.profile !== 'STANDARD';
  const coverage = useQuery(ReportCoverageQuery, { variables: vars });
  // With another profile, STANDARD's figures too: what the profile covers fewer.
  const standard = useQuery(ReportCoverageQuery, { variables: { ...vars, profile: 'STANDARD' }, skip: !compared });
  const gaps = useQuery(ReportGapsQuery, { variables: vars });
  const [imageLoaded, setImageLoaded] = useState(false);
  const c = coverage.data?.coverage;
  const std = compared ? standard.data?.coverage : null;
  const zones = gaps.data?.gapZones;
  const ready = !!c && !!zones && (!compared || !!std) && imageLoaded;
  useEffect(() => {
    if (ready) onReady();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per report, when it is complete
  }, [ready]);
  if (!c || !zones || (compared && !std)) return <p className="cc-muted">{t('preparing')}</p>;
  const loss = std ? lossOf(c.groups, std.groups) : null;
  const stdChildren = new Map((std?.children ?? []).map((ch) => [ch.division?.id, ch.groups]));
  const childLoss = (ch: (typeof c.children)[number]) => {
    const g = stdChildren.get(ch.division?.id);
    return g ? lossOf(ch.groups, g).STATION_OR_CENTER : null;
  };
  const lossText = (l: { older: number; share: number | null } | null | undefined) =>
    l ? tc('lostValue', { older: n(l.older), points: pointsText(l.share, lang, tc) }) : '—';
  const scopeName = c.division && divisionId ? c.division.name : (c.division?.name ?? t('district'));
  const byDivision = divisionId ? t('byCommunity') : t('byDivision');
  const main = (groups: typeof c.groups) => groups.find((g) => g.group === 'STATION_OR_CENTER');
  return (
    <article className="cc-report" data-testid="report">
      <header>
        <h1>{t('title')}</h1>
        <p data-testid="report-meta">
          {t('scope', { name: scopeName })} · {t('date', { date: map.at.toLocaleDateString(lang) })} ·{' '}
          <span data-testid="report-revision">{t('revision', { revision: String(c.dataRevision) })}</span>
        </p>
        <p data-testid="report-walking">
          {t(c.profile === 'STANDARD' ? 'threshold' : 'thresholdFlat', {
            minutes: n(c.minutes),
            speed: n(c.speed),
            meters: n(Math.round(c.meters)),
          })}{' '}
          · {t('profile', { profile: profileLabel(c.profile, tc) })} · {c.method === 'NETWORK' ? t('network') : t('straightLine')}
        </p>
        <p className="cc-muted">{tc(WALK_PROFILES[c.profile].hint)}</p>
        {c.profile !== 'STANDARD' && !c.elevationLoaded && <p data-testid="report-elevation">{tc('elevationMissing')}</p>}
      </header>

      <figure className="cc-report-map">
        <div className="cc-report-map-frame">
          <img src={map.image} alt={t('mapTitle', { scope: scopeName })} onLoad={() => setImageLoaded(true)} />
          <div className="cc-report-north">
            <NorthArrow letter={t('north')} bearing={map.bearing} />
          </div>
          <div className="cc-report-scale">
            <ScaleBarView bar={map.bar} lang={lang} />
          </div>
        </div>
        <div className="cc-report-legend" data-testid="report-legend">
          <Legend items={legend} title={t('legend')} />
        </div>
        <figcaption>{t('mapTitle', { scope: scopeName })}</figcaption>
      </figure>

      <section>
        <h2>{t('figures')}</h2>
        <ReportTable
          head={[tc('byGroup'), tr('covered'), tr('older'), tr('hint'), ...(std ? [tc('lostVsStandard')] : [])]}
          rows={c.groups}
          rowKey={(g) => g.group}
          rowHeader
          cells={(g) => {
            const s = std?.groups.find((x) => x.group === g.group);
            const lost = s
              ? { older: s.coveredOlder - g.coveredOlder, share: g.totalOlder ? (s.coveredOlder - g.coveredOlder) / g.totalOlder : null }
              : null;
            return [groupLabel(g.group, lang), n(g.coveredOlder), n(g.totalOlder), pct(g.share), ...(std ? [lossText(lost)] : [])];
          }}
        />
        {loss && (
          <p data-testid="report-loss">
            {t('lossSummary', {
              profile: profileLabel(c.profile, tc),
              older: n(loss.STATION_OR_CENTER.older),
              points: pointsText(loss.STATION_OR_CENTER.share, lang, tc),
            })}
          </p>
        )}
        <p>{t('circles', { n: n(c.completeCircles), target: n(c.circleTarget) })}</p>
      </section>

      {c.children.length > 0 && (
        <section data-testid="report-divisions">
          <h2>{byDivision}</h2>
          <ReportTable
            head={[
              tr('division'),
              tr('level'),
              tr('older'),
              tr('covered'),
              tr('uncovered'),
              ...(std ? [tr('lost')] : []),
              ...RANKED_GROUPS.map((g) => groupLabel(g, lang)),
              tr('circles'),
            ]}
            rows={c.children}
            rowKey={(ch) => ch.division?.id ?? ''}
            rowHeader
            cells={(ch) => {
              const m = main(ch.groups);
              return [
                ch.division?.name,
                label(ch.division?.level, lang),
                n(m?.totalOlder),
                n(m?.coveredOlder),
                n((m?.totalOlder ?? 0) - (m?.coveredOlder ?? 0)),
                ...(std ? [lossText(childLoss(ch))] : []),
                ...RANKED_GROUPS.map((g) => {
                  const share = ch.groups.find((x) => x.group === g)?.share;
                  return share == null ? tr('noData') : pct(share);
                }),
                n(ch.completeCircles),
              ];
            }}
          />
          <p className="cc-muted">
            {t('approvedOnly')}
            {std && ` ${tr('lostNote', { profile: profileLabel(c.profile, tc) })}`}
          </p>
        </section>
      )}

      <section data-testid="report-gaps">
        <h2>{t('gaps')}</h2>
        {zones.length === 0 ? (
          <p>{t('noGaps')}</p>
        ) : (
          <ReportTable
            head={[t('gapRank'), t('gapName'), t('gapOlder'), t('gapAreas'), t('gapWorst')]}
            rows={zones.slice(0, GAPS_LISTED)}
            rowKey={(z) => z.rank}
            cells={(z) => [
              z.rank,
              zoneName(z, tc('nameSeparator'), (k) => tc('andMore', { n: k })),
              n(z.uncoveredOlder),
              n(z.areaCount),
              z.worstMeters == null ? '—' : n(Math.round(z.worstMeters)),
            ]}
          />
        )}
        {zones.length > GAPS_LISTED && <p className="cc-muted">{t('moreGaps', { n: zones.length - GAPS_LISTED })}</p>}
      </section>

      <section data-testid="report-suggestions">
        <h2>{t('suggestions')}</h2>
        {!suggestion ? (
          <p className="cc-muted">{t('noSuggestions')}</p>
        ) : (
          <>
            <p>
              {t('siteSummary', {
                gained: n(suggestion.result.newlyCoveredOlder),
                before: n(suggestion.result.uncoveredOlderBefore),
                solver: solverLabel(suggestion.result.solver, tc),
              })}
            </p>
            <p data-testid="report-suggestion-walking">
              {tc('measuredWith', { walking: walkingLine(suggestion.walking, tc, n) })}
              {!sameWalking(suggestion.walking, walking) && ` ${t('suggestionOther')}`}
            </p>
            <ReportTable
              head={[t('siteRank'), t('siteWhere'), t('siteOlder')]}
              rows={suggestion.result.sites}
              rowKey={(s) => s.rank}
              cells={(s) => [
                s.rank,
                [s.community?.name, s.nearestRoad && tc('nearRoad', { road: s.nearestRoad })].filter(Boolean).join(' · '),
                n(s.newlyCoveredOlder),
              ]}
            />
          </>
        )}
      </section>
    </article>
  );
}

/** One of the report's compact tables: a header row, then a row per item (its first cell a row header with `rowHeader`). */
function ReportTable<T>({
  head,
  rows,
  rowKey,
  cells,
  rowHeader = false,
}: {
  head: ReactNode[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  cells: (row: T) => ReactNode[];
  rowHeader?: boolean;
}) {
  return (
    <table className="cc-table cc-compact">
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const [first, ...rest] = cells(row);
          return (
            <tr key={rowKey(row)}>
              {rowHeader ? <th scope="row">{first}</th> : <td>{first}</td>}
              {rest.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
