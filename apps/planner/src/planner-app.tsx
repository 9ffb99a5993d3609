import { useQuery } from '@apollo/client/react';
import {
  ErrorPanel,
  FACILITY_KIND_LIST,
  FIRST_LABEL_LAYER,
  Legend,
  LayerToggles,
  MapOverlay,
  MapView,
  geometryBounds,
  saveMapImage,
  scaleBar,
  hoverTooltip,
  label,
  useFormat,
  useMapDefaults,
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
import {
  DivisionRanking,
  RANKED_GROUPS,
  choroplethLegend,
  districtLoss,
  lossLegend,
  pointsText,
  rankingRows,
  useChoropleth,
  useRanking,
  type ChoroplethMode,
  type RankedGroup,
} from './divisions/division-ranking.js';
import { rankingMessages } from './divisions/ranking-messages.js';
import { groupLabel } from './coverage/group-labels.js';
import { exportView } from './export/export-view.js';
import { PlannerReport, type ReportMap } from './report/planner-report.js';
import { reportMessages } from './report/report-messages.js';
import { FacilityCard } from './facilities/facility-card.js';
import { graphql } from './gql/index.js';
import { CoverageFigures } from './coverage/coverage-figures.js';
import { coverageMessages } from './coverage/coverage-messages.js';
import { FacilityReach } from './coverage/facility-reach.js';
import { GapZones } from './coverage/gap-zones.js';
import { ScenarioPanel, type AddRequest } from './coverage/scenario-panel.js';
import { SiteSuggestions, type SiteSuggestionOutcome } from './coverage/site-suggestions.js';
import { UnstaffedStations } from './coverage/unstaffed-stations.js';
import { WalkingPanel, profileLabel, useWalking } from './coverage/walking-panel.js';
import {
  CHOROPLETH_LAYERS,
  DIVISION_LAYERS,
  FACILITY_LAYERS,
  GAP_LAYERS,
  GAP_SELECTED_LAYERS,
  SCENARIO_AREA_LAYERS,
  ISOCHRONE_BANDS,
  ISOCHRONE_LAYERS,
  MEDICAL_LAYERS,
  RESIDENTIAL_LAYERS,
  SCENARIO_LAYERS,
  UNSTAFFED_LAYERS,
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

// Boundaries of the streets and towns, to frame one on the map.
const PlannerDivisionBoundsQuery = graphql(`
  query PlannerDivisionBounds {
    divisions(filter: { levels: [STREET, TOWN] }, first: 200) {
      nodes {
        id
        boundary
      }
    }
  }
`);

type LayerId = 'choropleth' | 'divisions' | 'residential' | 'medical' | 'isochrones' | 'gaps' | 'uncovered' | `kind:${string}`;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The planner: the district's registry on one map, with figures per street/town. */
export function PlannerApp({ user }: MicroAppProps) {
  const t = useT(messages);
  const tc = useT(coverageMessages);
  const tr = useT(rankingMessages);
  const tp = useT(reportMessages);
  const [suggestion, setSuggestion] = useState<SiteSuggestionOutcome | null>(null);
  const [report, setReport] = useState<ReportMap | null>(null);
  const lang = useLang();
  const { n, pct } = useFormat();
  const mapDefaults = useMapDefaults();
  const [choroplethGroup, setChoroplethGroup] = useState<RankedGroup>('STATION_OR_CENTER');
  const walkingState = useWalking();
  const { walking } = walkingState;
  // The loss against STANDARD is there to show only while another profile is chosen.
  const compared = !!walking && walking.profile !== 'STANDARD';
  const [chosenMode, setChoroplethMode] = useState<ChoroplethMode>('share');
  const choroplethMode: ChoroplethMode = compared ? chosenMode : 'share';
  const canAnalyse = user.viewerCan.runAnalyses;
  const [scenario, setScenario] = useState(false);
  const [addRequest, setAddRequest] = useState<AddRequest | null>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  const [on, setOn] = useState<Record<LayerId, boolean>>(
    () =>
      ({
        choropleth: true,
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
  const boundsResult = useQuery(PlannerDivisionBoundsQuery);
  const ranking = useRanking(walking);
  const rows = useMemo(() => rankingRows(ranking.data, ranking.standard), [ranking.data, ranking.standard]);
  useChoropleth(map, rows, choroplethGroup, on.choropleth, choroplethMode);
  const elevationLoaded = ranking.data?.coverage.elevationLoaded;
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
      ...CHOROPLETH_LAYERS,
      ...DIVISION_LAYERS,
      ...ISOCHRONE_LAYERS,
      ...GAP_LAYERS,
      ...GAP_SELECTED_LAYERS,
      ...RESIDENTIAL_LAYERS,
      ...UNCOVERED_LAYERS,
      ...MEDICAL_LAYERS,
      ...FACILITY_LAYERS,
      ...SCENARIO_LAYERS,
      ...UNSTAFFED_LAYERS,
      ...SCENARIO_AREA_LAYERS,
      ...SUGGESTION_LAYERS,
    ])
      // Beneath the basemap's names, so they stay readable over the data.
      // The choropleth goes beneath the roads and residential outlines, which stay visible through it.
      m.addLayer(layer, CHOROPLETH_LAYERS.includes(layer) ? 'base-residential-outline' : FIRST_LABEL_LAYER);
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
    setVisible(map, ['planner-choropleth'], on.choropleth && choroplethMode === 'share');
    setVisible(map, ['planner-choropleth-loss'], on.choropleth && choroplethMode === 'loss');
    setVisible(map, ['planner-residential'], on.residential);
    setVisible(map, ['planner-medical'], on.medical);
    const kinds = FACILITY_KIND_LIST.filter((k) => on[`kind:${k}`]);
    map.setFilter('planner-facilities', ['in', ['get', 'kind'], ['literal', kinds]]);
  }, [map, on, choroplethMode]);

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
        layers: ['planner-facilities', 'planner-gaps', 'planner-division-hit'].filter((l) => map.getLayer(l)),
      });
      // A gap zone's click belongs to the gap list (it frames the zone).
      if (hits.some((h) => h.layer.id === 'planner-gaps') && !hits.some((h) => h.layer.id === 'planner-facilities')) return;
      const facility = hits.find((h) => h.layer.id === 'planner-facilities');
      const division = hits.find((h) => h.layer.id === 'planner-division-hit');
      if (facility) setSelected({ type: 'facility', id: String(facility.properties.id) });
      else if (division) setSelected({ type: 'division', id: String(division.properties.id) });
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, scenario]);

  // Hover tooltips: facilities, medical institutions, residential areas, gap zones and streets/towns.
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  useEffect(() => {
    if (!map) return;
    return hoverTooltip(
      map,
      [
        'planner-facilities',
        'planner-medical',
        'planner-suggestions',
        'planner-uncovered',
        'planner-residential',
        'planner-gaps',
        'planner-division-hit',
      ],
      (f) => {
        const p = f.properties as Record<string, string | number | undefined>;
        switch (f.layer.id) {
          case 'planner-facilities':
            return { title: String(p.name), lines: [`${label(String(p.kind), lang)} · ${label(String(p.status), lang)}`] };
          case 'planner-medical':
            return { title: String(p.name), lines: [label(String(p.kind), lang)] };
          case 'planner-suggestions':
            return { title: tc('siteItem', { rank: String(p.rank), older: n(Number(p.older)) }) };
          case 'planner-uncovered':
          case 'planner-residential':
            return { title: String(p.name), lines: [`${t('olderPopulation')} ${n(Number(p.older))}`] };
          case 'planner-gaps':
            return {
              title: String(p.name ?? tc('gaps')),
              lines: [tc('gapItem', { rank: String(p.rank), older: n(Number(p.older)), areas: String(p.areas ?? '') })],
            };
          case 'planner-division-hit': {
            const r = rowsById.get(String(p.id));
            const loss = r?.loss?.[choroplethGroup];
            return {
              title: String(p.name),
              lines: r
                ? [
                    `${groupLabel(choroplethGroup, lang)} ${pct(r.share[choroplethGroup])}`,
                    `${tr('uncovered')} ${n(r.older - r.covered)}`,
                    ...(loss ? [tr('lostTooltip', { older: n(loss.older), points: pointsText(loss.share, lang, tc) })] : []),
                  ]
                : [],
            };
          }
          default:
            return null;
        }
      },
    );
  }, [map, lang, rowsById, choroplethGroup, t, tc, tr, n, pct]);

  const boundaries = boundsResult.data?.divisions.nodes;
  const frameDivision = useCallback(
    (id: string) => {
      setSelected({ type: 'division', id });
      const b = geometryBounds(boundaries?.find((d) => d.id === id)?.boundary);
      if (map && b) map.fitBounds(b, { padding: 40, duration: 250 });
    },
    [map, boundaries],
  );
  const backToDistrict = useCallback(() => {
    setSelected(null);
    map?.easeTo({ center: mapDefaults.center, zoom: mapDefaults.zoom, duration: 250 });
  }, [map, mapDefaults]);

  const toggles = [
    { id: 'choropleth', label: tr('choropleth'), on: on.choropleth },
    { id: 'divisions', label: t('divisions'), on: on.divisions },
    { id: 'residential', label: t('residential'), on: on.residential },
    { id: 'medical', label: t('medical'), on: on.medical },
    { id: 'isochrones', label: tc('isochrones'), on: on.isochrones },
    { id: 'gaps', label: tc('gaps'), on: on.gaps },
    { id: 'uncovered', label: tc('uncoveredAreas'), on: on.uncovered },
    ...FACILITY_KIND_LIST.map((k) => ({ id: `kind:${k}`, label: label(k, lang), on: on[`kind:${k}`] })),
  ];
  const legend: LegendItem[] = [
    ...(on.choropleth ? (choroplethMode === 'loss' ? lossLegend(lang, tr) : choroplethLegend(lang, tr)) : []),
    ...FACILITY_KIND_LIST.map((k) => ({ key: k, label: label(k, lang), kind: k })),
    { key: 'MEDICAL', label: t('medical'), kind: 'MEDICAL' },
    { key: 'res', label: t('residential'), color: '#8a6d3b', shape: 'dot' },
    { key: 'div', label: t('divisions'), color: '#5b6478', shape: 'line' },
    ...ISOCHRONE_BANDS.map((b) => ({ key: `iso${b.minutes}`, label: tc('isochroneBand', { minutes: b.minutes }), color: b.color })),
    { key: 'gap', label: tc('gaps'), color: 'rgba(224,49,49,0.4)' },
    { key: 'unc', label: tc('uncoveredAreas'), color: '#e03131', shape: 'dot' },
    ...(canAnalyse
      ? [
          { key: 'sug', label: tc('suggest'), color: '#12b886', shape: 'dot' as const },
          { key: 'gain', label: tc('scenarioGainedLayer'), color: '#2b8a3e', shape: 'dot' as const },
          { key: 'lost', label: tc('scenarioLostLayer'), color: '#c92a2a', shape: 'dot' as const },
        ]
      : []),
  ];

  // The scope of the report and the PNG: the selected street/town, or the district.
  const scopeId = selected?.type === 'division' ? selected.id : null;
  const scopeName = (scopeId ? rowsById.get(scopeId)?.name : ranking.data?.coverage.division?.name) || tp('district');
  // What the chosen profile loses against STANDARD in the street/town shown (or the district), for its figures.
  const shownLoss = (scopeId ? rowsById.get(scopeId)?.loss : districtLoss(ranking.data, ranking.standard))?.STATION_OR_CENTER ?? null;
  const viewLayers = [
    { name: t('facilities'), features: facilities },
    { name: t('medical'), features: medical },
  ];
  const viewHeaders = {
    title: t('viewSheet'),
    layer: t('colLayer'),
    name: t('colName'),
    kind: t('colKind'),
    status: t('colStatus'),
    lon: t('colLon'),
    lat: t('colLat'),
  };
  const imageLines = () => {
    const at = new Date();
    const revision = ranking.data?.coverage.dataRevision;
    return [
      [
        tp('scope', { name: scopeName }),
        tp('date', { date: at.toLocaleDateString(lang) }),
        ...(revision != null ? [tp('revision', { revision: String(revision) })] : []),
      ].join(' · '),
      ...(walking
        ? [
            [
              tp(walking.profile === 'STANDARD' ? 'threshold' : 'thresholdFlat', {
                minutes: n(walking.minutes),
                speed: n(walking.speed),
                meters: n(Math.round(walking.minutes * 60 * walking.speed)),
              }),
              tp('profile', { profile: profileLabel(walking.profile, tc) }),
              ...(choroplethMode === 'loss' && on.choropleth ? [tp('lossShown', { group: groupLabel(choroplethGroup, lang) })] : []),
            ].join(' · '),
          ]
        : []),
    ];
  };
  const savePng = () =>
    map
      ? saveMapImage(map, `${tp('mapTitle', { scope: scopeName })}-${new Date().toISOString().slice(0, 10)}.png`, {
          title: tp('mapTitle', { scope: scopeName }),
          lines: imageLines(),
          legendTitle: tp('legend'),
          legend,
          north: tp('north'),
          lang,
        })
      : Promise.resolve();
  function printReport() {
    if (!map) return window.print();
    // The report shows its scope whole: the selected street/town, or the district as it opens.
    const b = scopeId ? geometryBounds(boundaries?.find((d) => d.id === scopeId)?.boundary) : null;
    if (b) map.fitBounds(b, { padding: 30, duration: 0 });
    else map.jumpTo({ center: mapDefaults.center, zoom: mapDefaults.zoom });
    // The frame once drawn (kept readable by preserveDrawingBuffer), for the printed page.
    map.once('idle', () =>
      setReport({ image: map.getCanvas().toDataURL('image/png'), bar: scaleBar(map), bearing: map.getBearing(), at: new Date() }),
    );
    map.triggerRepaint();
  }

  return (
    <div className={report ? 'cc-app cc-has-report' : 'cc-app'} data-testid="planner-app">
      <aside className="cc-side">
        {error && <ErrorPanel error={error} />}
        {selected && (
          <button type="button" onClick={backToDistrict} data-testid="back-to-district">
            {t('back')}
          </button>
        )}
        <section className="cc-panel">
          {selected?.type === 'facility' ? (
            <>
              <FacilityCard id={selected.id} />
              {walking && <FacilityReach map={map} facilityId={selected.id} walking={walking} show={on.isochrones} />}
            </>
          ) : (
            <DivisionFigures
              divisionId={selected?.type === 'division' ? selected.id : null}
              divisionName={selected?.type === 'division' ? rowsById.get(selected.id)?.name : null}
              coverage={
                <CoverageFigures divisionId={selected?.type === 'division' ? selected.id : null} walking={walking} loss={shownLoss} />
              }
            />
          )}
          {!selected && <p className="cc-muted">{t('clickHint')}</p>}
        </section>
        <WalkingPanel state={walkingState} elevationLoaded={elevationLoaded} />
        {walking?.staffedOnly && user.viewerCan.readWorkforceFigures && (
          <UnstaffedStations
            map={map}
            divisionId={selected?.type === 'division' ? selected.id : null}
            onPick={(id) => setSelected({ type: 'facility', id })}
          />
        )}
        {walking && (
          <GapZones
            map={scenario ? null : map}
            walking={walking}
            scope={{ scope: scopeName, elevationLoaded }}
            divisionId={selected?.type === 'division' ? selected.id : null}
            showZones={on.gaps}
            showAreas={on.uncovered}
            canAnalyse={canAnalyse}
            onAddStation={(lonLat) => {
              setAddRequest((r) => ({ id: (r?.id ?? 0) + 1, lonLat }));
              setScenario(true);
            }}
          />
        )}
        {data && data.facilities.totalCount > data.facilities.nodes.length && (
          <p className="cc-notice">{t('shown', { shown: data.facilities.nodes.length, total: data.facilities.totalCount })}</p>
        )}
        {/* Analyses are offered to those who may run them. */}
        {walking && canAnalyse && (
          <SiteSuggestions
            map={map}
            walking={walking}
            elevationLoaded={elevationLoaded}
            divisionId={selected?.type === 'division' ? selected.id : null}
            onAddStation={(lonLat) => {
              setAddRequest((r) => ({ id: (r?.id ?? 0) + 1, lonLat }));
              setScenario(true);
            }}
            onResult={setSuggestion}
          />
        )}
        {walking && canAnalyse && (
          <ScenarioPanel
            map={map}
            walking={walking}
            elevationLoaded={elevationLoaded}
            active={scenario}
            setActive={setScenario}
            addRequest={addRequest}
          />
        )}
        <section className="cc-panel">
          <h3>{t('export')}</h3>
          <div className="cc-row">
            <button type="button" disabled={!map} onClick={() => map && exportView(map, 'geojson', viewLayers, viewHeaders, lang)}>
              {t('exportGeoJson')}
            </button>
            <button
              type="button"
              disabled={!map}
              onClick={() => map && exportView(map, 'csv', viewLayers, viewHeaders, lang)}
              data-testid="view-csv"
            >
              {t('exportCsv')}
            </button>
            <button
              type="button"
              disabled={!map}
              onClick={() => map && exportView(map, 'xlsx', viewLayers, viewHeaders, lang)}
              data-testid="view-xlsx"
            >
              {t('exportXlsx')}
            </button>
            <button type="button" disabled={!map} onClick={() => void savePng()} data-testid="map-png">
              {t('exportPng')}
            </button>
          </div>
        </section>
      </aside>
      <div className="cc-map-column">
        <div className="cc-map-wrap">
          <MapView onReady={onReady} label={t('facilities')} />
          <MapOverlay holds="layers">
            <LayerToggles title={t('layers')} layers={toggles} onChange={(id, v) => setOn((s) => ({ ...s, [id]: v }))} />
            {on.choropleth && compared && (
              <label className="cc-row">
                {tr('choroplethShows')}
                <select
                  value={choroplethMode}
                  onChange={(e) => setChoroplethMode(e.target.value as ChoroplethMode)}
                  data-testid="choropleth-mode"
                >
                  <option value="share">{tr('showShare')}</option>
                  <option value="loss">{tr('showLoss')}</option>
                </select>
              </label>
            )}
            {on.choropleth && (
              <label className="cc-row">
                {tr('choroplethGroup')}
                <select
                  value={choroplethGroup}
                  onChange={(e) => setChoroplethGroup(e.target.value as RankedGroup)}
                  data-testid="choropleth-group"
                >
                  {RANKED_GROUPS.map((g) => (
                    <option key={g} value={g}>
                      {groupLabel(g, lang)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </MapOverlay>
          <MapOverlay position="bottom-right" holds="legend">
            <Legend items={legend} />
          </MapOverlay>
        </div>
        <DivisionRanking
          onPrint={printReport}
          rows={rows}
          walking={walking}
          revision={ranking.data?.coverage.dataRevision}
          elevationLoaded={elevationLoaded}
          circles={ranking.data ? { n: ranking.data.coverage.completeCircles, target: ranking.data.coverage.circleTarget } : null}
          selectedId={selected?.type === 'division' ? selected.id : null}
          onSelect={frameDivision}
          loading={ranking.loading}
          error={ranking.error ?? ranking.standardError}
        />
      </div>
      {report && walking && (
        <div className="cc-report-host">
          <PlannerReport
            key={report.at.getTime()}
            divisionId={scopeId}
            walking={walking}
            map={report}
            legend={legend}
            suggestion={suggestion}
            onReady={() => window.print()}
          />
        </div>
      )}
    </div>
  );
}
