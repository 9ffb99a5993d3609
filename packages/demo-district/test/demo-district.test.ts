import { area, booleanPointInPolygon, booleanValid } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoElevation, generateDemoDistrict, type DemoDistrict, type DemoDivision } from '../src/index.js';
import { distM, key, roadGraph, segmentIndex } from './helpers.js';

const TODAY = '2026-01-01';
let d: DemoDistrict;
let ms: number;
const byCode = new Map<string, DemoDivision>();

beforeAll(() => {
  const t0 = performance.now();
  d = generateDemoDistrict({ seed: 42, today: TODAY });
  ms = performance.now() - t0;
  for (const v of d.divisions) byCode.set(v.code, v);
});

const inDivision = (c: number[], code: string) => booleanPointInPolygon(c, byCode.get(code)!.boundary);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('generateDemoDistrict', () => {
  it('says the data is synthetic and generates quickly', () => {
    expect(d.note).toMatch(/Synthetic/);
    expect(d.seed).toBe(42);
    expect(ms).toBeLessThan(15_000);
  });

  it('is deterministic for a seed and varies with the seed', () => {
    const again = generateDemoDistrict({ seed: 42, today: TODAY });
    expect(again).toEqual(d);
    const other = generateDemoDistrict({ seed: 43, today: TODAY });
    expect(other.divisions[1]!.boundary).not.toEqual(d.divisions[1]!.boundary);
    expect(other.roads.length).not.toBe(d.roads.length);
  });

  it('rejects a malformed date', () => {
    expect(() => generateDemoDistrict({ today: '2026-13-01' })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ today: '1/1/2026' })).toThrow(RangeError);
  });
});

describe('divisions', () => {
  it('has one district, 11 streets with communities and 11 towns with villages and a seat community', () => {
    const of = (level: string) => d.divisions.filter((v) => v.level === level);
    expect(of('DISTRICT').map((v) => [v.name, v.code])).toEqual([['渝北区', '500112']]);
    const streets = of('STREET').map((v) => v.name);
    const towns = of('TOWN').map((v) => v.name);
    expect(streets).toHaveLength(11);
    expect(towns).toHaveLength(11);
    for (const n of [
      '双龙湖街道',
      '回兴街道',
      '双凤桥街道',
      '龙溪街道',
      '龙山街道',
      '龙塔街道',
      '大竹林街道',
      '悦来街道',
      '两路街道',
      '仙桃街道',
      '人和街道',
    ]) {
      expect(streets).toContain(n);
    }
    for (const n of ['古路镇', '兴隆镇', '木耳镇', '茨竹镇', '大盛镇', '洛碛镇', '统景镇', '大湾镇', '石船镇', '龙兴镇', '玉峰山镇']) {
      expect(towns).toContain(n);
    }
    for (const v of of('COMMUNITY')) expect(v.name).toMatch(/社区$/);
    for (const v of of('VILLAGE')) expect(v.name).toMatch(/村$/);
    for (const t of of('TOWN')) {
      const kids = d.divisions.filter((v) => v.parentCode === t.code);
      expect(kids.filter((k) => k.level === 'COMMUNITY')).toHaveLength(1);
      expect(kids.filter((k) => k.level === 'VILLAGE').length).toBeGreaterThanOrEqual(8);
    }
    for (const s of of('STREET')) {
      const kids = d.divisions.filter((v) => v.parentCode === s.code);
      expect(kids.length).toBeGreaterThanOrEqual(10);
      expect(kids.every((k) => k.level === 'COMMUNITY')).toBe(true);
    }
  });

  it('has unique, hierarchical codes and unique names', () => {
    const codes = d.divisions.map((v) => v.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(d.divisions.map((v) => v.name)).size).toBe(codes.length);
    for (const v of d.divisions) {
      if (v.parentCode === null) continue;
      expect(byCode.has(v.parentCode)).toBe(true);
      expect(v.code.startsWith(v.parentCode)).toBe(true);
    }
  });

  it('has valid boundaries whose children tile the parent', () => {
    for (const v of d.divisions) {
      expect(booleanValid(v.boundary)).toBe(true);
      const kids = d.divisions.filter((k) => k.parentCode === v.code);
      if (!kids.length) continue;
      const parentArea = area(v.boundary);
      expect(Math.abs(sum(kids.map((k) => area(k.boundary))) - parentArea) / parentArea).toBeLessThan(1e-4);
      // Random points in the parent fall in exactly one child (no gaps, no overlaps).
      const ring = v.boundary.coordinates[0]![0]!;
      const xs = ring.map((c) => c[0]!);
      const ys = ring.map((c) => c[1]!);
      let tested = 0;
      for (let k = 0; tested < 60 && k < 2000; k++) {
        const p = [
          Math.min(...xs) + ((k * 0.6180339887) % 1) * (Math.max(...xs) - Math.min(...xs)),
          Math.min(...ys) + ((k * 0.7548776662) % 1) * (Math.max(...ys) - Math.min(...ys)),
        ];
        if (!booleanPointInPolygon(p, v.boundary)) continue;
        tested++;
        expect(kids.filter((c) => booleanPointInPolygon(p, c.boundary)).length).toBeGreaterThanOrEqual(1);
        expect(kids.filter((c) => booleanPointInPolygon(p, c.boundary, { ignoreBoundary: true })).length).toBeLessThanOrEqual(1);
      }
    }
  });

  it('puts the streets in a compact urban south-west and makes towns larger', () => {
    const tops = d.divisions.filter((v) => v.level === 'STREET' || v.level === 'TOWN');
    const mean = (level: string) => sum(tops.filter((v) => v.level === level).map((v) => area(v.boundary))) / 11;
    expect(mean('TOWN')).toBeGreaterThan(2 * mean('STREET'));
    const districtArea = area(byCode.get('500112')!.boundary) / 1e6;
    expect(districtArea).toBeGreaterThan(1000);
    expect(districtArea).toBeLessThan(2000);
  });
});

