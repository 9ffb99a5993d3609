import type { DivisionDraft } from './divisions.js';
import { formatDay, termEnd, termStart } from './dates.js';
import { insideConvex, toLonLat, type XY } from './geometry.js';
import type { Lattice } from './lattice.js';
import { nearestRoadNode, type Network } from './network.js';
import { stem } from './names.js';
import { allocate, type Rng } from './random.js';
import type {
  AgreementService,
  DemoAgreement,
  DemoFacility,
  DemoMedicalInstitution,
  DemoPoi,
  FacilityKind,
  HospitalGrade,
  MedicalKind,
  OperatorType,
  PoiKind,
  ServiceKind,
} from './types.js';

/** Published Yubei totals for elderly-care institutions. */
export const INSTITUTION_TOTALS = { count: 58, beds: 5524, nursingBeds: 3428, occupiedBeds: 3941 } as const;

interface Operator {
  name: string;
  short: string;
  type: OperatorType;
}
const OPERATORS: Operator[] = [
  { name: '重庆百龄帮康养服务有限公司', short: '百龄帮', type: 'PRIVATE' },
  { name: '重庆凯尔养老服务有限公司', short: '凯尔', type: 'PRIVATE' },
  { name: '重庆椿龄康养服务有限公司', short: '椿龄', type: 'PRIVATE' },
  { name: '重庆颐安居家养老服务有限公司', short: '颐安', type: 'PRIVATE' },
  { name: '渝北区乐龄社会工作服务中心', short: '乐龄', type: 'SOCIAL_ORGANIZATION' },
  { name: '渝北区夕阳红为老服务中心', short: '夕阳红', type: 'SOCIAL_ORGANIZATION' },
  { name: '渝北区康乐养老服务协会', short: '康乐', type: 'SOCIAL_ORGANIZATION' },
];
const WELFARE: Operator = { name: '重庆市渝北区社会福利院', short: '福利院', type: 'PUBLIC' };

export interface Places {
  facilities: DemoFacility[];
  pois: DemoPoi[];
  medicalInstitutions: DemoMedicalInstitution[];
  agreements: DemoAgreement[];
}

/**
 * Places facilities, POIs and medical institutions on road nodes inside their divisions and signs
 * medical–elderly-care agreements dated around `today` (a UTC day number).
 */
