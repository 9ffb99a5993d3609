import { useQuery } from '@apollo/client/react';
import { DataTable, ErrorPanel, label, useLang, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';

const UnstaffedQuery = graphql(`
  query UnstaffedStations($divisionId: ID) {
    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {
      careWorkers
      certifiedCareWorkers
      facility {
        id
        name
        kind
        location
        division {
          name
        }
      }
    }
  }
`);

/**
 * With coverage counted by staffed facilities only: the approved stations and centres that employ no
 * care worker with a certificate valid today, which the figures leave out. Listed (a click selects and
 * frames one) and ringed on the map.
 */
export function UnstaffedStations({
  map,
  divisionId,
  onPick,
}: {
  map: MlMap | null;
  divisionId: string | null;
  onPick: (id: string) => void;
}) {
  const t = useT(coverageMessages);
  const lang = useLang();
  const { data, error, loading, refetch } = useQuery(UnstaffedQuery, { variables: { divisionId }, fetchPolicy: 'cache-and-network' });
  const rows = data?.stationsWithoutCertifiedCareWorker;

  useEffect(() => {
    if (!map || !map.getLayer('planner-unstaffed')) return;
    map.setFilter('planner-unstaffed', ['in', ['get', 'id'], ['literal', (rows ?? []).map((r) => r.facility.id)]]);
    return () => {
      if (map.getLayer('planner-unstaffed')) map.setFilter('planner-unstaffed', ['in', ['get', 'id'], ['literal', []]]);
    };
  }, [map, rows]);

  const pick = (id: string, location: unknown) => {
    onPick(id);
    const [lon, lat] = (location as GeoJSON.Point).coordinates;
    map?.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 15), duration: 250 });
  };

  return (
    <section className="cc-panel" data-testid="unstaffed-stations">
      <h3>{t('unstaffedTitle')}</h3>
      {error && <ErrorPanel error={error} onRetry={() => void refetch()} />}
      {loading && !rows && <p className="cc-muted">{t('unstaffedLoading')}</p>}
      {rows && (
        <>
          <p data-testid="unstaffed-count">{rows.length ? t('unstaffedCount', { n: rows.length }) : t('unstaffedNone')}</p>
          {rows.length > 0 && (
            <div style={{ maxHeight: 240, overflow: 'auto' }}>
              <DataTable
                testId="unstaffed-table"
                rows={rows}
                rowKey={(r) => r.facility.id}
                onSelect={(r) => pick(r.facility.id, r.facility.location)}
                columns={[
                  {
                    key: 'name',
                    header: t('unstaffedName'),
                    cell: (r) => (
                      <>
                        {r.facility.name}
                        <br />
                        <small className="cc-muted">
                          {label(r.facility.kind, lang)}
                          {r.facility.division ? ` · ${r.facility.division.name}` : ''}
                        </small>
                      </>
                    ),
                    sortValue: (r) => r.facility.name,
                  },
                  {
                    key: 'workers',
                    header: t('unstaffedWorkers'),
                    cell: (r) => t('unstaffedWorkersValue', { n: r.careWorkers, certified: r.certifiedCareWorkers }),
                    align: 'right',
                    nowrap: true,
                    sortValue: (r) => r.careWorkers,
                  },
                ]}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
