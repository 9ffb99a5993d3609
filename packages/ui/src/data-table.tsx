import { useMemo, useState, type ReactNode } from 'react';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** Keep the cell on one line (dates, codes). */
  nowrap?: boolean;
  /** Makes the column sortable by a click on its header; nulls sort last. */
  sortValue?: (row: T) => number | string | null | undefined;
}

/** The sort of a table: a column key and a direction. */
export interface TableSort {
  key: string;
  dir: 'asc' | 'desc';
}

/** Sorts rows by a column's `sortValue` (numbers numerically, text in the language's collation); nulls last. */
export function sortRows<T>(rows: readonly T[], columns: Column<T>[], sort: TableSort | null, locale = 'zh-CN'): T[] {
  const col = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !col?.sortValue) return [...rows];
  const value = col.sortValue;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const x = value(a),
      y = value(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  });
}

/**
 * A plain data table; rows can be selected by clicking, columns with a `sortValue` sort by a click on the header.
 * With `onSort` the sort is the caller's (a list sorted on the server): the table shows `sort` and reports clicks.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  onSelect,
  selectedKey,
  rowClass,
  testId,
  initialSort = null,
  sort: controlledSort,
  onSort,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onSelect?: (row: T) => void;
  selectedKey?: string | null;
  rowClass?: (row: T) => string | undefined;
  testId?: string;
  initialSort?: TableSort | null;
  sort?: TableSort | null;
  onSort?: (sort: TableSort) => void;
}) {
  const t = useT(uiMessages);
  const [ownSort, setSort] = useState<TableSort | null>(initialSort);
  const sort = onSort ? (controlledSort ?? null) : ownSort;
  const sorted = useMemo(() => (onSort ? [...rows] : sortRows(rows, columns, sort)), [rows, columns, sort, onSort]);
  const next = (s: TableSort | null, key: string): TableSort =>
    s?.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'desc' };
  const toggle = (key: string) => (onSort ? onSort(next(sort, key)) : setSort((s) => next(s, key)));
  return (
    <table className="cc-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) =>
            c.sortValue ? (
              <th
                key={c.key}
                style={{ textAlign: c.align }}
                className="cc-sortable"
                aria-sort={sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
                onClick={() => toggle(c.key)}
                data-sort-key={c.key}
                title={sort?.key === c.key ? t(sort.dir === 'asc' ? 'sortAscending' : 'sortDescending') : undefined}
              >
                {c.header}
                {sort?.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </th>
            ) : (
              <th key={c.key} style={{ textAlign: c.align }}>
                {c.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="cc-muted">
              {t('empty')}
            </td>
          </tr>
        )}
        {sorted.map((r) => {
          const k = rowKey(r);
          return (
            <tr
              key={k}
              onClick={onSelect ? () => onSelect(r) : undefined}
              data-row-key={k}
              className={
                [onSelect ? 'cc-clickable' : '', selectedKey === k ? 'cc-selected' : '', rowClass?.(r) ?? ''].join(' ').trim() || undefined
              }
            >
              {columns.map((c) => (
                <td key={c.key} style={{ textAlign: c.align, whiteSpace: c.nowrap ? 'nowrap' : undefined }}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
