import type { LayerSpecification } from 'maplibre-gl';
import { kindImage } from '@carecircle/ui';
import type { FacilityStatus } from '../gql/graphql.js';

/** Layers of the street-office map: its division, its stations, the place being registered. */
export const divisionOutline = (id: number): LayerSpecification[] => [
  {
    id: 'stations-division-mask',
    type: 'fill',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['all', ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]], ['!=', ['get', 'id'], id]],
    paint: { 'fill-color': '#8c93a3', 'fill-opacity': 0.25 },
  },
  {
    id: 'stations-division-line',
    type: 'line',
    source: 'base',
    'source-layer': 'divisions',
    filter: ['==', ['get', 'id'], id],
    paint: { 'line-color': '#d9480f', 'line-width': 2.5 },
  },
];

/** Ring colour per approval state: approved, submitted and returned stations look different on the map (and in the legend). */
export const STATUS_COLORS = {
  APPROVED: '#2b8a3e',
  SUBMITTED: '#f59f00',
  REJECTED: '#c92a2a',
  CLOSED: '#495057',
  DRAFT: '#868e96',
} as const satisfies Record<FacilityStatus, string>;

const STATUS_RING = ['match', ['get', 'status'], ...Object.entries(STATUS_COLORS).flat(), '#868e96'];

export const STATION_LAYERS: LayerSpecification[] = [
  {
    id: 'stations-status',
    type: 'circle',
    source: 'stations',
    paint: {
      'circle-radius': 11,
      'circle-color': ['match', ['get', 'status'], 'APPROVED', 'rgba(43,138,62,0.15)', 'rgba(255,255,255,0.6)'],
      'circle-stroke-color': STATUS_RING as never,
      'circle-stroke-width': ['match', ['get', 'status'], 'DRAFT', 1.5, 2.5],
    },
  },
  {
    id: 'stations-points',
    type: 'symbol',
    source: 'stations',
    layout: { 'icon-image': kindImage(), 'icon-size': 1, 'icon-allow-overlap': true },
    paint: { 'icon-opacity': ['match', ['get', 'status'], 'DRAFT', 0.55, 'REJECTED', 0.7, 'CLOSED', 0.4, 1] },
  },
  {
    id: 'stations-selected',
    type: 'circle',
    source: 'stations',
    filter: ['==', ['get', 'id'], ''],
    paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#1971c2', 'circle-stroke-width': 3 },
  },
  {
    id: 'stations-pick',
    type: 'circle',
    source: 'pick',
    paint: { 'circle-radius': 8, 'circle-color': '#d9480f', 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
  },
];
