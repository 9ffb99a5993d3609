import { thresholdMeters, type SearchGroup } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../shared/i18n.js';
import { COVERAGE_WALK_PROFILE, type WalkProfile } from '../network/network.enums.js';
import type { WalkingDataCache } from '../network/walking-data.js';
import { CoverageService } from '../coverage/coverage.service.js';
import { ScenarioService } from '../scenarios/scenario.service.js';
import type { ScenarioChangeData } from '../scenarios/scenario.types.js';
import { WalkingService } from '../walking/walking.service.js';
import { SiteSelectionService } from './site-selection.service.js';
import type { SiteSuggestion } from './site-selection.types.js';

/**
 * Reports how far a computation has come (0..1) and what it is doing; a site suggestion also
 * gives its quick answer (`preliminary`) while the exact solver works.
 */
export type ProgressFn = (fraction: number, stage: string, preliminary?: SiteSuggestion) => void;

/**
 * What a background analysis computes, with its arguments already checked: plain data, so that it
 * can wait in a queue and run in another process.
 */
export interface SiteSuggestionRequest {
  kind: 'siteSuggestion';
  k: number;
  group: SearchGroup;
  speed: number;
  minutes: number;
  divisionId: number | null;
  /** Who walks (absent in jobs queued before walking profiles: STANDARD). */
  profile?: WalkProfile;
}
/** Coverage figures of a division (the `coverage` query), threshold checked. */
export interface CoverageRequest {
  kind: 'coverage';
  divisionId: number | null;
  speed: number;
  minutes: number;
  staffedOnly: boolean;
  /** Today in China (YYYY-MM-DD), as the replica that was asked sees it: whose certificates count. */
  today: string;
  profile: WalkProfile;
}

/** Isochrones of facilities (the `isochrones` query). */
export interface IsochronesRequest {
  kind: 'isochrones';
  facilityIds: string[];
  minutes: number[];
  speed: number | null;
  profile: WalkProfile;
}

/** A scenario compared with the registry (the `compareScenario` query), its changes checked. */
export interface ScenarioRequest {
  kind: 'scenario';
  changes: ScenarioChangeData[];
  divisionId: number | null;
  speed: number;
  minutes: number;
  profile: WalkProfile;
}

/** Interactive analyses a replica can leave to the workers (`ANALYSIS_IN_PROCESS=0`); the caller waits for the answer. */
export type QueryRequest = CoverageRequest | IsochronesRequest | ScenarioRequest;
export type AnalysisRequest = SiteSuggestionRequest | QueryRequest;

/** What an analysis needs from the process that runs it: a database session and the walking data. */
export interface AnalysisEnv {
  em: EntityManager;
  walkingData: WalkingDataCache;
  lang: Lang;
}

/**
 * Runs a background analysis: the same code whether the API process runs it or an analysis
 * worker (`pnpm worker`) does, so both give the same answer.
 */
export function runAnalysisRequest(
  request: AnalysisRequest,
  env: AnalysisEnv,
  progress: ProgressFn,
  signal: AbortSignal,
): Promise<unknown> {
  const th = (speed: number, minutes: number) => ({ speed, minutes, meters: thresholdMeters(minutes, speed) });
  switch (request.kind) {
    case 'coverage':
      return new CoverageService(env.em, env.walkingData, env.lang, request.today).summary(
        request.divisionId,
        th(request.speed, request.minutes),
        request.staffedOnly,
        request.profile,
      );
    case 'isochrones':
      return new WalkingService(env.em, env.walkingData, env.lang).isochrones(
        request.facilityIds,
        request.minutes,
        request.speed,
        signal,
        request.profile,
      );
    case 'scenario':
      return new ScenarioService(env.em, env.walkingData, env.lang).compare(
        request.changes,
        request.divisionId,
        th(request.speed, request.minutes),
        signal,
        request.profile,
      );
    case 'siteSuggestion':
      return runSiteSuggestion(request, env, progress, signal);
  }
}

function runSiteSuggestion(
  request: SiteSuggestionRequest,
  env: AnalysisEnv,
  progress: ProgressFn,
  signal: AbortSignal,
): Promise<SiteSuggestion> {
  const { k, group, speed, minutes, divisionId, profile } = request;
  return new SiteSelectionService(env.em, env.walkingData, env.lang).suggestSites(
    k,
    group,
    { speed, minutes, meters: thresholdMeters(minutes, speed) },
    divisionId,
    null,
    progress,
    signal,
    profile ?? COVERAGE_WALK_PROFILE,
  );
}
