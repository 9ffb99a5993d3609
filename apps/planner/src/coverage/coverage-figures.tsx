import { useQuery } from '@apollo/client/react';
import { BarChart, useFormat, useLang, useT } from '@carecircle/ui';
import { pointsText, type Loss } from '../divisions/division-ranking.js';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import { groupLabel } from './group-labels.js';
import { profileLabel, type Walking } from './walking-panel.js';

const DivisionCoverageQuery = graphql(`
  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float, $staffedOnly: Boolean, $profile: WalkProfile!) {
    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed, staffedOnly: $staffedOnly, profile: $profile) {
      profile
      method
      meters
      completeCircles
      circleTarget
      straightLineAreas
      groups {
        group
        coveredOlder
        totalOlder
        share
      }
    }
  }
`);

/**
 * Walking coverage of a division: covered and uncovered older residents, per group, and complete circles against the target;
 * with a profile other than STANDARD, the older residents it covers fewer than standard walking (`loss`, of a station or
 * centre; undefined or null while unknown). `walking` is null until the server's defaults are known.
 */
export function CoverageFigures({ divisionId, walking, loss }: { divisionId: string | null; walking: Walking | null; loss?: Loss | null }) {
  const t = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const minutes = walking?.minutes;
  const title = minutes == null ? t('walkingCoverage') : t('coverage', { minutes });
  const { data, error, loading } = useQuery(DivisionCoverageQuery, {
    variables: {
      divisionId,
      minutes,
      speed: walking?.speed,
      staffedOnly: walking?.staffedOnly ?? false,
      profile: walking?.profile ?? 'STANDARD',
    },
    skip: !walking,
  });
  if (error)
    return (
      <>
        <dt>{title}</dt>
        <dd className="cc-field-error">{error.message}</dd>
      </>
    );
  if (!data)
    return (
      <>
        <dt>{title}</dt>
        <dd className="cc-muted">{loading || !walking ? '…' : '—'}</dd>
      </>
    );
  const c = data.coverage;
  const main = c.groups.find((g) => g.group === 'STATION_OR_CENTER') ?? c.groups[0];
  return (
    <>
      <dt>{title}</dt>
      <dd data-testid="coverage-share">
        <strong>{pct(main?.share)}</strong>
      </dd>
      <dt>{t('covered')}</dt>
      <dd data-testid="covered-older">{n(main?.coveredOlder)}</dd>
      <dt>{t('uncovered')}</dt>
      <dd data-testid="uncovered-older">{n(main ? main.totalOlder - main.coveredOlder : null)}</dd>
      {c.profile !== 'STANDARD' && (
        <>
          <dt title={t('lostHint', { profile: profileLabel(c.profile, t) })}>{t('lostVsStandard')}</dt>
          <dd data-testid="lost-older">{loss ? t('lostValue', { older: n(loss.older), points: pointsText(loss.share, lang, t) }) : '…'}</dd>
        </>
      )}
      {/* The target of 151 is the district's: a street/town shows its own count only. */}
      <dt>{divisionId ? t('circlesHere') : t('circles')}</dt>
      <dd>{divisionId ? n(c.completeCircles) : `${n(c.completeCircles)} / ${n(c.circleTarget)}`}</dd>
      <dt>{t('method')}</dt>
      <dd>{c.method === 'NETWORK' ? t('network') : t('straightLine')}</dd>
      <dd style={{ gridColumn: '1 / span 2', textAlign: 'left' }}>
        <BarChart
          title={t('byGroup')}
          max={1}
          format={(v) => pct(v)}
          bars={c.groups.map((g) => ({
            label: groupLabel(g.group, lang),
            value: g.share ?? 0,
            color: g.group === 'COMPLETE_CIRCLE' ? '#2b8a3e' : '#1c7ed6',
          }))}
        />
      </dd>
    </>
  );
}
