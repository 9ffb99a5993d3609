import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { BarChart, ErrorPanel, SKILL_LEVEL_LABELS, useFormat, useLang, useT, valuesOf } from '@carecircle/ui';
import { getFragmentData, graphql } from '../gql/index.js';
import { messages } from '../messages.js';

const IndicatorsQuery = graphql(`
  query WorkforceIndicators($divisionId: ID) {
    district: workforceFigures(divisionId: $divisionId) {
      ...Figures_WorkforceFigures
    }
    children: workforceFiguresByDivision(divisionId: $divisionId) {
      ...Figures_WorkforceFigures
    }
  }
`);

const FiguresFragment = graphql(`
  fragment Figures_WorkforceFigures on WorkforceFigures {
    divisionId
    divisionName
    careWorkers
    certifiedCareWorkers
    certificationRate
    certificationRateTarget
    socialWorkers
    socialWorkersPerThousandOlder
    socialWorkersPerHundredBeds
    hospitalCareWorkers
    hospitalCareWorkersCertified
    trainingsThisYear
    trainingPlanYear
    careWorkersTrainedInPlanYear
    directorsTrainedInPlanYear
    careWorkersTrainingPlan
    directorsTrainingPlan
    skillLevels {
      level
      workers
    }
    stars {
      stars
      workers
    }
  }
`);

interface Figures {
  divisionId?: string | null;
  divisionName: string;
  careWorkers: number;
  certifiedCareWorkers: number;
  certificationRate: number;
  certificationRateTarget: number;
  socialWorkersPerThousandOlder?: number | null;
  socialWorkersPerHundredBeds?: number | null;
  hospitalCareWorkers: number;
  hospitalCareWorkersCertified: number;
  trainingsThisYear: number;
  trainingPlanYear: number;
  careWorkersTrainedInPlanYear: number;
  directorsTrainedInPlanYear: number;
  careWorkersTrainingPlan: number;
  directorsTrainingPlan: number;
  skillLevels: { level?: string | null; workers: number }[];
  stars: { stars?: number | null; workers: number }[];
}

const GOOD = '#2b8a3e';
const SHORT = '#c92a2a';
const LEVELS = valuesOf(SKILL_LEVEL_LABELS);

/** A plan against what was done, as a bar with the figures. */
function Progress({ label, done, plan, testId }: { label: string; done: number; plan: number; testId: string }) {
  return (
    <div className="cc-progress" data-testid={testId}>
      <span>{label}</span> <progress max={Math.max(plan, 1)} value={Math.min(done, plan)} />
    </div>
  );
}