describe('population', () => {
  it('sums children into parents and residential areas into communities and villages', () => {
    for (const v of d.divisions) {
      const kids = d.divisions.filter((k) => k.parentCode === v.code);
      if (kids.length) {
        expect(sum(kids.map((k) => k.olderPopulation))).toBe(v.olderPopulation);
        expect(sum(kids.map((k) => k.totalPopulation))).toBe(v.totalPopulation);
      } else {
        const areas = d.residentialAreas.filter((a) => a.divisionCode === v.code);
        expect(areas.length).toBeGreaterThan(0);
        expect(sum(areas.map((a) => a.olderResidents))).toBe(v.olderPopulation);
        expect(sum(areas.map((a) => a.totalResidents))).toBe(v.totalPopulation);
      }
    }
    const district = byCode.get('500112')!;
    expect(district.olderPopulation).toBeGreaterThanOrEqual(300_000);
    expect(district.olderPopulation).toBeLessThanOrEqual(400_000);
    expect(district.totalPopulation).toBeGreaterThan(2_100_000);
    expect(district.totalPopulation).toBeLessThan(2_500_000);
  });

  it('places a few thousand residential areas inside their divisions, dense in streets', () => {
    expect(d.residentialAreas.length).toBeGreaterThan(2000);
    expect(d.residentialAreas.length).toBeLessThan(6000);
    expect(new Set(d.residentialAreas.map((a) => a.code)).size).toBe(d.residentialAreas.length);
    let withOutline = 0;
    for (const a of d.residentialAreas) {
      const div = byCode.get(a.divisionCode)!;
      expect(['COMMUNITY', 'VILLAGE']).toContain(div.level);
      expect(inDivision(a.location.coordinates, a.divisionCode)).toBe(true);
      expect(a.olderResidents).toBeLessThanOrEqual(a.totalResidents);
      if (a.boundary) {
        withOutline++;
        expect(booleanValid(a.boundary)).toBe(true);
        for (const c of a.boundary.coordinates[0]!) expect(inDivision(c, a.divisionCode)).toBe(true);
      }
    }
    expect(withOutline).toBeGreaterThan(500);
    const streetCodes = new Set(d.divisions.filter((v) => v.level === 'STREET').map((v) => v.code));
    const inStreets = d.residentialAreas.filter((a) => streetCodes.has(byCode.get(a.divisionCode)!.parentCode!));
    expect(inStreets.length / d.residentialAreas.length).toBeGreaterThan(0.6);
  });
});

