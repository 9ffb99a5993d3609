import { useQuery } from '@apollo/client/react';
import { BarChart, ErrorPanel, FACILITY_KIND_LIST, FACILITY_SYMBOLS, label, useFormat, useLang, useT } from '@carecircle/ui';
import type { ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { messages } from '../messages.js';

export const DivisionFiguresFragment = graphql(`
  fragment DivisionFigures_Dashboard on DashboardFigures {
    division {
      id
      name
      level
    }
    olderPopulation
    beds
    nursingBeds
    occupiedBeds
    occupancyRate
    careInstitutions
    signedCareInstitutions
    signingCoverage
    facilityCounts {
      kind
      status
      count
    }
  }
`);

const DivisionFiguresQuery = graphql(`
  query DivisionFigures($id: ID) {
    dashboard(divisionId: $id) {
      ...DivisionFigures_Dashboard
      children {
        division {
          id
          name
        }
        olderPopulation
      }
    }
  }
`);

function Figures({ figures, children }: { figures: FragmentType<typeof DivisionFiguresFragment>; children?: ReactNode }) {
  const d = getFragmentData(DivisionFiguresFragment, figures);
  const t = useT(messages);
  const lang = useLang();
  const { n, pct } = useFormat();
  // Facilities that exist or are being registered: closed and rejected ones are left out.
  const counts = FACILITY_KIND_LIST.map((kind) => ({
    label: label(kind, lang),
    value: d.facilityCounts
      .filter((c) => c.kind === kind && c.status !== 'CLOSED' && c.status !== 'REJECTED')
      .reduce((a, c) => a + c.count, 0),
    color: FACILITY_SYMBOLS[kind].color,
  }));
  return (
    <div data-testid="division-figures">
      <h3>{d.division ? t('divisionTitle', { name: d.division.name, level: label(d.division.level, lang) }) : t('overview')}</h3>
      <dl className="cc-figures">
        <dt>{t('olderPopulation')}</dt>
        <dd>{n(d.olderPopulation)}</dd>
        {children}
        <dt>{t('beds')}</dt>
        <dd>{n(d.beds)}</dd>
        <dt>{t('nursingBeds')}</dt>
        <dd>{n(d.nursingBeds)}</dd>
        <dt>{t('occupancy')}</dt>
        <dd>{pct(d.occupancyRate)}</dd>
        <dt>{t('careInstitutions')}</dt>
        <dd>{n(d.careInstitutions)}</dd>
        <dt>{t('signing')}</dt>
        <dd>
          {pct(d.signingCoverage)} ({n(d.signedCareInstitutions)}/{n(d.careInstitutions)})
        </dd>
      </dl>
      <BarChart title={t('facilitiesByKind')} bars={counts} />
      {/* Registry counts differ from coverage, which counts approved facilities only: say so. */}
      <p className="cc-muted" style={{ fontSize: 12, margin: '2px 0 0' }} data-testid="counts-note">
        {t('countsNote')}
      </p>
    </div>
  );
}

/** Registry figures of a street/town (or the whole district), with a chart of facilities by kind. */
export function DivisionFigures({
  divisionId,
  divisionName,
  coverage,
}: {
  divisionId: string | null;
  /** The name when known before the figures arrive, so the heading answers at once. */
  divisionName?: string | null;
  coverage?: ReactNode;
}) {
  const t = useT(messages);
  const { n } = useFormat();
  const { data, error, loading } = useQuery(DivisionFiguresQuery, { variables: { id: divisionId } });
  if (error) return <ErrorPanel error={error} />;
  if (!data)
    return (
      <div data-testid="division-figures">
        {divisionName && <h3>{divisionName}</h3>}
        <p className="cc-muted">{loading ? t('loading') : ''}</p>
      </div>
    );
  return (
    <>
      <Figures figures={data.dashboard}>{coverage}</Figures>
      {!divisionId && (
        <BarChart
          title={t('byStreet')}
          bars={data.dashboard.children.map((c) => ({ label: c.division?.name ?? '—', value: c.olderPopulation }))}
          format={(v) => n(v)}
        />
      )}
    </>
  );
}
