import { useQuery } from '@apollo/client/react';
import { BarChart, useFormat, useLang, useT } from '@carecircle/ui';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import { groupLabel } from './group-labels.js';

const DivisionCoverageQuery = graphql(`
  query DivisionCoverage($divisionId: ID, $minutes: Float, $speed: Float) {
    coverage(divisionId: $divisionId, minutes: $minutes, speed: $speed) {
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

/** Walking coverage of a division: covered and uncovered older residents, per group, and complete circles against the target. */
export function CoverageFigures({ divisionId, minutes, speed }: { divisionId: string | null; minutes: number; speed: number }) {
  const t = useT(coverageMessages);
  const lang = useLang();
  const { n, pct } = useFormat();
  const { data, error, loading } = useQuery(DivisionCoverageQuery, { variables: { divisionId, minutes, speed } });
  if (error)
    return (
      <>
        <dt>{t('coverage')}</dt>
        <dd className="cc-field-error">{error.message}</dd>
      </>
    );
  if (!data)
    return (
      <>
        <dt>{t('coverage')}</dt>
        <dd className="cc-muted">{loading ? '…' : '—'}</dd>
      </>
    );
  const c = data.coverage;
  const main = c.groups.find((g) => g.group === 'STATION_OR_CENTER') ?? c.groups[0];
  return (
    <>
      <dt>{t('coverage', { minutes })}</dt>
      <dd data-testid="coverage-share">
        <strong>{pct(main?.share)}</strong>
      </dd>
      <dt>{t('covered')}</dt>
      <dd>{n(main?.coveredOlder)}</dd>
      <dt>{t('uncovered')}</dt>
      <dd data-testid="uncovered-older">{n(main ? main.totalOlder - main.coveredOlder : null)}</dd>
      <dt>{t('circles')}</dt>
      <dd>
        {n(c.completeCircles)} / {n(c.circleTarget)}
      </dd>
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
