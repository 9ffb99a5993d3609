import { DataTable, FACILITY_KIND_LIST, KindSwatch, StatusBadge, label, useLang, useT } from '@carecircle/ui';
import { useMemo, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import type { FacilityKind, FacilityStatus } from '../gql/graphql.js';
import { messages } from '../messages.js';

export const StationRowFragment = graphql(`
  fragment StationRow_Facility on Facility {
    id
    name
    kind
    status
    address
    updatedAt
    version
    division {
      id
      name
    }
  }
`);

const STATUSES: FacilityStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CLOSED'];

/** The jurisdiction's facilities with their approval state: searched by name, filtered by kind and state, sorted by any column. */
export function StationTable({
  rows,
  selectedId,
  onSelect,
}: {
  rows: FragmentType<typeof StationRowFragment>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<FacilityKind | ''>('');
  const [status, setStatus] = useState<FacilityStatus | ''>('');
  const all = rows.map((r) => getFragmentData(StationRowFragment, r));
  const data = useMemo(() => {
    const q = search.trim().toLowerCase();
    return all.filter((r) => (!q || r.name.toLowerCase().includes(q)) && (!kind || r.kind === kind) && (!status || r.status === status));
  }, [all, search, kind, status]);
  return (
    <>
      <div className="cc-filters" data-testid="station-filters">
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('search')}
          aria-label={t('search')}
          data-testid="station-search"
        />
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as FacilityKind | '')}
          aria-label={t('kind')}
          data-testid="station-kind-filter"
        >
          <option value="">{t('allKinds')}</option>
          {FACILITY_KIND_LIST.map((k) => (
            <option key={k} value={k}>
              {label(k, lang)}
            </option>
          ))}
        </select>
        <select
          value={status}
          onChange={(e) => setStatus(e.target.value as FacilityStatus | '')}
          aria-label={t('status')}
          data-testid="station-status-filter"
        >
          <option value="">{t('allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {label(s, lang)}
            </option>
          ))}
        </select>
      </div>
      {data.length !== all.length && <p className="cc-muted">{t('shown', { shown: data.length, n: all.length })}</p>}
      <DataTable
        testId="station-table"
        rows={data}
        rowKey={(r) => r.id}
        selectedKey={selectedId}
        onSelect={(r) => onSelect(r.id)}
        columns={[
          {
            key: 'name',
            header: t('name'),
            // The kind goes under the name: one column less, so the list fits its panel in either language.
            cell: (r) => (
              <>
                <KindSwatch kind={r.kind} /> {r.name}
                <div className="cc-muted cc-subline">{label(r.kind, lang)}</div>
              </>
            ),
            sortValue: (r) => r.name,
          },
          { key: 'community', header: t('communityShort'), cell: (r) => r.division?.name ?? '—', sortValue: (r) => r.division?.name },
          {
            key: 'status',
            header: t('statusShort'),
            cell: (r) => <StatusBadge status={r.status} />,
            sortValue: (r) => STATUSES.indexOf(r.status),
          },
          { key: 'updated', header: t('updated'), cell: (r) => r.updatedAt.slice(0, 10), nowrap: true, sortValue: (r) => r.updatedAt },
        ]}
      />
    </>
  );
}