describe('facilities', () => {
  const count = (kind: string) => d.facilities.filter((f) => f.kind === kind);

  it('matches the Yubei totals', () => {
    expect(count('STREET_CENTER')).toHaveLength(11);
    expect(count('TOWN_CENTER')).toHaveLength(11);
    expect(count('COMMUNITY_STATION')).toHaveLength(162);
    expect(count('MUTUAL_AID_POINT')).toHaveLength(101);
    expect(count('CARE_INSTITUTION')).toHaveLength(58);
    expect(count('OUTDOOR_HUB').length).toBeGreaterThanOrEqual(1);
    const inst = count('CARE_INSTITUTION');
    expect(sum(inst.map((f) => f.beds))).toBe(5524);
    expect(sum(inst.map((f) => f.nursingBeds))).toBe(3428);
    expect(sum(inst.map((f) => f.occupiedBeds))).toBe(3941);
    for (const f of d.facilities) {
      expect(f.nursingBeds).toBeLessThanOrEqual(f.beds);
      expect(f.occupiedBeds).toBeLessThanOrEqual(f.beds);
    }
  });

  it('has unique names and codes, the named centres and the new stations', () => {
    expect(new Set(d.facilities.map((f) => f.name)).size).toBe(d.facilities.length);
    expect(new Set(d.facilities.map((f) => f.code)).size).toBe(d.facilities.length);
    const street = (name: string) => d.divisions.find((v) => v.name === name)!.code;
    const find = (name: string) => d.facilities.find((f) => f.name === name)!;
    expect(find('龙溪街道养老服务中心').divisionCode.startsWith(street('龙溪街道'))).toBe(true);
    expect(find('木耳镇养老服务中心').kind).toBe('TOWN_CENTER');
    expect(find('康晖路社区养老服务站').divisionCode.startsWith(street('回兴街道'))).toBe(true);
    for (const n of ['和庆路', '黄山', '秋成']) {
      expect(find(`${n}社区养老服务站`).divisionCode.startsWith(street('仙桃街道'))).toBe(true);
    }
    const jingang = find('金岗村互助养老点');
    expect(byCode.get(jingang.divisionCode)!.name).toBe('金岗村');
    expect(byCode.get(jingang.divisionCode)!.parentCode).toBe(street('木耳镇'));
    for (const f of count('MUTUAL_AID_POINT')) expect(byCode.get(f.divisionCode)!.level).toBe('VILLAGE');
  });

  it('has the 晚晴园 outdoor hub in 两路街道 linking nearby POIs', () => {
    const hub = d.facilities.find((f) => f.name === '晚晴园户外养老服务综合体')!;
    expect(hub.kind).toBe('OUTDOOR_HUB');
    expect(byCode.get(hub.divisionCode)!.parentCode).toBe(d.divisions.find((v) => v.name === '两路街道')!.code);
    expect(hub.hubServices).toEqual(expect.arrayContaining(['MEALS', 'SENIOR_LEARNING', 'REHABILITATION', 'CLEANING', 'COGNITIVE_CARE']));
    const pois = hub.hubPoiCodes.map((c) => d.pois.find((p) => p.code === c)!);
    expect(new Set(pois.map((p) => p.kind))).toEqual(
      new Set(['CULTURE_CENTER', 'SPORTS_GROUND', 'CANTEEN', 'SENIOR_UNIVERSITY', 'CLINIC', 'PARK']),
    );
    for (const p of pois) expect(distM(p.location.coordinates, hub.location.coordinates)).toBeLessThan(600);
    for (const f of d.facilities) if (f.kind !== 'OUTDOOR_HUB') expect(f.hubPoiCodes).toEqual([]);
  });

  it('mixes operators, including 百龄帮 and 凯尔', () => {
    const names = d.facilities.map((f) => f.operatorName).join('|');
    expect(names).toContain('百龄帮');
    expect(names).toContain('凯尔');
    expect(new Set(d.facilities.map((f) => f.operatorType))).toEqual(new Set(['PUBLIC', 'PRIVATE', 'SOCIAL_ORGANIZATION']));
  });

  it('puts every facility inside its lowest division and on a road', () => {
    const nearRoad = segmentIndex(d);
    for (const f of d.facilities) {
      expect(['COMMUNITY', 'VILLAGE']).toContain(byCode.get(f.divisionCode)!.level);
      expect(inDivision(f.location.coordinates, f.divisionCode)).toBe(true);
      expect(nearRoad(f.location.coordinates)).toBeLessThan(10);
    }
  });

  it('leaves realistic gaps in walking coverage (900 m along the network)', () => {
    const g = roadGraph(d);
    const sources = d.facilities
      .filter((f) => ['STREET_CENTER', 'TOWN_CENTER', 'COMMUNITY_STATION'].includes(f.kind))
      .map((f) => g.id.get(key(f.location.coordinates))!);
    expect(sources.every((s) => s !== undefined)).toBe(true);
    const dist = g.distances(sources, 1000);
    let covered = 0;
    let coveredStraight = 0;
    const stations = d.facilities.filter((f) => sources.length && ['STREET_CENTER', 'TOWN_CENTER', 'COMMUNITY_STATION'].includes(f.kind));
    const older = sum(d.residentialAreas.map((a) => a.olderResidents));
    for (const a of d.residentialAreas) {
      const [n, snap] = g.nearest(a.location.coordinates);
      if (n >= 0 && snap + dist[n]! <= 900) covered += a.olderResidents;
      if (stations.some((f) => distM(f.location.coordinates, a.location.coordinates) <= 900)) coveredStraight += a.olderResidents;
    }
    const share = covered / older;
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.93);
    // The river, sparse rural roads and detours make walking reach smaller than circles.
    expect(coveredStraight / older - share).toBeGreaterThan(0.02);
  });
});

