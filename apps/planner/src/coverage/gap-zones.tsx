import { useQuery } from '@apollo/client/react';
import { ErrorPanel, setGeoJson, useFormat, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import type { Walking } from './walking-panel.js';

const GapZonesQuery = graphql(`
  query GapZones($minutes: Float, $speed: Float) {
    gapZones(group: STATION_OR_CENTER, minutes: $minutes, speed: $speed, limit: 200) {
      rank
      uncoveredOlder
      areaCount
      worstMeters
      residentialAreaIds
      geometry
    }
  }
`);

/** Gap zones and uncovered residential areas on the map, with the ranked list. */
export function GapZones({
  map,
  walking,
  showZones,
  showAreas,
}: {
  map: MlMap | null;
  walking: Walking;
  showZones: boolean;
  showAreas: boolean;
}) {
  const t = useT(coverageMessages);
  const { n } = useFormat();
  const { data, error, loading } = useQuery(GapZonesQuery, {
    variables: { minutes: walking.minutes, speed: walking.speed },
    skip: !showZones && !showAreas,
  });
  const zones = data?.gapZones;
  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'gaps', {
      type: 'FeatureCollection',
      features:
        showZones && zones
          ? zones.map((z) => ({ type: 'Feature', geometry: z.geometry, properties: { rank: z.rank, older: z.uncoveredOlder } }))
          : [],
    });
    const ids = showAreas && zones ? zones.flatMap((z) => z.residentialAreaIds.map(Number)) : [];
    map.setFilter('planner-uncovered', ['in', ['get', 'id'], ['literal', ids]]);
  }, [map, zones, showZones, showAreas]);
  if (!showZones && !showAreas) return null;
  if (error) return <ErrorPanel error={error} />;
  return (
    <section className="cc-panel" data-testid="gap-list">
      <h3>{t('gapList')}</h3>
      {loading && !zones && <p className="cc-muted">{t('computing')}</p>}
      <ol style={{ margin: 0, paddingLeft: 20, maxHeight: 160, overflow: 'auto', fontSize: 12 }}>
        {zones?.slice(0, 20).map((z) => (
          <li key={z.rank}>{t('gapItem', { rank: z.rank, older: n(z.uncoveredOlder), areas: z.areaCount })}</li>
        ))}
      </ol>
    </section>
  );
}
