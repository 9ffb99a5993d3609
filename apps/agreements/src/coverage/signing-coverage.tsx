import { useQuery } from '@apollo/client/react';
import { BarChart, ErrorPanel, useFormat, useT } from '@carecircle/ui';
import { graphql } from '../gql/index.js';
import { messages } from '../messages.js';

const SigningCoverageQuery = graphql(`
  query SigningCoverage {
    dashboard {
      signingCoverage
      signedCareInstitutions
      careInstitutions
      children {
        division {
          id
          name
        }
        signingCoverage
        signedCareInstitutions
        careInstitutions
      }
    }
  }
`);

/** Signing coverage of care institutions by street/town, against the 100% target. */
export function SigningCoverage() {
  const t = useT(messages);
  const { pct, n } = useFormat();
  const { data, error } = useQuery(SigningCoverageQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorPanel error={error} />;
  if (!data) return <p className="cc-muted">{t('loading')}</p>;
  const d = data.dashboard;
  const rows = d.children.filter((c) => c.careInstitutions > 0);
  return (
    <section className="cc-panel" data-testid="signing-coverage">
      <h3>{t('coverage')}</h3>
      <p>
        {t('district')}: <strong data-testid="district-coverage">{pct(d.signingCoverage)}</strong> ({n(d.signedCareInstitutions)}/
        {n(d.careInstitutions)})
      </p>
      <BarChart
        max={1}
        format={(v) => pct(v)}
        bars={rows.map((c) => ({
          label: c.division?.name ?? '—',
          value: c.signingCoverage ?? 0,
          color: (c.signingCoverage ?? 0) >= 1 ? '#2b8a3e' : '#c92a2a',
        }))}
      />
    </section>
  );
}
