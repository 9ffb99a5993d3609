import type { LayerSpecification } from 'maplibre-gl';
import { kindImage, symbolImage } from '@carecircle/ui';

/** Map layers of the planner, by toggle. Sources: `base` (vector tiles), `facilities`, `medical` (GeoJSON). */
export const DIVISION_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-division-hit',
    type: 'fill',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
    paint: { 'fill-color': '#000', 'fill-opacity': 0 },
  },
  {
    id: 'planner-division-selected',
    type: 'line',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['==', ['get', 'id'], -1],
    paint: { 'line-color': '#d9480f', 'line-width': 3 },
  },
];

export const RESIDENTIAL_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-residential',
    type: 'circle',
    source: 'base',
    'source-layer': 'residential',
    paint: {
      'circle-color': '#8a6d3b',
      'circle-opacity': 0.45,
      'circle-stroke-color': '#6b532b',
      'circle-stroke-width': 0.5,
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        10,
        ['interpolate', ['linear'], ['get', 'older'], 0, 1, 400, 4, 1500, 8],
        15,
        ['interpolate', ['linear'], ['get', 'older'], 0, 3, 400, 12, 1500, 24],
      ],
    },
  },
];

export const MEDICAL_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-medical',
    type: 'symbol',
    source: 'medical',
    layout: {
      'icon-image': symbolImage('MEDICAL'),
      'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.55, 15, 1],
      'icon-allow-overlap': true,
    },
  },
];

export const FACILITY_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-facilities',
    type: 'symbol',
    source: 'facilities',
    layout: {
      'icon-image': kindImage(),
      'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 15, 1.1],
      'icon-allow-overlap': true,
      'symbol-sort-key': ['match', ['get', 'kind'], 'COMMUNITY_STATION', 1, 'MUTUAL_AID_POINT', 0, 2],
    },
  },
  {
    id: 'planner-facility-selected',
    type: 'circle',
    source: 'facilities',
    filter: ['==', ['get', 'id'], ''],
    paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#d9480f', 'circle-stroke-width': 2.5 },
  },
];

/** The isochrone bands of the selected facility (the FacilityIsochrones query asks for these minutes) and their colours. */
export const ISOCHRONE_BANDS = [
  { minutes: 5, color: '#1c7ed6' },
  { minutes: 10, color: '#4dabf7' },
  { minutes: 15, color: '#a5d8ff' },
] as const;

/** Walking isochrones of the selected facility: 15, 10 and 5 minutes, nested. */
export const ISOCHRONE_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-isochrones',
    type: 'fill',
    source: 'isochrones',
    paint: {
      'fill-color': [
        'match',
        ['get', 'minutes'],
        ...ISOCHRONE_BANDS.slice(0, -1).flatMap((b) => [b.minutes, b.color]),
        ISOCHRONE_BANDS.at(-1)!.color,
      ] as unknown as string,
      'fill-opacity': 0.35,
    },
  },
  {
    id: 'planner-isochrones-line',
    type: 'line',
    source: 'isochrones',
    paint: { 'line-color': '#1864ab', 'line-width': 1 },
  },
];

/** Gap zones (ranked clusters of uncovered residential areas) and the uncovered areas themselves. */
export const GAP_LAYERS: LayerSpecification[] = [
  { id: 'planner-gaps', type: 'fill', source: 'gaps', paint: { 'fill-color': '#e03131', 'fill-opacity': 0.22 } },
  {
    id: 'planner-gaps-line',
    type: 'line',
    source: 'gaps',
    paint: { 'line-color': '#c92a2a', 'line-width': 1.5, 'line-dasharray': [2, 1] },
  },
];

export const UNCOVERED_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-uncovered',
    type: 'circle',
    source: 'base',
    'source-layer': 'residential',
    filter: ['in', ['get', 'id'], ['literal', []]],
    paint: {
      'circle-color': '#e03131',
      'circle-opacity': 0.8,
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['zoom'],
        10,
        ['interpolate', ['linear'], ['get', 'older'], 0, 1.5, 400, 4, 1500, 8],
        15,
        ['interpolate', ['linear'], ['get', 'older'], 0, 3, 400, 12, 1500, 24],
      ],
    },
  },
];

/** Suggested sites and scenario changes. */
export const SUGGESTION_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-suggestions',
    type: 'circle',
    source: 'suggestions',
    paint: { 'circle-radius': 10, 'circle-color': '#12b886', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
  },
];

export const SCENARIO_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-scenario-closed',
    type: 'circle',
    source: 'facilities',
    filter: ['in', ['get', 'id'], ['literal', []]],
    paint: { 'circle-radius': 11, 'circle-color': 'rgba(0,0,0,0.35)', 'circle-stroke-color': '#212529', 'circle-stroke-width': 2 },
  },
];

