import { useQuery } from '@apollo/client/react';
import { setGeoJson, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import { profileLabel, type Walking } from './walking-panel.js';

const IsochronesQuery = graphql(`
  query FacilityIsochrones($ids: [ID!]!, $speed: Float, $profile: WalkProfile!) {
    isochrones(facilityIds: $ids, minutes: [5, 10, 15], speed: $speed, profile: $profile)
  }
`);

/**
 * The selected facility's 5/10/15-minute walking isochrones for the chosen profile and speed: drawn on
 * the map, with their areas in its card.
 */
export function FacilityReach({
  map,
  facilityId,
  walking,
  show,
}: {
  map: MlMap | null;
  facilityId: string | null;
  walking: Pick<Walking, 'speed' | 'profile'>;
  show: boolean;
}) {
  const t = useT(coverageMessages);
  const { data, error } = useQuery(IsochronesQuery, {
    variables: { ids: facilityId ? [facilityId] : [], speed: walking.speed, profile: walking.profile },
    skip: !facilityId,
  });
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
      <strong>{t('reachOf', { profile: profileLabel(walking.profile, t) })}:</strong>{' '}
      {fc.features
        .map((f) => t('isochroneArea', { minutes: f.properties?.minutes, km2: (Number(f.properties?.areaSqMeters ?? 0) / 1e6).toFixed(2) }))
        .join(t('listSeparator'))}
      {fc.features[0]?.properties?.method === 'STRAIGHT_LINE' ? ` (${t('straightLine')})` : ''}
    </p>
  );
}