describe('medical institutions', () => {
  const of = (kind: string) => d.medicalInstitutions.filter((m) => m.kind === kind);

  it('has the hospitals, centres and clinics with the published figures', () => {
    expect(of('GENERAL_HOSPITAL').length).toBeGreaterThanOrEqual(3);
    for (const m of of('GENERAL_HOSPITAL')) {
      expect(m.geriatricsDepartment).toBe(true);
      expect(['GRADE_2', 'GRADE_3']).toContain(m.grade);
    }
    expect(of('GERIATRIC_HOSPITAL')).toHaveLength(1);
    expect(of('TCM_HOSPITAL').length).toBeGreaterThanOrEqual(1);
    expect(of('COMMUNITY_HEALTH_CENTER')).toHaveLength(11);
    expect(of('TOWNSHIP_HEALTH_CENTER')).toHaveLength(11);
    expect(of('VILLAGE_CLINIC').length).toBeGreaterThan(20);
    const ms = d.medicalInstitutions;
    expect(ms.filter((m) => m.elderlyFriendly)).toHaveLength(24);
    expect(sum(ms.map((m) => m.hospiceBeds))).toBe(45);
    expect(sum(ms.map((m) => m.familyBeds))).toBe(24);
    expect(ms.filter((m) => m.familyBeds > 0)).toHaveLength(8);
    expect(new Set(ms.map((m) => m.name)).size).toBe(ms.length);
    for (const m of ms) expect(inDivision(m.location.coordinates, m.divisionCode)).toBe(true);
    // One community health centre per street.
    const streetOf = (m: { divisionCode: string }) => byCode.get(m.divisionCode)!.parentCode;
    expect(new Set(of('COMMUNITY_HEALTH_CENTER').map(streetOf)).size).toBe(11);
    expect(new Set(of('TOWNSHIP_HEALTH_CENTER').map(streetOf)).size).toBe(11);
  });

  it('co-locates 仙桃 health centre with its elderly-care centre and 金岗村 clinic with its mutual-aid point', () => {
    const fac = (n: string) => d.facilities.find((f) => f.name === n)!.location.coordinates;
    const med = (n: string) => d.medicalInstitutions.find((m) => m.name === n)!.location.coordinates;
    expect(distM(fac('仙桃街道养老服务中心'), med('仙桃街道社区卫生服务中心'))).toBeLessThan(50);
    expect(distM(fac('金岗村互助养老点'), med('木耳镇金岗村卫生室'))).toBeLessThan(50);
  });
});

