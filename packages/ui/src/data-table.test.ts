import { describe, expect, it } from 'vitest';
import { sortRows, type Column } from './data-table.js';

interface Row {
  name: string;
  share: number | null;
}
const columns: Column<Row>[] = [
  { key: 'name', header: 'name', cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'share', header: 'share', cell: (r) => String(r.share), sortValue: (r) => r.share },
  { key: 'plain', header: 'plain', cell: (r) => r.name },
];
const rows: Row[] = [
  { name: 'b', share: 0.5 },
  { name: 'a', share: null },
  { name: 'c', share: 0.05 },
  { name: 'd', share: 0.9 },
];

describe('sortRows', () => {
  it('sorts numbers numerically both ways, with rows without a value last', () => {
    expect(sortRows(rows, columns, { key: 'share', dir: 'asc' }).map((r) => r.name)).toEqual(['c', 'b', 'd', 'a']);
    expect(sortRows(rows, columns, { key: 'share', dir: 'desc' }).map((r) => r.name)).toEqual(['d', 'b', 'c', 'a']);
  });
  it('sorts text in the collation of the language and leaves unsortable columns and no sort in their order', () => {
    expect(sortRows(rows, columns, { key: 'name', dir: 'asc' }).map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortRows(rows, columns, { key: 'plain', dir: 'asc' })).toEqual(rows);
    expect(sortRows(rows, columns, null)).toEqual(rows);
  });
});
