import { FACILITY_KIND_LIST, FACILITY_KINDS, MEDICAL_SYMBOL, type FacilityKindSpec, type SymbolShape } from '@carecircle/domain';
import type { LayerSpecification } from 'maplibre-gl';
import type { FacilityKind } from './gql/enums.js';

/**
 * Symbols of the facility kinds and medical institutions: one colour and one shape each, used by
 * the map (as images drawn at run time, so no sprite is fetched) and by legends (as inline SVG).
 * Colours and shapes are the domain's (`FACILITY_KINDS[kind].symbol`, `MEDICAL_SYMBOL`); only the
 * drawing of each shape is here.
 */
export interface KindSymbol {
  color: string;
  /** SVG path in a 20×20 box. */
  path: string;
}

/** What has a map symbol: a facility kind, or a medical institution. */
export type SymbolKind = FacilityKind | 'MEDICAL';

/** The drawing of each shape, as an SVG path in a 20×20 box. */
const SHAPE_PATHS = {
  circle: 'M10 3a7 7 0 1 0 0.01 0z',
  square: 'M3.5 3.5h13v13h-13z',
  diamond: 'M10 1.5l8.5 8.5-8.5 8.5-8.5-8.5z',
  triangle: 'M10 2l8.5 15h-17z',
  house: 'M10 2l8 7v9h-16v-9z',
  star: 'M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z',
  cross: 'M7 2.5h6v4.5h4.5v6h-4.5v4.5h-6v-4.5h-4.5v-6h4.5z',
} as const satisfies Record<SymbolShape, string>;

const draw = (symbol: FacilityKindSpec['symbol']): KindSymbol => ({ color: symbol.color, path: SHAPE_PATHS[symbol.shape] });

export const FACILITY_SYMBOLS = {
  ...(Object.fromEntries(FACILITY_KIND_LIST.map((k) => [k, draw(FACILITY_KINDS[k].symbol)])) as Record<FacilityKind, KindSymbol>),
  MEDICAL: draw(MEDICAL_SYMBOL),
} satisfies Record<SymbolKind, KindSymbol>;

/** The facility kinds, in the domain's order (tables, forms, legends, layer toggles). */
export { FACILITY_KIND_LIST };

const IMAGE_PREFIX = 'cc-';

/** Name of the map image of a kind (see `addSymbolImages`). */
export const symbolImage = (kind: SymbolKind): string => `${IMAGE_PREFIX}${kind}`;

/** A symbol layer's `icon-image` for features with a `kind` property: the image of their kind. */
export const kindImage = (): IconImage => ['concat', IMAGE_PREFIX, ['get', 'kind']];

type IconImage = NonNullable<NonNullable<Extract<LayerSpecification, { type: 'symbol' }>['layout']>['icon-image']>;
