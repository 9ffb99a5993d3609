import { useQuery } from '@apollo/client/react';
import { setGeoJson, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';

const IsochronesQuery = graphql(`
  query FacilityIsochrones($ids: [ID!]!, $speed: Float) {
    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed)
  }
`);

/** The selected facility's 5/10/15-minute walking isochrones: drawn on the map, with their areas in its card. */
export function FacilityReach({
  map,
  facilityId,
  speed,
  show,
}: {
  map: MlMap | null;
  facilityId: string | null;
  speed: number;
  show: boolean;
}) {
  const t = useT(coverageMessages);
  const { data, error } = useQuery(IsochronesQuery, { variables: { ids: facilityId ? [facilityId] : [], speed }, skip: !facilityId });
  const fc = data?.isochrones as GeoJSON.FeatureCollection | undefined;
  useEffect(() => {
    if (!map) return;
    // Largest first, so the 5-minute area is drawn on top.
    const features =
      show && fc && facilityId ? [...fc.features].sort((a, b) => Number(b.properties?.minutes) - Number(a.properties?.minutes)) : [];
    setGeoJson(map, 'isochrones', { type: 'FeatureCollection', features });
  }, [map, fc, show, facilityId]);
  if (!facilityId) return null;
  if (error) return <p className="cc-field-error">{error.message}</p>;
  if (!fc) return null;
  return (
    <p data-testid="facility-reach">
      <strong>{t('reach')}:</strong>{' '}
      {fc.features
        .map((f) => t('isochroneArea', { minutes: f.properties?.minutes, km2: (Number(f.properties?.areaSqMeters ?? 0) / 1e6).toFixed(2) }))
        .join(t('listSeparator'))}
      {fc.features[0]?.properties?.method === 'STRAIGHT_LINE' ? ` (${t('straightLine')})` : ''}
    </p>
  );
}
