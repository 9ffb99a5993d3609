import {
  CERTIFICATE_KIND_LABELS,
  EVALUATION_KIND_LABELS,
  SKILL_LEVEL_LABELS,
  TRAINING_KIND_LABELS,
  WORKER_POST_LABELS,
  valuesOf,
  type Label,
  type Lang,
} from '@carecircle/ui';
import { graphql } from '../gql/index.js';

export const EmployerChoicesQuery = graphql(`
  query EmployerChoices {
    employers {
      id
      name
      kind
    }
  }
`);

/** The choices of a select from a label map, in its order. */
export const optionsOf = <K extends string>(labels: Record<K, Label>, lang: Lang) =>
  valuesOf(labels).map((k) => ({ value: k, label: labels[k][lang] }));

export const postOptions = (lang: Lang) => optionsOf(WORKER_POST_LABELS, lang);
export const levelOptions = (lang: Lang) => optionsOf(SKILL_LEVEL_LABELS, lang);
export const certificateKindOptions = (lang: Lang) => optionsOf(CERTIFICATE_KIND_LABELS, lang);
export const trainingKindOptions = (lang: Lang) => optionsOf(TRAINING_KIND_LABELS, lang);
export const evaluationKindOptions = (lang: Lang) => optionsOf(EVALUATION_KIND_LABELS, lang);
export const starOptions = () => [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: '★'.repeat(n) }));

/** Today in China (UTC+8), YYYY-MM-DD: the day the server checks dates against. */
export const todayInChina = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** Whole days from today (China) to a date; negative when past. */
export const daysUntil = (date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${todayInChina()}T00:00:00Z`)) / 86_400_000);
