import type { LayerSpecification } from 'maplibre-gl';
import { symbolImage } from '@carecircle/ui';
import type { AgreementStatus } from '../gql/graphql.js';

/** Status colours of agreement lines. */
export const STATUS_COLORS = {
  ACTIVE: '#2b8a3e',
  EXPIRING: '#e8a100',
  EXPIRED: '#c92a2a',
  PENDING: '#5c7cfa',
  DRAFT: '#868e96',
  TERMINATED: '#adb5bd',
} satisfies Record<AgreementStatus, string>;

export const AGREEMENT_LAYERS: LayerSpecification[] = [
  {
    id: 'agreement-lines',
    type: 'line',
    source: 'agreement-lines',
    filter: ['!=', ['get', 'status'], 'TERMINATED'],
    paint: {
      'line-color': ['match', ['get', 'status'], ...Object.entries(STATUS_COLORS).flat(), '#868e96'] as unknown as string,
      'line-width': ['case', ['==', ['get', 'selected'], true], 4, 1.6],
    },
  },
  {
    id: 'agreement-unsigned',
    type: 'circle',
    source: 'care',
    filter: ['==', ['get', 'unsigned'], true],
    paint: { 'circle-radius': 12, 'circle-color': 'rgba(201,42,42,0.15)', 'circle-stroke-color': '#c92a2a', 'circle-stroke-width': 2.5 },
  },
  {
    id: 'agreement-medical',
    type: 'symbol',
    source: 'medical',
    layout: { 'icon-image': symbolImage('MEDICAL'), 'icon-size': 0.9, 'icon-allow-overlap': true },
  },
  {
    id: 'agreement-care',
    type: 'symbol',
    source: 'care',
    layout: { 'icon-image': symbolImage('CARE_INSTITUTION'), 'icon-size': 1, 'icon-allow-overlap': true },
  },
];