/** Approved stations and centres without a certified care worker (an orange ring), when coverage counts staffed ones only. */
export const UNSTAFFED_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-unstaffed',
    type: 'circle',
    source: 'facilities',
    filter: ['in', ['get', 'id'], ['literal', []]],
    paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#e8590c', 'circle-stroke-width': 3 },
  },
];

/** Classes of the coverage choropleth: a share from `from` (inclusive) up to the next class. */
export const CHOROPLETH_CLASSES = [
  { from: 0, color: '#d7301f' },
  { from: 0.5, color: '#fc8d59' },
  { from: 0.7, color: '#fdd49e' },
  { from: 0.85, color: '#a1d99b' },
  { from: 0.95, color: '#31a354' },
] as const;

/**
 * Classes of the loss choropleth: the drop of a street/town's coverage share under the chosen
 * profile against STANDARD, from `from` (inclusive) up to the next class; the first is no loss at all.
 */
export const LOSS_CLASSES = [
  { from: 0, color: '#f2f0f7' },
  { from: 1e-9, color: '#dadaeb' },
  { from: 0.02, color: '#bcbddc' },
  { from: 0.05, color: '#9e9ac8' },
  { from: 0.1, color: '#756bb1' },
  { from: 0.2, color: '#54278f' },
] as const;

/** No loss state: the division stays clear (a drop is never this low). */
const NO_LOSS_STATE = -999;

/**
 * A choropleth's opacity by zoom: `district` at zoom 11, `street` at 15 (lighter, where roads and
 * names matter more than the class), none where the feature state `state` is unset (`unset`).
 */
function choroplethOpacity(state: string, unset: number, district: number, street: number) {
  const shown = (opacity: number) => ['case', ['==', ['coalesce', ['feature-state', state], unset], unset], 0, opacity];
  return ['interpolate', ['linear'], ['zoom'], 11, shown(district), 15, shown(street)] as unknown as number;
}

/**
 * Streets and towns filled by their coverage share (feature state `share`, set from the ranking);
 * a division without a share stays clear. The second layer draws the loss classes instead.
 */
export const CHOROPLETH_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-choropleth',
    type: 'fill',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
    paint: {
      'fill-color': [
        'step',
        ['coalesce', ['feature-state', 'share'], -1],
        'rgba(0,0,0,0)',
        ...CHOROPLETH_CLASSES.flatMap((c) => [c.from, c.color]),
      ] as unknown as string,
      'fill-opacity': choroplethOpacity('share', -1, 0.6, 0.3),
    },
  },
  // Streets and towns filled by their loss against STANDARD (feature state `loss`, set from the two
  // rankings), shown instead of the coverage classes when the planner asks for it.
  {
    id: 'planner-choropleth-loss',
    type: 'fill',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
    layout: { visibility: 'none' },
    paint: {
      'fill-color': [
        'step',
        ['coalesce', ['feature-state', 'loss'], NO_LOSS_STATE],
        'rgba(0,0,0,0)',
        // A gain (never expected against STANDARD) is drawn as no loss.
        NO_LOSS_STATE + 1,
        LOSS_CLASSES[0].color,
        ...LOSS_CLASSES.slice(1).flatMap((c) => [c.from, c.color]),
      ] as unknown as string,
      'fill-opacity': choroplethOpacity('loss', NO_LOSS_STATE, 0.7, 0.35),
    },
  },
];

/** The picked gap zone, outlined. */
export const GAP_SELECTED_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-gaps-selected',
    type: 'line',
    source: 'gaps',
    filter: ['==', ['get', 'rank'], -1],
    paint: { 'line-color': '#862e9c', 'line-width': 3 },
  },
];

/** Residential areas a scenario newly covers (green ring) or no longer covers (red ring). */
export const SCENARIO_AREA_LAYERS: LayerSpecification[] = [
  {
    id: 'planner-scenario-gained',
    type: 'circle',
    source: 'base',
    'source-layer': 'residential',
    filter: ['in', ['get', 'id'], ['literal', []]],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, 14],
      'circle-color': 'rgba(47,158,68,0.35)',
      'circle-stroke-color': '#2b8a3e',
      'circle-stroke-width': 2,
    },
  },
  {
    id: 'planner-scenario-lost',
    type: 'circle',
    source: 'base',
    'source-layer': 'residential',
    filter: ['in', ['get', 'id'], ['literal', []]],
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 5, 15, 14],
      'circle-color': 'rgba(224,49,49,0.35)',
      'circle-stroke-color': '#c92a2a',
      'circle-stroke-width': 2,
    },
  },
];
