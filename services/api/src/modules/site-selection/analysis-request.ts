import { thresholdMeters, type SearchGroup } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lang } from '../../shared/i18n.js';
import { WalkProfile } from '../network/network.enums.js';
import type { WalkingDataCache } from '../network/walking-data.js';
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
export type AnalysisRequest = SiteSuggestionRequest;

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
    profile ?? WalkProfile.STANDARD,
  );
}
