import { describe, expect, it } from 'vitest';
import { formatValue } from './field-diff.js';

describe('formatValue: a diff value as a clerk reads it', () => {
  it('names services as the form does, whether the snapshot holds a list or a PostgreSQL array literal', () => {
    expect(formatValue('services', ['MEALS', 'DAY_CARE'], 'zh-CN')).toBe('助餐、日间照料');
    expect(formatValue('services', '{MEALS,DAY_CARE}', 'zh-CN')).toBe('助餐、日间照料');
    expect(formatValue('services', '{MEALS}', 'en')).toBe('Meals');
  });
  it('shows empty lists and empty JSON objects as —, not {} or []', () => {
    expect(formatValue('services', '{}', 'zh-CN')).toBe('—');
    expect(formatValue('links', {}, 'zh-CN')).toBe('—');
    expect(formatValue('links', '{}', 'zh-CN')).toBe('—');
    expect(formatValue('resourceIds', [], 'zh-CN')).toBe('—');
  });
  it('names the community instead of its id', () => {
    expect(formatValue('divisionId', 144, 'zh-CN', { '144': '柏渝社区' })).toBe('柏渝社区');
  });
});
