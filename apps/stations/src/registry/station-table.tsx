import { DataTable, KindSwatch, StatusBadge, label, useLang, useT } from '@carecircle/ui';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
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

/** The jurisdiction's facilities with their approval state. */
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
  const data = rows.map((r) => getFragmentData(StationRowFragment, r));
  return (
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
          cell: (r) => (
            <>
              <KindSwatch kind={r.kind} /> {r.name}
            </>
          ),
        },
        { key: 'kind', header: t('kind'), cell: (r) => label(r.kind, lang) },
        { key: 'community', header: t('community'), cell: (r) => r.division?.name ?? '—' },
        { key: 'status', header: t('status'), cell: (r) => <StatusBadge status={r.status} /> },
        { key: 'updated', header: t('updated'), cell: (r) => r.updatedAt.slice(0, 10), nowrap: true },
      ]}
    />
  );
}
