import { useLazyQuery } from '@apollo/client/react';
import { ErrorPanel, setGeoJson, useFormat, useT } from '@carecircle/ui';
import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { graphql } from '../gql/index.js';
import { coverageMessages } from './coverage-messages.js';
import type { Walking } from './walking-panel.js';

const SuggestSitesQuery = graphql(`
  query SuggestSites($k: Int!, $minutes: Float, $speed: Float) {
    suggestSites(k: $k, group: STATION_OR_CENTER, minutes: $minutes, speed: $speed) {
      newlyCoveredOlder
      uncoveredOlderBefore
      solver
      optimal
      sites {
        rank
        newlyCoveredOlder
        location
      }
    }
  }
`);

/** "Suggest k new stations": the sites and the older residents they would bring within reach. */
export function SiteSuggestions({ map, walking }: { map: MlMap | null; walking: Walking }) {
  const t = useT(coverageMessages);
  const { n } = useFormat();
  const [k, setK] = useState(3);
  const [run, { data, error, loading }] = useLazyQuery(SuggestSitesQuery);
  const result = data?.suggestSites;
  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'suggestions', {
      type: 'FeatureCollection',
      features: result
        ? result.sites.map((s) => ({ type: 'Feature', geometry: s.location, properties: { rank: s.rank, older: s.newlyCoveredOlder } }))
        : [],
    });
  }, [map, result]);
  return (
    <section className="cc-panel" data-testid="site-suggestions">
      <h3>{t('suggest')}</h3>
      <div className="cc-row">
        <label>
          {t('suggestK')}{' '}
          <input type="number" min={1} max={50} value={k} onChange={(e) => setK(Number(e.target.value))} style={{ width: 60 }} />
        </label>
        <button
          type="button"
          className="cc-primary"
          disabled={loading}
          onClick={() => void run({ variables: { k, minutes: walking.minutes, speed: walking.speed } })}
        >
          {loading ? t('computing') : t('suggestRun')}
        </button>
      </div>
      {error && <ErrorPanel error={error} />}
      {result && (
        <>
          <p>
            {t('suggestResult', { gained: n(result.newlyCoveredOlder), before: n(result.uncoveredOlderBefore), solver: result.solver })}
          </p>
          <ol style={{ margin: 0, paddingLeft: 20, fontSize: 12 }}>
            {result.sites.map((s) => (
              <li key={s.rank}>
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    map?.flyTo({ center: (s.location as GeoJSON.Point).coordinates as [number, number], zoom: 14 });
                  }}
                >
                  {t('siteItem', { rank: s.rank, older: n(s.newlyCoveredOlder) })}
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