export function buildPlaces(rng: Rng, l: Lattice, net: Network, district: DivisionDraft, today: number): Places {
  const tops = district.children;
  const streets = tops.filter((t) => t.level === 'STREET');
  const towns = tops.filter((t) => t.level === 'TOWN');
  const byName = (name: string) => tops.find((t) => t.name === name)!;
  const usedNodes = new Set<number>();
  const pt = (n: number): XY => [l.x[n]!, l.y[n]!];

  const lowestAt = (p: XY, margin = 2): DivisionDraft | null => {
    for (const t of tops) {
      if (!insideConvex(t.ring, p, margin)) continue;
      return t.children.find((c) => insideConvex(c.ring, p, margin)) ?? null;
    }
    return null;
  };

  /** A free road node near `target` inside `within`, clear of division edges. */
  const place = (target: XY, within: DivisionDraft): { at: XY; low: DivisionDraft } => {
    const n = nearestRoadNode(
      l,
      net.degree,
      target,
      (k) => {
        if (usedNodes.has(k)) return false;
        const p = pt(k);
        if (!insideConvex(within.ring, p, 3)) return false;
        return lowestAt(p, 3) !== null;
      },
      60,
    );
    if (n < 0) throw new Error(`no road node for a facility in ${within.name}`);
    usedNodes.add(n);
    return { at: pt(n), low: lowestAt(pt(n), 3)! };
  };
  /** A point `d` metres from `p`, still inside `low` (for co-located buildings). */
  const beside = (p: XY, low: DivisionDraft, d: number): XY => {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      const q: XY = [p[0] + d * Math.cos(a), p[1] + d * Math.sin(a)];
      if (insideConvex(low.ring, q, 2)) return q;
    }
    return p;
  };
  const topOf = (low: DivisionDraft) => low.parent!;
  const address = (low: DivisionDraft): string =>
    low.level === 'VILLAGE'
      ? `重庆市渝北区${topOf(low).name}${low.name}${rng.int(1, 9)}组${rng.int(1, 60)}号`
      : `重庆市渝北区${topOf(low).name}${stem(low.name).replace(/场镇$/, '')}路${rng.int(1, 320)}号`;
  const phone = () => `023-6${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const point = (p: XY) => ({ type: 'Point' as const, coordinates: toLonLat(p) });
  const withExtras = (base: ServiceKind[], extras: ServiceKind[], p: number): ServiceKind[] => [
    ...base,
    ...extras.filter((s) => !base.includes(s) && rng.chance(p)),
  ];

  const facilities: DemoFacility[] = [];
  const facilityAt = new Map<string, XY>();
  const counters = new Map<string, number>();
  const PREFIX: Record<FacilityKind, string> = {
    STREET_CENTER: 'SC',
    TOWN_CENTER: 'TC',
    COMMUNITY_STATION: 'CS',
    MUTUAL_AID_POINT: 'MA',
    CARE_INSTITUTION: 'CI',
    OUTDOOR_HUB: 'OH',
  };
  const addFacility = (
    f: Omit<DemoFacility, 'code' | 'location' | 'divisionCode' | 'address' | 'hubServices' | 'hubPoiCodes'> &
      Partial<Pick<DemoFacility, 'hubServices' | 'hubPoiCodes'>>,
    at: XY,
    low: DivisionDraft,
  ): DemoFacility => {
    const k = (counters.get(f.kind) ?? 0) + 1;
    counters.set(f.kind, k);
    const full: DemoFacility = {
      code: `FAC-${PREFIX[f.kind]}-${String(k).padStart(3, '0')}`,
      ...f,
      location: point(at),
      address: address(low),
      divisionCode: low.code,
      hubServices: f.hubServices ?? [],
      hubPoiCodes: f.hubPoiCodes ?? [],
    };
    facilities.push(full);
    facilityAt.set(full.code, at);
    return full;
  };
  const capacity = (beds: number) => {
    const nursingBeds = Math.round(beds * rng.range(0.3, 0.7));
    return { beds, nursingBeds, occupiedBeds: Math.round(beds * rng.range(0.5, 0.9)) };
  };

  // Street and town centres.
  for (const s of streets) {
    const { at, low } = place(s.seed, s);
    const op = rng.chance(0.7) ? rng.pick(OPERATORS) : { ...WELFARE, name: `${s.name}办事处`, type: 'PUBLIC' as const };
    addFacility(
      {
        name: `${s.name}养老服务中心`,
        kind: 'STREET_CENTER',
        operatorName: op.name,
        operatorType: op.type,
        services: withExtras(
          ['MEALS', 'BATHING', 'CLEANING', 'DAY_CARE', 'REHABILITATION'],
          ['MEDICAL_CARE', 'COGNITIVE_CARE', 'RESPITE', 'SENIOR_LEARNING', 'HOME_VISITS'],
          0.5,
        ),
        openingHours: '周一至周日 08:00-18:00',
        ...capacity(rng.int(20, 60)),
        dayCarePlaces: rng.int(20, 50),
        mealSeats: rng.int(60, 150),
        phone: phone(),
      },
      at,
      low,
    );
  }
  for (const t of towns) {
    const seat = t.children.find((c) => c.townSeat)!;
    const { at, low } = place(t.seed, seat);
    const op = rng.chance(0.5) ? rng.pick(OPERATORS) : { name: `${t.name}人民政府`, short: '', type: 'PUBLIC' as const };
    addFacility(
      {
        name: `${t.name}养老服务中心`,
        kind: 'TOWN_CENTER',
        operatorName: op.name,
        operatorType: op.type,
        services: withExtras(
          ['MEALS', 'DAY_CARE', 'REHABILITATION', 'CLEANING'],
          ['BATHING', 'RESPITE', 'HOME_VISITS', 'MEDICAL_CARE'],
          0.5,
        ),
        openingHours: rng.pick(['周一至周日 08:00-18:00', '周一至周日 08:30-17:30']),
        ...capacity(rng.int(20, 50)),
        dayCarePlaces: rng.int(15, 40),
        mealSeats: rng.int(40, 100),
        phone: phone(),
      },
      at,
      low,
    );
  }

  // Community stations: one in 151 street communities (the 4 new ones included) and in each town seat.
  const required = new Set(['康晖路社区', '和庆路社区', '黄山社区', '秋成社区']);
  const streetCommunities = streets.flatMap((s) => s.children);
  const others = rng.shuffle(streetCommunities.filter((c) => !required.has(c.name)));
  const chosen = [...streetCommunities.filter((c) => required.has(c.name)), ...others.slice(0, 151 - required.size)];
  const stationSites = [...chosen, ...towns.map((t) => t.children.find((c) => c.townSeat)!)];
  stationSites.sort((a, b) => a.code.localeCompare(b.code));
  for (const c of stationSites) {
    const { at, low } = place([c.seed[0] + rng.normal() * 120, c.seed[1] + rng.normal() * 120], c);
    const op: Operator = rng.chance(0.75) ? rng.pick(OPERATORS) : { name: `${c.name}居民委员会`, short: '', type: 'PUBLIC' };
    addFacility(
      {
        name: `${c.name}养老服务站`,
        kind: 'COMMUNITY_STATION',
        operatorName: op.name,
        operatorType: op.type,
        services: withExtras(
          ['MEALS', 'DAY_CARE', 'HOME_VISITS'],
          ['CLEANING', 'BATHING', 'SENIOR_LEARNING', 'REHABILITATION', 'COGNITIVE_CARE'],
          0.35,
        ),
        openingHours: rng.pick(['周一至周日 08:00-18:00', '周一至周五 08:30-17:30', '周一至周六 08:00-17:00']),
        beds: 0,
        nursingBeds: 0,
        occupiedBeds: 0,
        dayCarePlaces: rng.int(8, 30),
        mealSeats: rng.int(20, 80),
        phone: phone(),
      },
      at,
      low,
    );
  }

  // Village mutual-aid points: 101 villages, 金岗村 (木耳镇) among them.
  const villages = towns.flatMap((t) => t.children.filter((c) => c.level === 'VILLAGE'));
  const jingang = byName('木耳镇').children.find((c) => c.name === '金岗村')!;
  const aidVillages = [jingang, ...rng.shuffle(villages.filter((v) => v !== jingang)).slice(0, 100)];
  aidVillages.sort((a, b) => a.code.localeCompare(b.code));
  let jingangPoint: XY = jingang.seed;
  for (const v of aidVillages) {
    const { at, low } = place(v.seed, v);
    if (v === jingang) jingangPoint = at;
    addFacility(
      {
        name: `${v.name}互助养老点`,
        kind: 'MUTUAL_AID_POINT',
        operatorName: `${topOf(v).name}${v.name}村民委员会`,
        operatorType: rng.chance(0.8) ? 'PUBLIC' : 'SOCIAL_ORGANIZATION',
        services: withExtras(['MEALS', 'HOME_VISITS'], ['DAY_CARE', 'CLEANING'], 0.4),
        openingHours: rng.pick(['周一至周五 09:00-17:00', '周一至周日 09:00-16:00']),
        beds: 0,
        nursingBeds: 0,
        occupiedBeds: 0,
        dayCarePlaces: rng.int(0, 10),
        mealSeats: rng.int(10, 30),
        phone: rng.chance(0.5) ? phone() : null,
      },
      at,
      low,
    );
  }

  // Care institutions: 44 in the city, one public home per town, 3 private ones in towns.
  const institutionSites: Array<{ div: DivisionDraft; op: Operator; name: string }> = [];
  const takenNames = new Set<string>();
  const uniqueName = (base: string) => {
    let name = base;
    for (let k = 0; takenNames.has(name); k++) name = `${base}${['分院', '二部', '三部', '四部'][k] ?? k}`;
    takenNames.add(name);
    return name;
  };
  const SUFFIX = ['颐养院', '养老院', '康养中心', '护理院', '老年公寓', '颐养中心', '福寿园'];
  for (let k = 0; k < 44; k++) {
    const div = rng.pick(streetCommunities);
    const op = k === 0 ? WELFARE : rng.chance(0.8) ? rng.pick(OPERATORS) : WELFARE;
    const name =
      op === WELFARE && k === 0 ? WELFARE.name : `${op === WELFARE ? '渝北区' : `${op.short}·`}${stem(div.name)}${rng.pick(SUFFIX)}`;
    institutionSites.push({ div, op, name: uniqueName(name) });
  }
  for (const t of towns) {
    institutionSites.push({
      div: t.children.find((c) => c.townSeat)!,
      op: { name: `${t.name}人民政府`, short: '', type: 'PUBLIC' },
      name: uniqueName(`${t.name}敬老院`),
    });
  }
  for (let k = 0; k < 3; k++) {
    const v = rng.pick(villages);
    const op = rng.pick(OPERATORS);
    institutionSites.push({ div: v, op, name: uniqueName(`${op.short}·${stem(v.name)}山居颐养院`) });
  }
  const n = institutionSites.length;
  const bedWeights = institutionSites.map((s) => (s.op === WELFARE ? 3 : 1) * Math.exp(rng.normal() * 0.5));
  const beds = allocate(INSTITUTION_TOTALS.beds, bedWeights, undefined, 20);
  const nursing = allocate(
    INSTITUTION_TOTALS.nursingBeds,
    beds.map((b) => b * rng.range(0.45, 0.8)),
    beds,
  );
  const occupied = allocate(
    INSTITUTION_TOTALS.occupiedBeds,
    beds.map((b) => b * rng.range(0.55, 0.95)),
    beds,
  );
  const institutions: DemoFacility[] = [];
  for (let k = 0; k < n; k++) {
    const s = institutionSites[k]!;
    const { at, low } = place([s.div.seed[0] + rng.normal() * 300, s.div.seed[1] + rng.normal() * 300], s.div);
    institutions.push(
      addFacility(
        {
          name: s.name,
          kind: 'CARE_INSTITUTION',
          operatorName: s.op.name,
          operatorType: s.op.type,
          services: withExtras(['MEDICAL_CARE', 'REHABILITATION'], ['RESPITE', 'COGNITIVE_CARE', 'BATHING', 'MEALS', 'DAY_CARE'], 0.5),
          openingHours: '周一至周日 00:00-24:00',
          beds: beds[k]!,
          nursingBeds: nursing[k]!,
          occupiedBeds: occupied[k]!,
          dayCarePlaces: rng.chance(0.3) ? rng.int(10, 30) : 0,
          mealSeats: Math.round(beds[k]! * 0.6),
          phone: phone(),
        },
        at,
        low,
      ),
    );
  }

  // POIs and the outdoor hub 晚晴园 in 两路街道.
  const pois: DemoPoi[] = [];
  const addPoi = (name: string, kind: PoiKind, target: XY, within: DivisionDraft): DemoPoi => {
    const { at, low } = place(target, within);
    const poi: DemoPoi = {
      code: `POI-${String(pois.length + 1).padStart(3, '0')}`,
      name,
      kind,
      location: point(at),
      address: address(low),
    };
    pois.push(poi);
    return poi;
  };
  const lianglu = byName('两路街道');
  const hubTarget: XY = [lianglu.seed[0] + 700, lianglu.seed[1] + 400];
  const hubSite = place(hubTarget, lianglu);
  const hubPois = (
    [
      ['晚晴园', 'PARK'],
      ['两路街道文化服务中心', 'CULTURE_CENTER'],
      ['晚晴园全民健身广场', 'SPORTS_GROUND'],
      ['晚晴园社区食堂', 'CANTEEN'],
      ['渝北区老年大学晚晴园教学点', 'SENIOR_UNIVERSITY'],
      ['晚晴园康复诊所', 'CLINIC'],
    ] as const
  ).map(([name, kind], k) => {
    const a = (k * Math.PI) / 3 + 0.3;
    const r = k === 0 ? 60 : 180 + 40 * k;
    return addPoi(name, kind, [hubSite.at[0] + r * Math.cos(a), hubSite.at[1] + r * Math.sin(a)], lianglu);
  });
  const hubServices: ServiceKind[] = ['MEALS', 'SENIOR_LEARNING', 'REHABILITATION', 'CLEANING', 'COGNITIVE_CARE'];
  addFacility(
    {
      name: '晚晴园户外养老服务综合体',
      kind: 'OUTDOOR_HUB',
      operatorName: OPERATORS[0]!.name,
      operatorType: OPERATORS[0]!.type,
      services: [...hubServices],
      openingHours: '周一至周日 07:00-21:00',
      beds: 0,
      nursingBeds: 0,
      occupiedBeds: 0,
      dayCarePlaces: 20,
      mealSeats: 120,
      phone: phone(),
      hubServices,
      hubPoiCodes: hubPois.map((p) => p.code),
    },
    hubSite.at,
    hubSite.low,
  );
  for (const s of streets) {
    if (s !== lianglu) addPoi(`${s.name}文化服务中心`, 'CULTURE_CENTER', [s.seed[0] + 300, s.seed[1] - 200], s);
    addPoi(`${stem(s.name)}公园`, 'PARK', [s.seed[0] - 500, s.seed[1] + 400], s);
    if (rng.chance(0.6)) addPoi(`${stem(s.name)}全民健身中心`, 'SPORTS_GROUND', [s.seed[0] + 600, s.seed[1] + 500], s);
    const c = rng.pick(s.children);
    addPoi(`${c.name}老年食堂`, 'CANTEEN', c.seed, c);
    addPoi(`${stem(s.name)}康${rng.pick(['宁', '民', '泰', '和'])}诊所`, 'CLINIC', [s.seed[0] - 300, s.seed[1] - 400], s);
  }
  addPoi('渝北区老年大学', 'SENIOR_UNIVERSITY', [lianglu.seed[0] - 400, lianglu.seed[1] - 300], lianglu);
  for (const t of towns) {
    const seat = t.children.find((c) => c.townSeat)!;
    addPoi(`${t.name}综合文化站`, 'CULTURE_CENTER', [t.seed[0] + 200, t.seed[1]], seat);
    if (rng.chance(0.5)) addPoi(`${stem(t.name)}老年学校`, 'SENIOR_UNIVERSITY', [t.seed[0] - 200, t.seed[1] + 100], seat);
  }

  // Medical institutions.
  const medical: DemoMedicalInstitution[] = [];
  const medAt = new Map<string, XY>();
  const MED_PREFIX: Record<MedicalKind, string> = {
    GENERAL_HOSPITAL: 'GH',
    GERIATRIC_HOSPITAL: 'GR',
    TCM_HOSPITAL: 'TCM',
    COMMUNITY_HEALTH_CENTER: 'CHC',
    TOWNSHIP_HEALTH_CENTER: 'THC',
    VILLAGE_CLINIC: 'VC',
  };
  const medCount = new Map<MedicalKind, number>();
  const addMedical = (name: string, kind: MedicalKind, grade: HospitalGrade | null, at: XY, low: DivisionDraft) => {
    const k = (medCount.get(kind) ?? 0) + 1;
    medCount.set(kind, k);
    const hospital = kind === 'GENERAL_HOSPITAL' || kind === 'GERIATRIC_HOSPITAL' || kind === 'TCM_HOSPITAL';
    const m: DemoMedicalInstitution = {
      code: `MED-${MED_PREFIX[kind]}-${String(k).padStart(3, '0')}`,
      name,
      kind,
      grade,
      geriatricsDepartment: hospital,
      hospiceBeds: 0,
      familyBeds: 0,
      elderlyFriendly: false,
      location: point(at),
      address: address(low),
      divisionCode: low.code,
      phone: kind === 'VILLAGE_CLINIC' && rng.chance(0.5) ? null : phone(),
    };
    medical.push(m);
    medAt.set(m.code, at);
    return m;
  };
  const hospitalAt = (streetName: string, dx: number, dy: number) => {
    const s = byName(streetName);
    return place([s.seed[0] + dx, s.seed[1] + dy], s);
  };
  const hospitals: Array<[string, MedicalKind, HospitalGrade, string]> = [
    ['重庆市渝北区人民医院', 'GENERAL_HOSPITAL', 'GRADE_3', '双龙湖街道'],
    ['重庆市渝北区第二人民医院', 'GENERAL_HOSPITAL', 'GRADE_2', '龙溪街道'],
    ['渝北区仙桃医院', 'GENERAL_HOSPITAL', 'GRADE_2', '仙桃街道'],
    ['渝北区空港医院', 'GENERAL_HOSPITAL', 'GRADE_2', '双凤桥街道'],
    ['渝北区悦来医院', 'GENERAL_HOSPITAL', 'GRADE_2', '悦来街道'],
    ['渝北区老年病医院', 'GERIATRIC_HOSPITAL', 'GRADE_2', '龙山街道'],
    ['重庆市渝北区中医院', 'TCM_HOSPITAL', 'GRADE_3', '两路街道'],
  ];
  const hospitalRecords = hospitals.map(([name, kind, grade, street]) => {
    const { at, low } = hospitalAt(street, rng.range(-900, 900), rng.range(-900, 900));
    return addMedical(name, kind, grade, at, low);
  });
  const chcs = streets.map((s) => {
    let at: XY;
    let low: DivisionDraft;
    if (s.name === '仙桃街道') {
      // Built together with 仙桃街道养老服务中心.
      const centre = facilities.find((f) => f.name === '仙桃街道养老服务中心')!;
      low = lowestAt(facilityAt.get(centre.code)!)!;
      at = beside(facilityAt.get(centre.code)!, low, 25);
    } else {
      ({ at, low } = place([s.seed[0] + rng.range(-500, 500), s.seed[1] + rng.range(-500, 500)], s));
    }
    return addMedical(`${s.name}社区卫生服务中心`, 'COMMUNITY_HEALTH_CENTER', 'GRADE_1', at, low);
  });
  const thcs = towns.map((t) => {
    const seat = t.children.find((c) => c.townSeat)!;
    const { at, low } = place([t.seed[0] + rng.range(-300, 300), t.seed[1] + rng.range(-300, 300)], seat);
    return addMedical(`${t.name}卫生院`, 'TOWNSHIP_HEALTH_CENTER', 'GRADE_1', at, low);
  });
  const clinicVillages = [jingang, ...rng.shuffle(villages.filter((v) => v !== jingang)).slice(0, 59)];
  clinicVillages.sort((a, b) => a.code.localeCompare(b.code));
  for (const v of clinicVillages) {
    let at: XY;
    let low: DivisionDraft = v;
    if (v === jingang) at = beside(jingangPoint, v, 20);
    else ({ at, low } = place([v.seed[0] + rng.normal() * 200, v.seed[1] + rng.normal() * 200], v));
    addMedical(`${topOf(v).name}${v.name}卫生室`, 'VILLAGE_CLINIC', null, at, low);
  }
  // Figures: 24 elderly-friendly institutions, 45 hospice beds, 24 family beds in 8 institutions.
  const friendly = [...hospitalRecords, ...chcs, ...rng.shuffle([...thcs]).slice(0, 24 - hospitalRecords.length - chcs.length)];
  for (const m of friendly) m.elderlyFriendly = true;
  const hospiceHolders = hospitalRecords.filter((m) => m.kind !== 'TCM_HOSPITAL');
  allocate(
    45,
    hospiceHolders.map((m) => (m.kind === 'GERIATRIC_HOSPITAL' ? 3 : 1)),
    undefined,
    3,
  ).forEach((b, k) => {
    hospiceHolders[k]!.hospiceBeds = b;
  });
  const familyHolders = rng.shuffle([...chcs, ...thcs]).slice(0, 8);
  allocate(
    24,
    familyHolders.map(() => rng.range(0.5, 1.5)),
    undefined,
    1,
  ).forEach((b, k) => {
    familyHolders[k]!.familyBeds = b;
  });

  // Agreements (医养结合签约).
  const agreements: DemoAgreement[] = [];
  const addAgreement = (medicalCode: string, facilityCode: string, services: AgreementService[], start: number, end: number) => {
    agreements.push({
      code: `AGR-${String(agreements.length + 1).padStart(4, '0')}`,
      medicalCode,
      facilityCode,
      services,
      signedOn: formatDay(start - rng.int(0, 20)),
      startsOn: formatDay(start),
      endsOn: formatDay(end),
    });
  };
  /** A term of 1–3 years that is valid today and does not end within 60 days. */
  const currentTerm = (): [number, number] => {
    const years = rng.int(1, 3);
    const start = today - rng.int(10, years * 365 - 70);
    return [start, termEnd(start, years)];
  };
  const dist2 = (a: XY, b: XY) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
  const nearest = (p: XY, kinds: MedicalKind[]) =>
    medical
      .filter((m) => kinds.includes(m.kind))
      .reduce((best, m) => (dist2(medAt.get(m.code)!, p) < dist2(medAt.get(best.code)!, p) ? m : best));
  const expiring = new Set(rng.shuffle(institutions.map((_, k) => k)).slice(0, 5));
  const withHistory = new Set(rng.shuffle(institutions.map((_, k) => k)).slice(0, 8));
  institutions.forEach((f, k) => {
    const p = facilityAt.get(f.code)!;
    const partner = nearest(p, [
      'GENERAL_HOSPITAL',
      'GERIATRIC_HOSPITAL',
      'TCM_HOSPITAL',
      'COMMUNITY_HEALTH_CENTER',
      'TOWNSHIP_HEALTH_CENTER',
    ]);
    const services: AgreementService[] = ['TWO_WAY_REFERRAL', 'REGULAR_VISITS'];
    if (rng.chance(0.5)) services.push('GREEN_CHANNEL');
    if (rng.chance(0.6)) services.push('EMERGENCY_RESPONSE');
    let start: number;
    let end: number;
    if (expiring.has(k)) {
      const years = rng.int(1, 3);
      end = today + rng.int(3, 55);
      start = termStart(end, years);
    } else [start, end] = currentTerm();
    if (withHistory.has(k)) addAgreement(partner.code, f.code, ['TWO_WAY_REFERRAL', 'REGULAR_VISITS'], termStart(start - 1, 2), start - 1);
    addAgreement(partner.code, f.code, services, start, end);
    if (rng.chance(0.35)) {
      const hospital = nearest(p, ['GENERAL_HOSPITAL', 'GERIATRIC_HOSPITAL']);
      if (hospital.code !== partner.code)
        addAgreement(hospital.code, f.code, ['GREEN_CHANNEL', 'REMOTE_CONSULTATION', 'TWO_WAY_REFERRAL'], ...currentTerm());
    }
  });
  for (const f of facilities) {
    if (f.kind !== 'STREET_CENTER' && f.kind !== 'TOWN_CENTER' && f.name !== '金岗村互助养老点') continue;
    const p = facilityAt.get(f.code)!;
    const partner =
      f.kind === 'STREET_CENTER'
        ? nearest(p, ['COMMUNITY_HEALTH_CENTER'])
        : f.kind === 'TOWN_CENTER'
          ? nearest(p, ['TOWNSHIP_HEALTH_CENTER'])
          : nearest(p, ['VILLAGE_CLINIC']);
    addAgreement(partner.code, f.code, ['REGULAR_VISITS', 'HOME_VISITS'], ...currentTerm());
  }

  return { facilities, pois, medicalInstitutions: medical, agreements };
}
