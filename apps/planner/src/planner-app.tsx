import { useQuery } from '@apollo/client/react';
import {
  ErrorPanel,
  FACILITY_KIND_LIST,
  Legend,
  LayerToggles,
  MapView,
  label,
  pointsToFeatures,
  setGeoJson,
  setVisible,
  useLang,
  useT,
  type FeatureCollection,
  type LegendItem,
  type MicroAppProps,
} from '@carecircle/ui';
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DivisionFigures } from './divisions/division-figures.js';
import { exportView } from './export/export-view.js';
import { FacilityCard } from './facilities/facility-card.js';
import { graphql } from './gql/index.js';
import { CoverageFigures } from './coverage/coverage-figures.js';
import { coverageMessages } from './coverage/coverage-messages.js';
import { FacilityReach } from './coverage/facility-reach.js';
import { GapZones } from './coverage/gap-zones.js';
import { ScenarioPanel } from './coverage/scenario-panel.js';
import { SiteSuggestions } from './coverage/site-suggestions.js';
import { WalkingPanel, useWalking } from './coverage/walking-panel.js';
import {
  DIVISION_LAYERS,
  FACILITY_LAYERS,
  GAP_LAYERS,
  ISOCHRONE_BANDS,
  ISOCHRONE_LAYERS,
  MEDICAL_LAYERS,
  RESIDENTIAL_LAYERS,
  SCENARIO_LAYERS,
  SUGGESTION_LAYERS,
  UNCOVERED_LAYERS,
} from './map/planner-style.js';
import { messages } from './messages.js';

// Two queries: each stays under the API's query-cost limit.
const PlannerFacilitiesQuery = graphql(`
  query PlannerFacilities {
    facilities(first: 500) {
      totalCount
      nodes {
        id
        name
        kind
        status
        location
      }
    }
  }
`);

const PlannerMedicalQuery = graphql(`
  query PlannerMedical {
    medicalInstitutions(first: 500) {
      totalCount
      nodes {
        id
        name
        kind
        location
      }
    }
  }
`);

