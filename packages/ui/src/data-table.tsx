import type { ReactNode } from 'react';
import { useT } from './i18n.js';
import { uiMessages } from './messages.js';

export interface Column<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** Keep the cell on one line (dates, codes). */
  nowrap?: boolean;
}

/** A plain data table; rows can be selected by clicking. */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  onSelect,
  selectedKey,
  rowClass,
  testId,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onSelect?: (row: T) => void;
  selectedKey?: string | null;
  rowClass?: (row: T) => string | undefined;
  testId?: string;
}) {
  const t = useT(uiMessages);
  return (
    <table className="cc-table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} style={{ textAlign: c.align }}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length} className="cc-muted">
              {t('empty')}
            </td>
          </tr>
        )}
        {rows.map((r) => {
          const k = rowKey(r);
          return (
            <tr
              key={k}
              onClick={onSelect ? () => onSelect(r) : undefined}
              className={[selectedKey === k ? 'cc-selected' : '', rowClass?.(r) ?? ''].join(' ').trim() || undefined}
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
