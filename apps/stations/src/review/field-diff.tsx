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

/** A PostgreSQL array literal as a snapshot may hold it (`{MEALS,DAY_CARE}`, `{}`), else null. */
function arrayLiteral(value: string): string[] | null {
  const m = /^\{(.*)\}$/s.exec(value);
  if (!m || m[1].includes(':')) return null;
  return m[1] === '' ? [] : m[1].split(',').map((v) => v.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * A value of a diff as a clerk reads it: labels for enum codes, coordinates rounded, the
 * community's name, — for empty (whether the snapshot holds a list, a JSON text or an array literal).
 */
export function formatValue(field: string, value: unknown, lang: Lang, divisionNames: Readonly<Record<string, string>> = {}): string {
  if (value == null || value === '') return '—';
  if (field === 'location' && typeof value === 'object' && value && 'coordinates' in value) {
    const [lon, lat] = (value as { coordinates: number[] }).coordinates;
    return `${lon.toFixed(5)}, ${lat.toFixed(5)}`;
  }
  if (field === 'divisionId') return divisionNames[String(value)] ?? `#${String(value)}`;
  if (typeof value === 'string') {
    const list = arrayLiteral(value);
    if (list) return formatValue(field, list, lang, divisionNames);
    if (/^[[{]/.test(value)) {
      try {
        return formatValue(field, JSON.parse(value) as unknown, lang, divisionNames);
      } catch {
        return value;
      }
    }
    return label(value, lang);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => label(String(v), lang)).join('、') : '—';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v != null && v !== '');
    return entries.length ? entries.map(([k, v]) => `${label(k, lang)}: ${String(v)}`).join('; ') : '—';
  }
  return String(value);
}

/** What a change does, field by field: the last approved value beside the proposed one. */
export function FieldDiffTable({
  diff,
  testId,
  divisionNames,
}: {
  diff: readonly { field: string; before?: unknown; after?: unknown }[];
  testId?: string;
  /** Names of the communities the diff may name by id. */
  divisionNames?: Readonly<Record<string, string>>;
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
              {formatValue(d.field, d.before, lang, divisionNames)}
            </td>
            <td>
              <strong>{formatValue(d.field, d.after, lang, divisionNames)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
