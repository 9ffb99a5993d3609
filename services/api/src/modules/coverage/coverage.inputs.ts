import type { SearchGroup } from '@carecircle/domain';
import { FieldErrors } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { CoverageGroup } from './coverage.enums.js';

/** The `divisionId` argument of the analyses that can be limited to a division. */
export const DIVISION_ARG = { nullable: true, description: 'Limit to this division and everything below it; default the whole district.' };

/** The complete circle is derived from two groups, so it cannot be searched on its own. */
export function toSearchGroup(lang: Lang, group: CoverageGroup): SearchGroup {
  if (group === CoverageGroup.COMPLETE_CIRCLE) {
    new FieldErrors(lang).add('group', 'field.range', { min: 'STREET_CENTER', max: 'MEDICAL' }).throwIfAny();
  }
  return group as SearchGroup;
}
