import type { MultiPolygon, Polygon } from 'geojson';
import { parseDay } from './dates.js';
import { buildDivisions, type DivisionDraft } from './divisions.js';
import { ORIGIN_LAT, ORIGIN_LON, ringToLonLat, toLonLat } from './geometry.js';
import { buildLattice } from './lattice.js';
import { NamePool } from './names.js';
import { buildNetwork } from './network.js';
import { buildPlaces } from './places.js';
import { Rng } from './random.js';
import { buildResidentialAreas } from './residential.js';
import { addStairways, buildTerrain } from './terrain.js';
import { buildWorkforce } from './workforce.js';
import type { DemoDistrict, DemoDistrictOptions, DemoDivision, DemoResidentialArea } from './types.js';

/** Seed used when none is given. */
export const DEFAULT_SEED = 20251231;

const NOTE =
  'Synthetic sample data: invented geography near 29.72 N, 106.63 E, loosely modelled on Yubei ' +
  'district (渝北区), Chongqing. Division names and headline totals follow published Yubei figures, ' +
  'but boundaries, roads, residential areas, facilities, operators and agreements are generated and ' +
  'do not describe real places. Heights (river valley, two NNE ridges, hills under the streets) and ' +
  'the stairways (梯坎) that follow from them are synthetic too. The workforce (employers, workers, certificates, trainings) is ' +
  'synthetic too, built to the published Yubei figures; its ID numbers and credit codes use the ' +
  'unassigned region code 500199 and belong to no one.';

/**
 * Generates a plausible, fully synthetic Yubei-like district: divisions that tile the district,
 * residential areas with older residents, elderly-care facilities, POIs, medical institutions,
 * medical–elderly-care agreements and a walkable road network. Pure and deterministic: the same
 * seed and `today` give deep-equal output.
 *
 * @example
 * const d = generateDemoDistrict({ seed: 7, today: '2026-01-01' });
 * d.facilities.filter((f) => f.kind === 'STREET_CENTER').length; // 11
 */
export function generateDemoDistrict(options: DemoDistrictOptions = {}): DemoDistrict {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  const today = parseDay(options.today ?? '2026-01-01');
  const rng = new Rng(seed);
  const names = new NamePool(rng.fork(1));
  const district = buildDivisions(rng.fork(2), names);
  const lattice = buildLattice(rng.fork(3), district);
  const areas = buildResidentialAreas(rng.fork(4), lattice, district, names);
  const anchors = areas.filter((a) => a.division.parent?.level === 'TOWN').map((a) => a.at);
  const network = buildNetwork(rng.fork(5), lattice, district, names, anchors);
  const places = buildPlaces(rng.fork(6), lattice, network, district, today);

  const residentialAreas: DemoResidentialArea[] = [];
  const perDivision = new Map<DivisionDraft, number>();
  const older = new Map<DivisionDraft, number>();
  const total = new Map<DivisionDraft, number>();
  const add = (d: DivisionDraft, o: number, t: number) => {
    for (let x: DivisionDraft | null = d; x; x = x.parent) {
      older.set(x, (older.get(x) ?? 0) + o);
      total.set(x, (total.get(x) ?? 0) + t);
    }
  };
  for (const a of areas) {
    const k = (perDivision.get(a.division) ?? 0) + 1;
    perDivision.set(a.division, k);
    add(a.division, a.olderResidents, a.totalResidents);
    const boundary: Polygon | null = a.ring ? { type: 'Polygon', coordinates: [ringToLonLat(a.ring)] } : null;
    residentialAreas.push({
      code: `${a.division.code}${String(k).padStart(3, '0')}`,
      name: a.name,
      divisionCode: a.division.code,
      location: { type: 'Point', coordinates: toLonLat(a.at) },
      boundary,
      olderResidents: a.olderResidents,
      totalResidents: a.totalResidents,
    });
  }
  const divisions: DemoDivision[] = [];
  const emit = (d: DivisionDraft) => {
    const boundary: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ringToLonLat(d.ring)]] };
    divisions.push({
      code: d.code,
      name: d.name,
      level: d.level,
      parentCode: d.parent?.code ?? null,
      boundary,
      olderPopulation: older.get(d) ?? 0,
      totalPopulation: total.get(d) ?? 0,
    });
  };
  emit(district);
  district.children.forEach(emit);
  district.children.forEach((t) => t.children.forEach(emit));

  // Drawn last, from its own fork, so that the workforce shifts none of the places.
  const workforce = buildWorkforce(rng.fork(7), places.facilities, places.medicalInstitutions, divisions, today);
  // Heights and stairways from their own fork, after everything is placed: streets keep their course.
  const terrain = buildTerrain(rng.fork(8), lattice, district, [ORIGIN_LON, ORIGIN_LAT]);
  addStairways(network.roads, terrain);
  return { note: NOTE, seed, divisions, residentialAreas, ...places, roads: network.roads, terrain, workforce };
}