describe('agreements', () => {
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

  it('gives every care institution an agreement valid today, some expiring within 60 days', () => {
    const medical = new Set(d.medicalInstitutions.map((m) => m.code));
    const facilities = new Set(d.facilities.map((f) => f.code));
    for (const a of d.agreements) {
      expect(medical.has(a.medicalCode)).toBe(true);
      expect(facilities.has(a.facilityCode)).toBe(true);
      expect(a.services.length).toBeGreaterThan(0);
      expect(day(a.signedOn)).toBeLessThanOrEqual(day(a.startsOn));
      expect(day(a.startsOn)).toBeLessThan(day(a.endsOn));
      expect((day(a.endsOn) - day(a.startsOn)) / 86_400_000).toBeLessThan(3 * 366);
    }
    const valid = d.agreements.filter((a) => a.startsOn <= TODAY && TODAY <= a.endsOn);
    for (const f of d.facilities.filter((x) => x.kind === 'CARE_INSTITUTION')) {
      expect(valid.some((a) => a.facilityCode === f.code)).toBe(true);
    }
    const expiring = valid.filter((a) => (day(a.endsOn) - day(TODAY)) / 86_400_000 <= 60);
    expect(expiring.length).toBeGreaterThanOrEqual(3);
    expect(d.agreements.some((a) => a.endsOn < TODAY)).toBe(true);
    expect(d.agreements.some((a) => d.facilities.find((f) => f.code === a.facilityCode)!.kind === 'STREET_CENTER')).toBe(true);
  });

  it('derives the dates from today', () => {
    const later = generateDemoDistrict({ seed: 42, today: '2027-06-15' });
    for (const f of later.facilities.filter((x) => x.kind === 'CARE_INSTITUTION')) {
      expect(later.agreements.some((a) => a.facilityCode === f.code && a.startsOn <= '2027-06-15' && '2027-06-15' <= a.endsOn)).toBe(true);
    }
  });
});

describe('terrain and stairways (梯坎)', () => {
  const lengthOf = (c: number[][]) => c.slice(1).reduce((s, p, i) => s + distM(c[i]!, p), 0);
  const rise = (c: number[][]) =>
    Math.abs(demoElevation(d.terrain, c.at(-1)![0]!, c.at(-1)![1]!) - demoElevation(d.terrain, c[0]![0]!, c[0]![1]!));

  it('says the heights are synthetic; they lie between a river valley and Yubei-like ridges', () => {
    expect(d.note).toMatch(/Heights .* synthetic/);
    const z = d.roads.map((r) => demoElevation(d.terrain, r.geometry.coordinates[0]![0]!, r.geometry.coordinates[0]![1]!));
    expect(Math.min(...z)).toBeGreaterThan(150);
    expect(Math.max(...z)).toBeLessThan(1100);
    expect(Math.max(...z) - Math.min(...z)).toBeGreaterThan(300);
  });

  it('turns steep minor streets into stairways, each with its number of steps', () => {
    const steps = d.roads.filter((r) => r.highway === 'steps');
    expect(steps.length).toBeGreaterThan(500);
    for (const r of steps) expect(r.stepCount).toBeGreaterThanOrEqual(3);
    for (const r of d.roads.filter((x) => x.highway !== 'steps')) expect(r.stepCount).toBeUndefined();
    // No minor street up to 400 m long climbs more than 12% between its ends: those are stairs.
    const minor = d.roads.filter((r) => ['residential', 'footway', 'path', 'service'].includes(r.highway));
    const tooSteep = minor.filter(
      (r) => lengthOf(r.geometry.coordinates) <= 400 && rise(r.geometry.coordinates) > 0.12 * lengthOf(r.geometry.coordinates) * 1.01,
    );
    expect(tooSteep.length).toBe(0);
    // Streets that stay streets still climb: hills are felt on foot.
    expect(
      d.roads.filter((r) => r.highway !== 'steps' && rise(r.geometry.coordinates) > 0.06 * lengthOf(r.geometry.coordinates)).length,
    ).toBeGreaterThan(1000);
  });
});

