import type { Lang, XlsxSheet } from '@carecircle/ui';
import type { coverageMessages } from '../coverage/coverage-messages.js';
import { WALK_PROFILES, profileLabel, type Walking } from '../coverage/walking-panel.js';

type T = (key: keyof (typeof coverageMessages)['zh-CN'], params?: Record<string, string | number>) => string;

/** What an export of a walking analysis was computed with, beyond the walking parameters themselves. */
export interface ExportContext {
  /** The street/town or the district the figures are of. */
  scope?: string | null;
  /** Whether the streets had heights (from a coverage answer); unknown when absent. */
  elevationLoaded?: boolean | null;
  /** The data revision of the figures, when the answer carries one. */
  revision?: number | null;
}

/**
 * The file name of an export: its title, the walking profile and the date, so files of different
 * profiles never overwrite each other ("各街镇覆盖排名-轮椅使用者-2026-12-01").
 */
export function exportFileName(title: string, walking: Pick<Walking, 'profile'>, t: T, at = new Date()): string {
  return `${title}-${profileLabel(walking.profile, t)}-${at.toISOString().slice(0, 10)}`;
}

/**
 * The second sheet of an XLSX export: the walking parameters the figures were computed with, the
 * profile explained, whether heights were known, and the scope, data revision and time of the export.
 */
export function walkingParamsSheet(
  walking: Pick<Walking, 'minutes' | 'speed' | 'profile'> & { staffedOnly?: boolean | null },
  context: ExportContext,
  t: T,
  lang: Lang,
  at = new Date(),
): XlsxSheet {
  const rows: unknown[][] = [
    ...(context.scope ? [[t('paramScope'), context.scope]] : []),
    [t('paramMinutes'), walking.minutes],
    [t('paramSpeed'), walking.speed],
    [t('paramProfile'), profileLabel(walking.profile, t)],
    [t('paramProfileHint'), t(WALK_PROFILES[walking.profile].hint)],
    ...(context.elevationLoaded == null
      ? []
      : [[t('paramElevation'), context.elevationLoaded ? t('paramElevationYes') : t('paramElevationNo')]]),
    // Site suggestions and scenarios count every approved facility: they have no such row.
    ...(walking.staffedOnly == null ? [] : [[t('paramStaffedOnly'), walking.staffedOnly ? t('yes') : t('no')]]),
    ...(context.revision == null ? [] : [[t('paramRevision'), context.revision]]),
    [t('paramExported'), at.toLocaleString(lang)],
  ];
  return { name: t('paramsSheet'), header: [t('paramItem'), t('paramValue')], rows };
}