/** Workforce indicators by street/town: certification rate against 60%, social workers against 1, skill levels, stars, trainings, hospital care workers. */
export function Indicators() {
  const t = useT(messages);
  const lang = useLang();
  const { pct, n } = useFormat();
  // The district, or one street/town with its communities.
  const [divisionId, setDivisionId] = useState<string | null>(null);
  const top = useQuery(IndicatorsQuery, { variables: { divisionId: null }, fetchPolicy: 'cache-first' });
  const current = useQuery(IndicatorsQuery, { variables: { divisionId }, fetchPolicy: 'cache-and-network' });
  const data = current.data ?? current.previousData;
  const error = current.error ?? top.error;
  if (error) return <ErrorPanel error={error} />;
  if (!data) return <p className="cc-muted">{t('loading')}</p>;
  const streets = (top.data?.children ?? []).map((c) => getFragmentData(FiguresFragment, c)).filter((c) => c.divisionId);
  const d: Figures = getFragmentData(FiguresFragment, data.district);
  const rows: Figures[] = data.children.map((c) => getFragmentData(FiguresFragment, c));
  const withWorkers = rows.filter((r) => r.careWorkers > 0 || r.hospitalCareWorkers > 0);
  const num = (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(v);
  const target = d.certificationRateTarget;
  const byLevel = new Map(d.skillLevels.map((l) => [l.level ?? '', l.workers]));
  const byStars = new Map(d.stars.map((s) => [s.stars ?? 0, s.workers]));
  return (
    <div className="cc-wf-indicators" data-testid="workforce-indicators">
      <p className="cc-row" style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <label>
          {t('indicatorsOf')}{' '}
          <select value={divisionId ?? ''} onChange={(e) => setDivisionId(e.target.value || null)} data-testid="indicators-division">
            <option value="">{t('district')}</option>
            {streets.map((s) => (
              <option key={s.divisionId!} value={s.divisionId!}>
                {s.divisionName}
              </option>
            ))}
          </select>
        </label>
        <a
          className="cc-button"
          href={`/exports/workforce-figures.xlsx?lang=${encodeURIComponent(lang)}${divisionId ? `&divisionId=${encodeURIComponent(divisionId)}` : ''}`}
          download
          data-testid="indicators-export"
        >
          {t('exportXlsx')}
        </a>
        <span className="cc-muted">{t('figuresNote')}</span>
      </p>
      <div className="cc-wf-cards">
        <section className="cc-panel">
          <h3>{t('certificationRate', { target: pct(target) })}</h3>
          <p>
            {d.divisionName}: <strong data-testid="district-certification">{pct(d.certificationRate)}</strong> ·{' '}
            {t('careWorkers', { n: n(d.careWorkers), certified: n(d.certifiedCareWorkers) })}
          </p>
          <BarChart
            testId="chart-certification"
            max={1}
            target={{ value: target, label: t('target', { v: pct(target) }) }}
            format={(v) => pct(v)}
            bars={withWorkers.map((r) => ({
              label: r.divisionName,
              value: r.certificationRate,
              color: r.certificationRate >= target ? GOOD : SHORT,
            }))}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('socialPerThousand', { target: num(1) })}</h3>
          <p>
            {d.divisionName}: <strong>{d.socialWorkersPerThousandOlder == null ? '—' : num(d.socialWorkersPerThousandOlder)}</strong>
          </p>
          <BarChart
            testId="chart-social-older"
            target={{ value: 1, label: t('target', { v: num(1) }) }}
            format={num}
            bars={rows.map((r) => ({
              label: r.divisionName,
              value: r.socialWorkersPerThousandOlder ?? 0,
              color: (r.socialWorkersPerThousandOlder ?? 0) >= 1 ? GOOD : SHORT,
            }))}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('socialPerBeds', { target: num(1) })}</h3>
          <p>
            {d.divisionName}: <strong>{d.socialWorkersPerHundredBeds == null ? '—' : num(d.socialWorkersPerHundredBeds)}</strong>
          </p>
          <BarChart
            testId="chart-social-beds"
            target={{ value: 1, label: t('target', { v: num(1) }) }}
            format={num}
            bars={rows
              .filter((r) => r.socialWorkersPerHundredBeds != null)
              .map((r) => ({
                label: r.divisionName,
                value: r.socialWorkersPerHundredBeds ?? 0,
                color: (r.socialWorkersPerHundredBeds ?? 0) >= 1 ? GOOD : SHORT,
              }))}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('hospitalCertified')}</h3>
          <p>
            {d.divisionName}:{' '}
            <strong data-testid="district-hospital">
              {t('hospitalCertifiedValue', { certified: n(d.hospitalCareWorkersCertified), total: n(d.hospitalCareWorkers) })}
            </strong>
          </p>
          <BarChart
            testId="chart-hospital"
            max={1}
            format={(v) => pct(v)}
            bars={rows
              .filter((r) => r.hospitalCareWorkers > 0)
              .map((r) => ({ label: r.divisionName, value: r.hospitalCareWorkersCertified / r.hospitalCareWorkers }))}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('skillLevels')}</h3>
          <BarChart
            testId="chart-levels"
            bars={[
              ...LEVELS.map((l) => ({ label: SKILL_LEVEL_LABELS[l][lang], value: byLevel.get(l) ?? 0 })),
              { label: t('notAssessed'), value: byLevel.get('') ?? 0, color: '#868e96' },
            ]}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('starDistribution')}</h3>
          <BarChart
            testId="chart-stars"
            bars={[
              ...[5, 4, 3, 2, 1].map((s) => ({ label: '★'.repeat(s), value: byStars.get(s) ?? 0, color: '#e8a33d' })),
              { label: t('notRated'), value: byStars.get(0) ?? 0, color: '#868e96' },
            ]}
          />
        </section>
        <section className="cc-panel">
          <h3>{t('trainingPlan', { year: d.trainingPlanYear })}</h3>
          <Progress
            testId="plan-care"
            label={t('careWorkersTrained', { done: n(d.careWorkersTrainedInPlanYear), plan: n(d.careWorkersTrainingPlan) })}
            done={d.careWorkersTrainedInPlanYear}
            plan={d.careWorkersTrainingPlan}
          />
          <Progress
            testId="plan-directors"
            label={t('directorsTrained', { done: n(d.directorsTrainedInPlanYear), plan: n(d.directorsTrainingPlan) })}
            done={d.directorsTrainedInPlanYear}
            plan={d.directorsTrainingPlan}
          />
          <BarChart
            testId="chart-trainings"
            title={t('trainingsThisYear', { year: new Date().getFullYear() })}
            bars={rows.map((r) => ({ label: r.divisionName, value: r.trainingsThisYear }))}
          />
        </section>
      </div>
    </div>
  );
}