describe('roads', () => {
  it('has tens of thousands of segments with known highway values and 7-decimal coordinates', () => {
    expect(d.roads.length).toBeGreaterThan(30_000);
    expect(d.roads.length).toBeLessThan(60_000);
    const allowed = new Set(['residential', 'tertiary', 'secondary', 'footway', 'path', 'track', 'service', 'steps']);
    for (const r of d.roads) {
      expect(allowed.has(r.highway)).toBe(true);
      expect(r.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
    }
    for (const r of d.roads.slice(0, 2000)) {
      for (const c of r.geometry.coordinates) for (const v of c) expect(Math.round(v * 1e7) / 1e7).toBe(v);
    }
    for (const h of ['residential', 'secondary', 'track', 'path', 'steps']) expect(d.roads.some((r) => r.highway === h)).toBe(true);
  });

  it('connects only at shared end points: inner vertices are never shared', () => {
    const seen = new Map<string, number>();
    for (const r of d.roads) for (const c of r.geometry.coordinates) seen.set(key(c), (seen.get(key(c)) ?? 0) + 1);
    for (const r of d.roads) {
      const cs = r.geometry.coordinates;
      for (let i = 1; i + 1 < cs.length; i++) expect(seen.get(key(cs[i]!))).toBe(1);
    }
  });

  it('forms one connected network holding at least 95% of the segments', () => {
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      let r = k;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(k, r);
      return r;
    };
    const ends = d.roads.map((r) => [key(r.geometry.coordinates[0]!), key(r.geometry.coordinates.at(-1)!)] as const);
    for (const [a, b] of ends) {
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      parent.set(find(a), find(b));
    }
    const sizes = new Map<string, number>();
    for (const [a] of ends) sizes.set(find(a), (sizes.get(find(a)) ?? 0) + 1);
    expect(Math.max(...sizes.values()) / d.roads.length).toBeGreaterThanOrEqual(0.95);
  });

  it('makes walking across the river much longer than the straight line', () => {
    const g = roadGraph(d);
    // 悦来 lies across the river from 仙桃 in the generated geography.
    const a = d.facilities.find((f) => f.name === '悦来街道养老服务中心')!.location.coordinates;
    const b = d.facilities.find((f) => f.name === '仙桃街道养老服务中心')!.location.coordinates;
    const dist = g.distances([g.id.get(key(a))!], Infinity);
    const walk = dist[g.id.get(key(b))!]!;
    expect(walk).toBeLessThan(Infinity);
    expect(walk / distM(a, b)).toBeGreaterThan(1.25);
  });
});

describe('other seeds', () => {
  it.each([1, 2, 3])('seed %i keeps the totals and placement rules', (seed) => {
    const o = generateDemoDistrict({ seed });
    expect(o.facilities).toHaveLength(11 + 11 + 162 + 101 + 58 + 1);
    expect(sum(o.facilities.filter((f) => f.kind === 'CARE_INSTITUTION').map((f) => f.beds))).toBe(5524);
    const older = o.divisions[0]!.olderPopulation;
    expect(older).toBeGreaterThan(300_000);
    expect(older).toBeLessThan(400_000);
    expect(o.roads.length).toBeGreaterThan(30_000);
    expect(o.roads.length).toBeLessThan(60_000);
  });
});
