import { describe, expect, it } from 'vitest';
import { format } from './i18n.js';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('no params {a}')).toBe('no params {a}');
  });

  it('picks the singular for exactly 1 and the plural otherwise', () => {
    const t = 'Import {n} {n?row|rows}';
    expect(format(t, { n: 1 })).toBe('Import 1 row');
    expect(format(t, { n: 0 })).toBe('Import 0 rows');
    expect(format(t, { n: 2 })).toBe('Import 2 rows');
    expect(format(t, { n: '1' })).toBe('Import 1 row');
    expect(format('{n?item awaits|items await}', { m: 1 })).toBe('{n?item awaits|items await}');
  });
});
