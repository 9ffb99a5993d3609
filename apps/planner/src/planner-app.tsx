import { useQuery } from '@apollo/client/react';
import {
  ErrorPanel, FACILITY_KINDS, Legend, LayerToggles, MapView, label, pointsToFeatures, setGeoJson, setVisible, useLang, useT,
  type FeatureCollection, type MicroAppProps,
} from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DivisionFigures } from './divisions/division-figures.js';
import { exportView } from './export/export-view.js';
import { FacilityCard } from './facilities/facility-card.js';
import { graphql } from './gql/index.js';
import { DIVISION_LAYERS, FACILITY_LAYERS, MEDICAL_LAYERS, RESIDENTIAL_LAYERS } from './map/planner-style.js';
import { messages } from './messages.js';

const PlannerRegistryQuery = graphql(`
  query PlannerRegistry {
    facilities(first: 500) { totalCount nodes { id name kind status location } }
    medicalInstitutions(first: 500) { totalCount nodes { id name kind location } }
  }
`);

type LayerId = 'divisions' | 'residential' | 'medical' | `kind:${string}`;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The planner: the district's registry on one map, with figures per street/town. */
export function PlannerApp(_props: MicroAppProps) {
  const t = useT(messages);
  const lang = useLang();
  const [map, setMap] = useState<MlMap | null>(null);
  const [on, setOn] = useState<Record<LayerId, boolean>>(() => ({
    divisions: true, residential: true, medical: true, ...Object.fromEntries(FACILITY_KINDS.map((k) => [`kind:${k}`, true])),
  }) as Record<LayerId, boolean>);
  const [selected, setSelected] = useState<{ type: 'facility' | 'division'; id: string } | null>(null);
  const { data, error } = useQuery(PlannerRegistryQuery, { fetchPolicy: 'cache-and-network' });

  const facilities = useMemo(
    () => (data ? pointsToFeatures(data.facilities.nodes, (f) => ({ name: f.name, kind: f.kind, status: f.status })) : EMPTY),
    [data],
  );
  const medical = useMemo(() => (data ? pointsToFeatures(data.medicalInstitutions.nodes, (m) => ({ name: m.name, kind: m.kind })) : EMPTY), [data]);

  const onReady = useCallback((m: MlMap) => {
    setGeoJson(m, 'facilities', EMPTY);
    setGeoJson(m, 'medical', EMPTY);
    for (const layer of [...DIVISION_LAYERS, ...RESIDENTIAL_LAYERS, ...MEDICAL_LAYERS, ...FACILITY_LAYERS]) m.addLayer(layer);
    setMap(m);
  }, []);

  useEffect(() => {
    if (!map) return;
    setGeoJson(map, 'facilities', facilities);
    setGeoJson(map, 'medical', medical);
  }, [map, facilities, medical]);

  useEffect(() => {
    if (!map) return;
    setVisible(map, ['base-division-lines', 'base-community-lines', 'planner-division-selected'], on.divisions);
    setVisible(map, ['planner-residential'], on.residential);
    setVisible(map, ['planner-medical'], on.medical);
    const kinds = FACILITY_KINDS.filter((k) => on[`kind:${k}`]);
    map.setFilter('planner-facilities', ['in', ['get', 'kind'], ['literal', kinds]]);
  }, [map, on]);

  useEffect(() => {
    if (!map) return;
    map.setFilter('planner-division-selected', ['==', ['get', 'id'], selected?.type === 'division' ? Number(selected.id) : -1]);
    map.setFilter('planner-facility-selected', ['==', ['get', 'id'], selected?.type === 'facility' ? selected.id : '']);
  }, [map, selected]);

  useEffect(() => {
    if (!map) return;
    const click = (e: MapMouseEvent) => {
      const hits = map.queryRenderedFeatures(e.point, { layers: ['planner-facilities', 'planner-division-hit'].filter((l) => map.getLayer(l)) });
      const facility = hits.find((h) => h.layer.id === 'planner-facilities');
      const division = hits.find((h) => h.layer.id === 'planner-division-hit');
      if (facility) setSelected({ type: 'facility', id: String(facility.properties.id) });
      else if (division) setSelected({ type: 'division', id: String(division.properties.id) });
    };
    const cursor = (e: MapMouseEvent) => {
      map.getCanvas().style.cursor = map.queryRenderedFeatures(e.point, { layers: ['planner-facilities'] }).length ? 'pointer' : '';
    };
    map.on('click', click);
    map.on('mousemove', cursor);
    return () => {
      map.off('click', click);
      map.off('mousemove', cursor);
    };
  }, [map]);

  const toggles = [
    { id: 'divisions', label: t('divisions'), on: on.divisions },
    { id: 'residential', label: t('residential'), on: on.residential },
    { id: 'medical', label: t('medical'), on: on.medical },
    ...FACILITY_KINDS.map((k) => ({ id: `kind:${k}`, label: label(k, lang), on: on[`kind:${k}`] })),
  ];
  const legend = [
    ...FACILITY_KINDS.map((k) => ({ key: k, label: label(k, lang), kind: k })),
    { key: 'MEDICAL', label: t('medical'), kind: 'MEDICAL' },
    { key: 'res', label: t('residential'), color: '#8a6d3b', shape: 'dot' as const },
    { key: 'div', label: t('divisions'), color: '#5b6478', shape: 'line' as const },
  ];

  return (
    <div className="cc-app" data-testid="planner-app">
      <aside className="cc-side">
        {error && <ErrorPanel error={error} />}
        {selected && (
          <button type="button" onClick={() => setSelected(null)}>{t('back')}</button>
        )}
        <section className="cc-panel">
          {selected?.type === 'facility' ? (
            <FacilityCard id={selected.id} />
          ) : (
            <DivisionFigures divisionId={selected?.type === 'division' ? selected.id : null} />
          )}
          {!selected && <p className="cc-muted">{t('clickHint')}</p>}
        </section>
        <section className="cc-panel">
          <LayerToggles title={t('layers')} layers={toggles} onChange={(id, v) => setOn((s) => ({ ...s, [id]: v }))} />
          {data && data.facilities.totalCount > data.facilities.nodes.length && (
            <p className="cc-notice">{t('shown', { shown: data.facilities.nodes.length, total: data.facilities.totalCount })}</p>
          )}
        </section>
        <section className="cc-panel">
          <Legend items={legend} />
        </section>
        <section className="cc-panel">
          <h3>{t('export')}</h3>
          <div className="cc-row">
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'geojson', { facilities, medical })}>{t('exportGeoJson')}</button>
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'csv', { facilities, medical })}>{t('exportCsv')}</button>
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'png', {})}>{t('exportPng')}</button>
          </div>
        </section>
      </aside>
      <div className="cc-map-wrap">
        <MapView onReady={onReady} label={t('facilities')} />
      </div>
    </div>
  );
}