type LayerId = 'divisions' | 'residential' | 'medical' | 'isochrones' | 'gaps' | 'uncovered' | `kind:${string}`;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The planner: the district's registry on one map, with figures per street/town. */
export function PlannerApp({ user }: MicroAppProps) {
  const t = useT(messages);
  const tc = useT(coverageMessages);
  const lang = useLang();
  const walkingState = useWalking();
  const { walking } = walkingState;
  const canAnalyse = user.viewerCan.runAnalyses;
  const [scenario, setScenario] = useState(false);
  const [map, setMap] = useState<MlMap | null>(null);
  const [on, setOn] = useState<Record<LayerId, boolean>>(
    () =>
      ({
        divisions: true,
        residential: true,
        medical: true,
        isochrones: true,
        gaps: false,
        uncovered: false,
        ...Object.fromEntries(FACILITY_KIND_LIST.map((k) => [`kind:${k}`, true])),
      }) as Record<LayerId, boolean>,
  );
  const [selected, setSelected] = useState<{ type: 'facility' | 'division'; id: string } | null>(null);
  const facilityResult = useQuery(PlannerFacilitiesQuery, { fetchPolicy: 'cache-and-network' });
  const medicalResult = useQuery(PlannerMedicalQuery, { fetchPolicy: 'cache-and-network' });
  const data = facilityResult.data;
  const error = facilityResult.error ?? medicalResult.error;

  const facilities = useMemo(
    () => (data ? pointsToFeatures(data.facilities.nodes, (f) => ({ name: f.name, kind: f.kind, status: f.status })) : EMPTY),
    [data],
  );
  const medicalData = medicalResult.data;
  const medical = useMemo(
    () => (medicalData ? pointsToFeatures(medicalData.medicalInstitutions.nodes, (m) => ({ name: m.name, kind: m.kind })) : EMPTY),
    [medicalData],
  );

  const onReady = useCallback((m: MlMap) => {
    setGeoJson(m, 'facilities', EMPTY);
    setGeoJson(m, 'medical', EMPTY);
    for (const s of ['isochrones', 'gaps', 'suggestions']) setGeoJson(m, s, EMPTY);
    for (const layer of [
      ...DIVISION_LAYERS,
      ...ISOCHRONE_LAYERS,
      ...GAP_LAYERS,
      ...RESIDENTIAL_LAYERS,
      ...UNCOVERED_LAYERS,
      ...MEDICAL_LAYERS,
      ...FACILITY_LAYERS,
      ...SCENARIO_LAYERS,
      ...SUGGESTION_LAYERS,
    ])
      m.addLayer(layer);
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
    const kinds = FACILITY_KIND_LIST.filter((k) => on[`kind:${k}`]);
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
      if (scenario) return;
      const hits = map.queryRenderedFeatures(e.point, {
        layers: ['planner-facilities', 'planner-division-hit'].filter((l) => map.getLayer(l)),
      });
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
  }, [map, scenario]);

  const toggles = [
    { id: 'divisions', label: t('divisions'), on: on.divisions },
    { id: 'residential', label: t('residential'), on: on.residential },
    { id: 'medical', label: t('medical'), on: on.medical },
    { id: 'isochrones', label: tc('isochrones'), on: on.isochrones },
    { id: 'gaps', label: tc('gaps'), on: on.gaps },
    { id: 'uncovered', label: tc('uncoveredAreas'), on: on.uncovered },
    ...FACILITY_KIND_LIST.map((k) => ({ id: `kind:${k}`, label: label(k, lang), on: on[`kind:${k}`] })),
  ];
  const legend: LegendItem[] = [
    ...FACILITY_KIND_LIST.map((k) => ({ key: k, label: label(k, lang), kind: k })),
    { key: 'MEDICAL', label: t('medical'), kind: 'MEDICAL' },
    { key: 'res', label: t('residential'), color: '#8a6d3b', shape: 'dot' },
    { key: 'div', label: t('divisions'), color: '#5b6478', shape: 'line' },
    ...ISOCHRONE_BANDS.map((b) => ({ key: `iso${b.minutes}`, label: tc('isochroneBand', { minutes: b.minutes }), color: b.color })),
    { key: 'gap', label: tc('gaps'), color: 'rgba(224,49,49,0.4)' },
    { key: 'unc', label: tc('uncoveredAreas'), color: '#e03131', shape: 'dot' },
    ...(canAnalyse ? [{ key: 'sug', label: tc('suggest'), color: '#12b886', shape: 'dot' as const }] : []),
  ];

  return (
    <div className="cc-app" data-testid="planner-app">
      <aside className="cc-side">
        {error && <ErrorPanel error={error} />}
        {selected && (
          <button type="button" onClick={() => setSelected(null)}>
            {t('back')}
          </button>
        )}
        <section className="cc-panel">
          {selected?.type === 'facility' ? (
            <>
              <FacilityCard id={selected.id} />
              {walking && <FacilityReach map={map} facilityId={selected.id} speed={walking.speed} show={on.isochrones} />}
            </>
          ) : (
            <DivisionFigures
              divisionId={selected?.type === 'division' ? selected.id : null}
              coverage={<CoverageFigures divisionId={selected?.type === 'division' ? selected.id : null} walking={walking} />}
            />
          )}
          {!selected && <p className="cc-muted">{t('clickHint')}</p>}
        </section>
        <WalkingPanel state={walkingState} />
        {walking && <GapZones map={map} walking={walking} showZones={on.gaps} showAreas={on.uncovered} />}
        <section className="cc-panel">
          <LayerToggles title={t('layers')} layers={toggles} onChange={(id, v) => setOn((s) => ({ ...s, [id]: v }))} />
          {data && data.facilities.totalCount > data.facilities.nodes.length && (
            <p className="cc-notice">{t('shown', { shown: data.facilities.nodes.length, total: data.facilities.totalCount })}</p>
          )}
        </section>
        {/* Analyses are offered to those who may run them. */}
        {walking && canAnalyse && <SiteSuggestions map={map} walking={walking} />}
        {walking && canAnalyse && <ScenarioPanel map={map} walking={walking} active={scenario} setActive={setScenario} />}
        <section className="cc-panel">
          <Legend items={legend} />
        </section>
        <section className="cc-panel">
          <h3>{t('export')}</h3>
          <div className="cc-row">
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'geojson', { facilities, medical })}>
              {t('exportGeoJson')}
            </button>
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'csv', { facilities, medical })}>
              {t('exportCsv')}
            </button>
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'xlsx', { facilities, medical })}>
              {t('exportXlsx')}
            </button>
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'png', {})}>
              {t('exportPng')}
            </button>
          </div>
        </section>
      </aside>
      <div className="cc-map-wrap">
        <MapView onReady={onReady} label={t('facilities')} />
      </div>
    </div>
  );
}
