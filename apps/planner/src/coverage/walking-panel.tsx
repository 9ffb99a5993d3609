import { useQuery } from '@apollo/client/react';
import { ErrorPanel, useT } from '@carecircle/ui';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';

/** The walking threshold coverage is measured with. */
export interface Walking {
  minutes: number;
  /** Metres per second. */
  speed: number;
  /** Coverage counts only facilities with a certified care worker today (the API's `staffedOnly`). */
  staffedOnly?: boolean;
}

// Asked without minutes and speed, the API answers with its own defaults.
export const WalkingDefaultsQuery = graphql(`
  query PlannerWalkingDefaults {
    coverage {
      minutes
      speed
    }
  }
`);

/** Minutes the planner offers besides the server's default. */
const MINUTE_CHOICES = [5, 10, 15, 20];

/**
 * The walking threshold in use: the server's defaults (`coverage { minutes speed }`) until the
 * planner changes them; null until the defaults are known.
 */
export function useWalking() {
  const defaults = useQuery(WalkingDefaultsQuery);
  const [chosen, setChosen] = useState<Partial<Walking>>({});
  const server = defaults.data?.coverage;
  const walking: Walking | null = server
    ? { minutes: chosen.minutes ?? server.minutes, speed: chosen.speed ?? server.speed, staffedOnly: chosen.staffedOnly ?? false }
    : null;
  return {
    walking,
    defaultMinutes: server?.minutes ?? null,
    error: defaults.error,
    retry: () => void defaults.refetch(),
    change: (c: Partial<Walking>) => setChosen((s) => ({ ...s, ...c })),
  };
}

/** Walking minutes and speed, shown once the server's defaults are known. */
export function WalkingPanel({ state }: { state: ReturnType<typeof useWalking> }) {
  const t = useT(coverageMessages);
  const { walking, defaultMinutes, error, retry, change } = state;
  const minutes = [...new Set([...MINUTE_CHOICES, ...(defaultMinutes == null ? [] : [defaultMinutes])])].sort((a, b) => a - b);
  return (
    <section className="cc-panel">
      <h3>{t('walking')}</h3>
      {error && <ErrorPanel error={error} onRetry={retry} />}
      {walking && (
        <div className="cc-row">
          <label>
            {t('minutes')}{' '}
            <select value={walking.minutes} onChange={(e) => change({ minutes: Number(e.target.value) })} data-testid="minutes">
              {minutes.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('speed')}{' '}
            <input
              type="number"
              min={0.3}
              max={2}
              step={0.1}
              value={walking.speed}
              onChange={(e) => Number(e.target.value) > 0 && change({ speed: Number(e.target.value) })}
              style={{ width: 64 }}
              data-testid="speed"
            />
          </label>
          <label title={t('staffedOnlyHint')}>
            <input
              type="checkbox"
              checked={!!walking.staffedOnly}
              onChange={(e) => change({ staffedOnly: e.target.checked })}
              data-testid="staffed-only"
            />{' '}
            {t('staffedOnly')}
          </label>
        </div>
      )}
    </section>
  );
}
