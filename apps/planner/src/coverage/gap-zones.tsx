import { useQuery } from '@apollo/client/react';
import { ErrorPanel, geometryBounds, saveCsv, saveXlsx, setGeoJson, useFormat, useLang, useT } from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../gql/index.js';
import type { GapZonesQuery } from '../gql/graphql.js';
import { exportFileName, walkingParamsSheet, type ExportContext } from '../export/walking-params.js';
import { coverageMessages } from './coverage-messages.js';
import { profileLabel, type Walking } from './walking-panel.js';

const GapZonesQuery = graphql(`
  query GapZones($divisionId: ID, $minutes: Float, $speed: Float, $staffedOnly: Boolean, $profile: WalkProfile!) {
    gapZones(
      group: STATION_OR_CENTER
      divisionId: $divisionId
      minutes: $minutes
      speed: $speed
      limit: 100
      staffedOnly: $staffedOnly
      profile: $profile
    ) {
      rank
      uncoveredOlder
      areaCount
      worstMeters
      residentialAreaIds
      communityNames
      geometry
      residentialAreas {
        id
        name
        olderResidents
        location
      }
    }
  }
`);

type Zone = GapZonesQuery['gapZones'][number];

/** Where a new station would serve a zone best without a solver: the older-resident-weighted centre of its areas. */
export function zoneCentre(zone: Pick<Zone, 'residentialAreas'>): [number, number] | null {
  let w = 0,
    x = 0,
    y = 0;
  for (const a of zone.residentialAreas) {
    const [lon, lat] = (a.location as GeoJSON.Point).coordinates as [number, number];
    const k = Math.max(1, a.olderResidents);
    w += k;
    x += lon * k;
    y += lat * k;
  }
  return w ? [x / w, y / w] : null;
}

/** The name of a zone: its communities, the first two and how many more. */
export function zoneName(zone: Pick<Zone, 'communityNames' | 'rank'>, sep: string, more: (n: number) => string): string {
  const names = zone.communityNames;
  if (names.length === 0) return `#${zone.rank}`;
  return names.slice(0, 2).join(sep) + (names.length > 2 ? more(names.length - 2) : '');
}

/**
 * Gap zones of the selected street/town (or the district) on the map and ranked in a list, named by
 * their communities; a click on an item or a polygon frames the zone and lists its residential
 * areas, with "add a station here" into the what-if mode.
 */
