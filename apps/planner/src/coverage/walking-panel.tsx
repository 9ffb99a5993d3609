import { useQuery } from '@apollo/client/react';
import { ErrorPanel, useT } from '@carecircle/ui';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import type { WalkProfile } from '../gql/graphql.js';
import { coverageMessages } from './coverage-messages.js';

/** The walking threshold coverage is measured with. */
export interface Walking {
  minutes: number;
  /** Metres per second (on the flat, for the ELDERLY and WHEELCHAIR profiles). */
  speed: number;
  /** Who is walking: how each street turns into walking time (the API's `profile`). */
  profile: WalkProfile;
  /** Coverage counts only facilities with a certified care worker today (the API's `staffedOnly`). */
  staffedOnly?: boolean;
}

/** The walking parameters of an analysis that counts every approved facility (scenarios, site suggestions). */
export type AnalysisWalking = Pick<Walking, 'minutes' | 'speed' | 'profile'>;

/** Whether two analyses were computed with the same walking parameters. */
export const sameWalking = (a: AnalysisWalking, b: AnalysisWalking) =>
  a.minutes === b.minutes && a.speed === b.speed && a.profile === b.profile;

/** The profiles in the order the planner offers them, each with its name and its explanation in the catalogue. */
export const WALK_PROFILES = {
  STANDARD: { name: 'profileStandard', hint: 'profileStandardHint' },
  ELDERLY: { name: 'profileElderly', hint: 'profileElderlyHint' },
  WHEELCHAIR: { name: 'profileWheelchair', hint: 'profileWheelchairHint' },
} as const satisfies Record<
  WalkProfile,
  { name: keyof (typeof coverageMessages)['zh-CN']; hint: keyof (typeof coverageMessages)['zh-CN'] }
>;

type T = (key: keyof (typeof coverageMessages)['zh-CN'], params?: Record<string, string | number>) => string;

/** The name of a walking profile in the interface language (标准步行 / 老年人 / 轮椅使用者). */
export function profileLabel(profile: WalkProfile, t: T): string {
  return t(WALK_PROFILES[profile].name);
}

/**
 * The walking parameters in one line, for captions, reports and exports:
 * "15 分钟 · 1 米/秒 · 轮椅使用者".
 */
export function walkingLine(walking: Pick<Walking, 'minutes' | 'speed' | 'profile'>, t: T, n: (v: number) => string): string {
  return t('walkingLine', { minutes: n(walking.minutes), speed: n(walking.speed), profile: profileLabel(walking.profile, t) });
}

// The API's defaults, known before any analysis has run.
export const WalkingDefaultsQuery = graphql(`
  query PlannerWalkingDefaults {
    walkingDefaults {
      minutes
      speed
      profile
    }
  }
`);

/** Minutes the planner offers besides the server's default. */
const MINUTE_CHOICES = [5, 10, 15, 20];

/**
 * The walking threshold in use: the server's defaults (`walkingDefaults { minutes speed profile }`) until the
 * planner changes them; null until the defaults are known.
 */
export function useWalking() {
  const defaults = useQuery(WalkingDefaultsQuery);
  const [chosen, setChosen] = useState<Partial<Walking>>({});
  const server = defaults.data?.walkingDefaults;
  const walking: Walking | null = server
    ? {
        minutes: chosen.minutes ?? server.minutes,
        speed: chosen.speed ?? server.speed,
        profile: chosen.profile ?? server.profile,
        staffedOnly: chosen.staffedOnly ?? false,
      }
    : null;
  return {
    walking,
    defaultMinutes: server?.minutes ?? null,
    error: defaults.error,
    retry: () => void defaults.refetch(),
    change: (c: Partial<Walking>) => setChosen((s) => ({ ...s, ...c })),
  };
}

/**
 * Walking minutes, speed and profile, shown once the server's defaults are known. `elevationLoaded`
 * (from a coverage answer) false: the slope model has no heights, which the planner is told when a
 * profile that depends on slopes is chosen.
 */
export function WalkingPanel({ state, elevationLoaded }: { state: ReturnType<typeof useWalking>; elevationLoaded?: boolean | null }) {
  const t = useT(coverageMessages);
  const { walking, defaultMinutes, error, retry, change } = state;
  const minutes = [...new Set([...MINUTE_CHOICES, ...(defaultMinutes == null ? [] : [defaultMinutes])])].sort((a, b) => a - b);
  return (
    <section className="cc-panel" data-testid="walking-panel">
      <h3>{t('walking')}</h3>
      {error && <ErrorPanel error={error} onRetry={retry} />}
      {walking && (
        <>
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
          </div>
          <div className="cc-row" style={{ marginTop: 6 }}>
            <label>
              {t('profile')}{' '}
              <select
                value={walking.profile}
                onChange={(e) => change({ profile: e.target.value as WalkProfile })}
                aria-describedby="walk-profile-hint"
                data-testid="walk-profile"
              >
                {(Object.keys(WALK_PROFILES) as WalkProfile[]).map((p) => (
                  <option key={p} value={p} title={t(WALK_PROFILES[p].hint)}>
                    {profileLabel(p, t)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p id="walk-profile-hint" className="cc-muted" style={{ fontSize: 12, margin: '4px 0 6px' }} data-testid="walk-profile-hint">
            {t(WALK_PROFILES[walking.profile].hint)}
          </p>
          {walking.profile !== 'STANDARD' && elevationLoaded === false && (
            <p className="cc-notice" role="status" data-testid="elevation-missing">
              {t('elevationMissing')}
            </p>
          )}
          <label title={t('staffedOnlyHint')}>
            <input
              type="checkbox"
              checked={!!walking.staffedOnly}
              onChange={(e) => change({ staffedOnly: e.target.checked })}
              data-testid="staffed-only"
            />{' '}
            {t('staffedOnly')}
          </label>
        </>
      )}
    </section>
  );
}
