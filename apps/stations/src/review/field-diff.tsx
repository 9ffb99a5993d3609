import { label, useLang, useT, type Lang } from '@carecircle/ui';
import { messages, type MessageKey } from '../messages.js';

/** The caption of a changed field (its input path), as the form names it. */
const FIELD_KEYS: Record<string, MessageKey> = {
  name: 'name',
  kind: 'kind',
  location: 'location',
  address: 'address',
  divisionId: 'community',
  services: 'services',
  openingHours: 'hours',
  phone: 'phone',
  code: 'code',
  'operator.name': 'operatorName',
  'operator.type': 'operatorType',
  'capacity.beds': 'beds',
  'capacity.nursingBeds': 'nursingBeds',
  'capacity.occupiedBeds': 'occupiedBeds',
  'capacity.dayCarePlaces': 'dayCare',
  'capacity.mealSeats': 'mealSeats',
  links: 'links',
  hubServices: 'hubServices',
  resourceIds: 'resources',
};

/** A value of a diff as a clerk reads it: labels for enum codes, coordinates rounded, — for empty. */
export function formatValue(field: string, value: unknown, lang: Lang): string {
  if (value == null || value === '') return '—';
  if (field === 'location' && typeof value === 'object' && value && 'coordinates' in value) {
    const [lon, lat] = (value as { coordinates: number[] }).coordinates;
    return `${lon.toFixed(5)}, ${lat.toFixed(5)}`;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => label(String(v), lang)).join('、') : '—';
  if (typeof value === 'string') return label(value, lang);
  return String(value);
}

/** What a change does, field by field: the last approved value beside the proposed one. */
export function FieldDiffTable({
  diff,
  testId,
}: {
  diff: readonly { field: string; before?: unknown; after?: unknown }[];
  testId?: string;
}) {
  const t = useT(messages);
  const lang = useLang();
  return (
    <table className="cc-table" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('diffField')}</th>
          <th>{t('diffBefore')}</th>
          <th>{t('diffAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((d) => (
          <tr key={d.field} data-field={d.field}>
            <td>{FIELD_KEYS[d.field] ? t(FIELD_KEYS[d.field]) : d.field}</td>
            <td className="cc-muted" style={{ textDecoration: d.before == null ? undefined : 'line-through' }}>
              {formatValue(d.field, d.before, lang)}
            </td>
            <td>
              <strong>{formatValue(d.field, d.after, lang)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
