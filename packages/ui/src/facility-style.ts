/**
 * Symbols of the facility kinds and medical institutions: one colour and one shape each, used by
 * the map (as images drawn at run time, so no sprite is fetched) and by legends (as inline SVG).
 */
export interface KindSymbol {
  color: string;
  /** SVG path in a 20×20 box. */
  path: string;
}

const CIRCLE = 'M10 3a7 7 0 1 0 0.01 0z';
const SQUARE = 'M3.5 3.5h13v13h-13z';
const DIAMOND = 'M10 1.5l8.5 8.5-8.5 8.5-8.5-8.5z';
const TRIANGLE = 'M10 2l8.5 15h-17z';
const HOUSE = 'M10 2l8 7v9h-16v-9z';
const STAR = 'M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z';
const CROSS = 'M7 2.5h6v4.5h4.5v6h-4.5v4.5h-6v-4.5h-4.5v-6h4.5z';

export const FACILITY_SYMBOLS: Record<string, KindSymbol> = {
  STREET_CENTER: { color: '#1f5fbf', path: SQUARE },
  TOWN_CENTER: { color: '#6a3fb5', path: DIAMOND },
  COMMUNITY_STATION: { color: '#e07b00', path: CIRCLE },
  MUTUAL_AID_POINT: { color: '#2e8b57', path: TRIANGLE },
  CARE_INSTITUTION: { color: '#b8326b', path: HOUSE },
  OUTDOOR_HUB: { color: '#0e8a8a', path: STAR },
  MEDICAL: { color: '#d62728', path: CROSS },
};

export const FACILITY_KINDS = [
  'STREET_CENTER',
  'TOWN_CENTER',
  'COMMUNITY_STATION',
  'MUTUAL_AID_POINT',
  'CARE_INSTITUTION',
  'OUTDOOR_HUB',
] as const;

/** Name of the map image of a kind (see `addSymbolImages`). */
export const symbolImage = (kind: string): string => `cc-${kind}`;
