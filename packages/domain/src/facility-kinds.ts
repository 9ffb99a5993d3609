import { enumOf, type Bilingual } from './labels.js';

/** Shapes a facility kind's map symbol may take (drawn by the admin apps; no sprite is fetched). */
export type SymbolShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'house' | 'star' | 'cross';

/** Everything the product knows about one kind of elderly-care facility (养老服务设施). */
export interface FacilityKindSpec {
  label: Bilingual;
  /** Other names accepted in imported files (the label's Chinese name is always accepted). */
  aliases: readonly string[];
  /** Counts as "a station or centre", the care half of a complete 15-minute circle. */
  stationOrCenter: boolean;
  /** May be party to a medical–elderly-care agreement (医养结合签约). */
  signsAgreements: boolean;
  /** Map symbol: colour and shape. */
  symbol: { color: string; shape: SymbolShape };
}

/**
 * The facility kinds, in the order they are listed. Outside checks rely on these exact values.
 * A new kind is added here (and in the generated schema and documents) and nowhere else.
 */
export const FACILITY_KINDS = {
  STREET_CENTER: {
    label: { zh: '街道养老服务中心', en: 'Street care centre' },
    aliases: [],
    stationOrCenter: true,
    signsAgreements: true,
    symbol: { color: '#1f5fbf', shape: 'square' },
  },
  TOWN_CENTER: {
    label: { zh: '镇养老服务中心', en: 'Town care centre' },
    aliases: ['乡镇养老服务中心'],
    stationOrCenter: true,
    signsAgreements: true,
    symbol: { color: '#6a3fb5', shape: 'diamond' },
  },
  COMMUNITY_STATION: {
    label: { zh: '社区养老服务站', en: 'Community care station' },
    aliases: [],
    stationOrCenter: true,
    signsAgreements: true,
    symbol: { color: '#e07b00', shape: 'circle' },
  },
  MUTUAL_AID_POINT: {
    label: { zh: '村级互助养老点', en: 'Village mutual-aid point' },
    aliases: ['互助养老点'],
    stationOrCenter: false,
    signsAgreements: true,
    symbol: { color: '#2e8b57', shape: 'triangle' },
  },
  CARE_INSTITUTION: {
    label: { zh: '养老机构', en: 'Care institution' },
    aliases: ['养老院', '敬老院'],
    stationOrCenter: false,
    signsAgreements: true,
    symbol: { color: '#b8326b', shape: 'house' },
  },
  OUTDOOR_HUB: {
    label: { zh: '户外养老服务综合体', en: 'Outdoor care hub' },
    aliases: [],
    stationOrCenter: false,
    signsAgreements: true,
    symbol: { color: '#0e8a8a', shape: 'star' },
  },
} as const satisfies Record<string, FacilityKindSpec>;

/** A kind of elderly-care facility. */
export type FacilityKind = keyof typeof FACILITY_KINDS;
/** The kinds as a string enum (`FacilityKind.COMMUNITY_STATION`), registered as the GraphQL enum. */
export const FacilityKind = enumOf(FACILITY_KINDS);
/** Every kind, in table order. */
export const FACILITY_KIND_LIST = Object.keys(FACILITY_KINDS) as FacilityKind[];

/** The spec of a kind. */
export const facilityKind = (kind: FacilityKind): FacilityKindSpec => FACILITY_KINDS[kind];

/** Kinds that may sign medical–elderly-care agreements. */
export const SIGNING_KINDS: readonly FacilityKind[] = FACILITY_KIND_LIST.filter((k) => facilityKind(k).signsAgreements);

/** Map symbol of medical institutions, drawn with the facility kinds. */
export const MEDICAL_SYMBOL = { color: '#d62728', shape: 'cross' } as const satisfies FacilityKindSpec['symbol'];