export function GapZones({
  map,
  walking,
  scope,
  divisionId,
  showZones,
  showAreas,
  onAddStation,
  canAnalyse,
}: {
  map: MlMap | null;
  walking: Walking;
  /** The scope and state of the figures, for the exports. */
  scope?: ExportContext;
  divisionId: string | null;
  showZones: boolean;
  showAreas: boolean;
  onAddStation: (lonLat: [number, number], name: string) => void;
  canAnalyse: boolean;
}) {
  const t = useT(coverageMessages);
  const lang = useLang();
  const { n } = useFormat();
  const [picked, setPicked] = useState<number | null>(null);
  const { data, error, loading } = useQuery(GapZonesQuery, {
    variables: {
      divisionId,
      minutes: walking.minutes,
      speed: walking.speed,
      staffedOnly: walking.staffedOnly ?? false,
      profile: walking.profile,
    },
    skip: !showZones && !showAreas,
  });
  const zones = data?.gapZones;
  const name = useMemo(() => (z: Zone) => zoneName(z, t('nameSeparator'), (k) => t('andMore', { n: k })), [t]);
  useEffect(() => setPicked(null), [divisionId, walking.minutes, walking.speed, walking.profile]);

  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'gaps', {
      type: 'FeatureCollection',
      features:
        showZones && zones
          ? zones.map((z) => ({
              type: 'Feature',
              id: z.rank,
              geometry: z.geometry as GeoJSON.Geometry,
              properties: { id: z.rank, rank: z.rank, older: z.uncoveredOlder, areas: z.areaCount, name: name(z) },
            }))
          : [],
    });
    const ids = showAreas && zones ? zones.flatMap((z) => z.residentialAreaIds.map(Number)) : [];
    map.setFilter('planner-uncovered', ['in', ['get', 'id'], ['literal', ids]]);
  }, [map, zones, showZones, showAreas, name]);

  useEffect(() => {
    if (!map || !map.getLayer('planner-gaps-selected')) return;
    map.setFilter('planner-gaps-selected', ['==', ['get', 'rank'], picked ?? -1]);
  }, [map, picked, zones]);

  const pick = (z: Zone) => {
    setPicked(z.rank);
    const b = geometryBounds(z.geometry);
    if (map && b) map.fitBounds(b, { padding: 60, maxZoom: 16, duration: 250 });
  };

  // A click on a zone's polygon picks it too.
  useEffect(() => {
    if (!map || !zones) return;
    const click = (e: MapMouseEvent) => {
      if (!map.getLayer('planner-gaps')) return;
      const hit = map.queryRenderedFeatures(e.point, { layers: ['planner-gaps'] })[0];
      const z = hit && zones.find((x) => x.rank === Number(hit.properties.rank));
      if (z) {
        setPicked(z.rank);
        const b = geometryBounds(z.geometry);
        if (b) map.fitBounds(b, { padding: 60, maxZoom: 16, duration: 250 });
      }
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, zones]);

  // Exports carry the headers and values of the interface language.
  const save = (format: 'csv' | 'xlsx') => {
    if (!zones) return;
    const header = [t('colRank'), t('colCommunities'), t('colUncovered'), t('colAreas'), t('colWorst'), t('colAreaNames'), t('colProfile')];
    const profile = profileLabel(walking.profile, t);
    const rows = zones.map((z) => [
      z.rank,
      z.communityNames.join(t('nameSeparator')),
      z.uncoveredOlder,
      z.areaCount,
      z.worstMeters == null ? '' : Math.round(z.worstMeters),
      z.residentialAreas.map((a) => a.name).join(t('nameSeparator')),
      profile,
    ]);
    const file = exportFileName(t('gapList'), walking, t);
    if (format === 'xlsx') void saveXlsx(`${file}.xlsx`, t('gapList'), header, rows, [walkingParamsSheet(walking, scope ?? {}, t, lang)]);
    else saveCsv(`${file}.csv`, header, rows);
  };
  if (!showZones && !showAreas) return null;
  if (error) return <ErrorPanel error={error} />;
  const zone = zones?.find((z) => z.rank === picked);
  return (
    <section className="cc-panel" data-testid="gap-list">
      <div className="cc-row" style={{ justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0 }}>{t('gapList')}</h3>
        <span className="cc-row">
          <button type="button" disabled={!zones?.length} onClick={() => save('xlsx')} data-testid="gaps-xlsx">
            {t('exportXlsx')}
          </button>
          <button type="button" disabled={!zones?.length} onClick={() => save('csv')} data-testid="gaps-csv">
            {t('exportCsv')}
          </button>
        </span>
      </div>
      {loading && !zones && <p className="cc-muted">{t('computing')}</p>}
      {zones && zones.length === 0 && <p className="cc-muted">{t('noGaps')}</p>}
      <ol className="cc-gap-list">
        {zones?.slice(0, 30).map((z) => (
          <li key={z.rank} className={z.rank === picked ? 'cc-selected' : undefined}>
            <button type="button" className="cc-link" onClick={() => pick(z)} data-testid={`gap-${z.rank}`}>
              <strong>{name(z)}</strong>
              <br />
              {t('gapItem', { rank: z.rank, older: n(z.uncoveredOlder), areas: z.areaCount })}
            </button>
          </li>
        ))}
      </ol>
      {zone && (
        <div className="cc-gap-detail" data-testid="gap-detail">
          <h4>{t('gapAreas', { name: name(zone) })}</h4>
          <ul>
            {zone.residentialAreas.map((a) => (
              <li key={a.id}>
                {a.name} · {t('olderShort', { older: n(a.olderResidents) })}
              </li>
            ))}
          </ul>
          {zone.worstMeters != null && <p className="cc-muted">{t('gapWorst', { meters: n(Math.round(zone.worstMeters)) })}</p>}
          {canAnalyse && (
            <button
              type="button"
              data-testid="gap-add-station"
              onClick={() => {
                const c = zoneCentre(zone);
                if (c) onAddStation(c, name(zone));
              }}
            >
              {t('addStationHere')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
