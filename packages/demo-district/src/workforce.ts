import {
  creditCodeCheckChar,
  idNumberCheckChar,
  type CertificateKind,
  type EmployerKind,
  type SkillLevel,
  type TalentLibrary,
  type TrainingKind,
  type WorkerPost,
} from '@carecircle/domain';
import { formatDay, termStart } from './dates.js';
import { allocate, type Rng } from './random.js';
import type { DemoDivision, DemoFacility, DemoMedicalInstitution } from './types.js';

/**
 * The figures the demo workforce is built to, from the source documents: Yubei's certification
 * rate of 养老护理员 (87.08%, seed 002: 283 of 325 rounds to exactly 87.08%), the 115 care workers
 * in its hospitals of whom 97 hold a care-worker certificate and 18 a 月嫂证 (seed 000), and the
 * 2025 training plan (200 care workers, 88 institution directors; seed 002).
 */
export const DEMO_WORKFORCE_FIGURES = {
  careWorkers: 325,
  certifiedCareWorkers: 283,
  hospitalCareWorkers: 115,
  hospitalCareWorkersCertified: 97,
  maternityCareWorkers: 18,
  careWorkersTrained2025: 200,
  directorsTrained2025: 88,
  /** Certified care workers whose certificate runs out within 90 days (an alert, still certified). */
  certificatesExpiringSoon: 20,
} as const;

/**
 * Region code of every demo ID number and credit code: 500199 is assigned to no county, so a
 * generated (checksum-valid) number cannot be anyone's.
 */
export const DEMO_REGION_CODE = '500199';

/** Community stations of the demo with no care worker of their own. */
export const DEMO_UNSTAFFED_STATIONS = 30;

/** An employer of the demo workforce: a facility or medical institution of the demo, or a company. */
export interface DemoEmployer {
  code: string;
  kind: EmployerKind;
  /** Name for companies and training bodies (facilities and institutions keep their own). */
  name: string | null;
  facilityCode: string | null;
  medicalCode: string | null;
  creditCode: string | null;
  phone: string | null;
}

/** A certificate; dates 'YYYY-MM-DD'. */
export interface DemoCertificate {
  kind: CertificateKind;
  number: string;
  level: SkillLevel | null;
  issuer: string;
  issuedOn: string;
  validUntil: string | null;
}

export interface DemoTraining {
  course: string;
  kind: TrainingKind;
  hours: number;
  provider: string;
  heldOn: string;
}

export interface DemoEvaluation {
  kind: 'EVALUATION' | 'INSPECTION';
  score: number;
  byWhom: string;
  heldOn: string;
  note: string | null;
}

export interface DemoComplaint {
  what: string;
  outcome: string | null;
  penalty: boolean;
  receivedOn: string;
}

/**
 * A worker as the register would have recorded them: registered on the day they were hired (the
 * certificate and health check of that day), with what was added since.
 */
export interface DemoWorker {
  code: string;
  name: string;
  /** 身份证号 with a correct GB 11643 check digit, in the unassigned region {@link DEMO_REGION_CODE}. */
  idNumber: string;
  phone: string;
  skillLevel: SkillLevel | null;
  stars: number | null;
  /** The talent libraries (人才库), derived from the post, level and stars (no draw of its own). */
  libraries: TalentLibrary[];
  socialInsurance: boolean;
  accidentInsurance: boolean;
  /** The pre-work health check, before the hire date. */
  healthCheckOn: string;
  certificates: DemoCertificate[];
  employment: { employerCode: string; post: WorkerPost; startsOn: string; placedAtCode: string | null };
  trainings: DemoTraining[];
  evaluations: DemoEvaluation[];
  complaints: DemoComplaint[];
}

export interface DemoWorkforce {
  employers: DemoEmployer[];
  workers: DemoWorker[];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤';
const GIVEN_F = '秀英芳娟敏静丽艳娜霞燕玲桂兰红梅琴云莲萍华玉珍凤琳雪婷慧丹春晓蓉';
const GIVEN_M = '伟强军勇杰涛明超刚平辉建国志华斌波林峰鹏飞宇浩凯';
const CARE_ISSUER = '重庆市职业技能鉴定指导中心';
const MEDICAL_ISSUER = '重庆市卫生健康委员会';
const PLAN_PROVIDER = '重庆市职业技能公共实训中心';
const DIRECTOR_PROVIDER = '渝北区养老服务协会';

const SKILL_WEIGHTS: Array<[SkillLevel, number]> = [
  ['APPRENTICE', 5],
  ['JUNIOR', 35],
  ['INTERMEDIATE', 34],
  ['SENIOR', 18],
  ['TECHNICIAN', 6],
  ['SENIOR_TECHNICIAN', 2],
];

/**
 * Who the demo puts into the talent libraries: capability assessors into theirs; directors with
 * four stars or more among the experts and the institution-grading assessors; technicians and above
 * among the competition judges.
 */
function demoLibraries(post: WorkerPost, level: SkillLevel | null, stars: number | null): TalentLibrary[] {
  const out: TalentLibrary[] = [];
  if (post === 'DIRECTOR' && (stars ?? 0) >= 4) out.push('EXPERT', 'GRADING_ASSESSOR');
  if (level === 'TECHNICIAN' || level === 'SENIOR_TECHNICIAN') out.push('COMPETITION_JUDGE');
  if (post === 'CAPABILITY_ASSESSOR') out.push('CAPABILITY_ASSESSOR');
  return out;
}

const weighted = <T>(rng: Rng, items: Array<[T, number]>): T => {
  let x = rng.next() * items.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1]![0];
};

/**
 * Generates the demo workforce: employers (the demo's care institutions, centres and staffed
 * stations, its hospitals, two companies placing hospital care workers — 新生活护工公司 and
 * 爱丽宝公司 — and a training centre) and their workers, to {@link DEMO_WORKFORCE_FIGURES} exactly.
 * Deterministic for the same generator and `today` (day number).
 */
export function buildWorkforce(
  rng: Rng,
  facilities: DemoFacility[],
  medical: DemoMedicalInstitution[],
  divisions: DemoDivision[],
  today: number,
): DemoWorkforce {
  const F = DEMO_WORKFORCE_FIGURES;
  const day = (d: number) => formatDay(d);
  const employers: DemoEmployer[] = [];
  const workers: DemoWorker[] = [];
  const phone = () => `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;
  const usedIds = new Set<string>();
  const idNumber = (female: boolean, bornFrom: number, bornTo: number) => {
    for (;;) {
      const birth = formatDay(Date.UTC(rng.int(bornFrom, bornTo), rng.int(0, 11), rng.int(1, 28)) / 86_400_000).replaceAll('-', '');
      const seq = rng.int(0, 499) * 2 + (female ? 0 : 1);
      const first = `${DEMO_REGION_CODE}${birth}${String(seq).padStart(3, '0')}`;
      const id = first + idNumberCheckChar(first);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };
  const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const creditCode = () => {
    let first = `91${DEMO_REGION_CODE}MA`;
    while (first.length < 17) first += USCC[rng.int(0, USCC.length - 1)];
    return first + creditCodeCheckChar(first);
  };
  const personName = (female: boolean) => {
    const given = female ? GIVEN_F : GIVEN_M;
    const g = [...given];
    return rng.pick([...SURNAMES]) + rng.pick(g) + (rng.chance(0.7) ? rng.pick(g) : '');
  };
  let certNo = 0;
  let workerNo = 0;

  // ---- employers ---------------------------------------------------------------------------------
  const facilityEmployer = new Map<string, string>();
  const employerOf = (f: DemoFacility) => {
    let code = facilityEmployer.get(f.code);
    if (!code) {
      code = `EMP-${f.code}`;
      facilityEmployer.set(f.code, code);
      employers.push({
        code,
        kind: 'CARE_FACILITY',
        name: null,
        facilityCode: f.code,
        medicalCode: null,
        creditCode: null,
        phone: f.phone,
      });
    }
    return code;
  };
  const hospitals = medical.filter((m) => m.kind === 'GENERAL_HOSPITAL' || m.kind === 'GERIATRIC_HOSPITAL' || m.kind === 'TCM_HOSPITAL');
  for (const h of hospitals)
    employers.push({
      code: `EMP-${h.code}`,
      kind: 'MEDICAL_INSTITUTION',
      name: null,
      facilityCode: null,
      medicalCode: h.code,
      creditCode: null,
      phone: h.phone,
    });
  const companies = ['新生活护工公司', '爱丽宝公司'].map((name, i) => {
    const e: DemoEmployer = {
      code: `EMP-CO-${i + 1}`,
      kind: 'SERVICE_COMPANY',
      name,
      facilityCode: null,
      medicalCode: null,
      creditCode: creditCode(),
      phone: `023-6700${String(1001 + i)}`,
    };
    employers.push(e);
    return e;
  });
  employers.push({
    code: 'EMP-TB-1',
    kind: 'TRAINING_BODY',
    name: PLAN_PROVIDER,
    facilityCode: null,
    medicalCode: null,
    creditCode: creditCode(),
    phone: null,
  });

  // ---- a worker ----------------------------------------------------------------------------------
  /**
   * Dates: a certificate of five years that is valid on the hire date; `certifiedToday` decides
   * whether it still runs today, `expiringSoon` whether it ends within 90 days.
   */
  const addWorker = (o: {
    post: WorkerPost;
    employerCode: string;
    placedAtCode?: string | null;
    certificate: CertificateKind | null;
    certifiedToday: boolean;
    expiringSoon?: boolean;
    female: number;
    born: [number, number];
    skilled: boolean;
    /** Hired before this day (the directors, who all took part in the 2025 plan). */
    hireBy?: number;
  }) => {
    const female = rng.chance(o.female);
    let validUntil: number;
    if (!o.certifiedToday) validUntil = today - rng.int(10, 420);
    else if (o.expiringSoon) validUntil = today + rng.int(1, 90);
    else validUntil = today + rng.int(91, 1760);
    let issuedOn = termStart(validUntil, 5);
    const latestHire = Math.min(today - 1, validUntil);
    let hire =
      o.certificate == null
        ? Math.min(o.hireBy ?? today, today) - rng.int(30, 3000)
        : issuedOn + Math.floor(rng.next() * Math.max(1, Math.min(latestHire - issuedOn, 900)));
    if (o.certificate != null && o.hireBy != null && hire >= o.hireBy) {
      // Hired before the plan: the certificate then dates from before the hire (a longer validity).
      hire = o.hireBy - rng.int(1, 300);
      issuedOn = Math.min(issuedOn, hire - rng.int(0, 60));
    }
    const skillLevel = o.skilled ? weighted(rng, SKILL_WEIGHTS) : null;
    const certificates: DemoCertificate[] = o.certificate
      ? [
          {
            kind: o.certificate,
            number: `示例-${o.certificate === 'ELDERLY_CARE_WORKER' ? 'YL' : o.certificate === 'MATERNITY_CARE' ? 'MY' : o.certificate === 'SOCIAL_WORKER' ? 'SG' : o.certificate === 'CAPABILITY_ASSESSOR' ? 'PG' : 'YH'}-${String(++certNo).padStart(5, '0')}`,
            level: o.certificate === 'ELDERLY_CARE_WORKER' ? skillLevel : null,
            issuer: o.certificate === 'MEDICAL_CARE_WORKER' || o.certificate === 'MATERNITY_CARE' ? MEDICAL_ISSUER : CARE_ISSUER,
            issuedOn: day(issuedOn),
            validUntil: day(validUntil),
          },
        ]
      : [];
    const w: DemoWorker = {
      code: `WK-${String(++workerNo).padStart(4, '0')}`,
      name: personName(female),
      idNumber: idNumber(female, o.born[0], o.born[1]),
      phone: phone(),
      skillLevel,
      stars:
        o.skilled && rng.chance(0.85)
          ? weighted(rng, [
              [1, 5],
              [2, 15],
              [3, 40],
              [4, 30],
              [5, 10],
            ])
          : null,
      socialInsurance: rng.chance(0.93),
      accidentInsurance: rng.chance(0.88),
      healthCheckOn: day(hire - rng.int(3, 40)),
      certificates,
      employment: { employerCode: o.employerCode, post: o.post, startsOn: day(hire), placedAtCode: o.placedAtCode ?? null },
      trainings: [],
      evaluations: [],
      complaints: [],
      libraries: [],
    };
    w.libraries = demoLibraries(o.post, w.skillLevel, w.stars);
    workers.push(w);
    return w;
  };

  // ---- elderly-care workers (养老护理员) in the facilities ------------------------------------------
  const institutions = facilities.filter((f) => f.kind === 'CARE_INSTITUTION');
  const centres = facilities.filter((f) => f.kind === 'STREET_CENTER' || f.kind === 'TOWN_CENTER');
  const stations = facilities.filter((f) => f.kind === 'COMMUNITY_STATION');
  // Thirty stations have no care worker of their own (served by their operator's home-care staff).
  const unstaffed = new Set(rng.shuffle(stations.map((s) => s.code)).slice(0, DEMO_UNSTAFFED_STATIONS));
  const staffedStations = stations.filter((s) => !unstaffed.has(s.code));
  const perCentre = 2;
  const stationTwice = 0;
  const institutionCare = F.careWorkers - centres.length * perCentre - staffedStations.length - stationTwice;
  const perInstitution = allocate(
    institutionCare,
    institutions.map((f) => Math.max(1, f.beds)),
    undefined,
    2,
  );
  const slots: string[] = [];
  institutions.forEach((f, i) => {
    for (let k = 0; k < perInstitution[i]!; k++) slots.push(employerOf(f));
  });
  for (const c of centres) for (let k = 0; k < perCentre; k++) slots.push(employerOf(c));
  const twice = new Set(rng.shuffle(staffedStations.map((s) => s.code)).slice(0, stationTwice));
  for (const s of staffedStations) {
    slots.push(employerOf(s));
    if (twice.has(s.code)) slots.push(employerOf(s));
  }
  // Which slots are certified today, and which of those expire within 90 days: drawn, exact counts.
  const order = rng.shuffle(slots.map((_, i) => i));
  // Enough of them hired before the 2025 plan, whatever `today` is, for its 200 trainees.
  const early = new Set(rng.shuffle(slots.map((_, i) => i)).slice(0, F.careWorkersTrained2025 + 30));
  const lapsed = new Set(order.slice(0, F.careWorkers - F.certifiedCareWorkers));
  const expiring = new Set(
    order.slice(F.careWorkers - F.certifiedCareWorkers, F.careWorkers - F.certifiedCareWorkers + F.certificatesExpiringSoon),
  );
  const careWorkers = slots.map((employerCode, i) =>
    addWorker({
      post: 'ELDERLY_CARE_WORKER',
      employerCode,
      certificate: 'ELDERLY_CARE_WORKER',
      certifiedToday: !lapsed.has(i),
      expiringSoon: expiring.has(i),
      hireBy: early.has(i) ? Date.UTC(2025, 6, 1) / 86_400_000 : undefined,
      female: 0.86,
      born: [1966, 1998],
      skilled: true,
    }),
  );

  // ---- hospital care workers, placed by the two companies (seed 000) ---------------------------
  const placedAt = (h: DemoMedicalInstitution) => `EMP-${h.code}`;
  const general = hospitals;
  const perHospital = allocate(
    F.hospitalCareWorkersCertified,
    general.map((h) => (h.grade === 'GRADE_3' ? 3 : 1)),
    undefined,
    4,
  );
  general.forEach((h, i) => {
    for (let k = 0; k < perHospital[i]!; k++)
      addWorker({
        post: 'MEDICAL_CARE_WORKER',
        employerCode: companies[(i + k) % 2]!.code,
        placedAtCode: placedAt(h),
        certificate: 'MEDICAL_CARE_WORKER',
        certifiedToday: true,
        female: 0.8,
        born: [1964, 1996],
        skilled: false,
      });
  });
  // The 18 月嫂 of the maternal and child ward: the demo registry has no separate 妇幼保健院, so they
  // are placed at the district people's hospital (its obstetrics) — the figure counts them apart.
  const peoples = hospitals.find((h) => h.name === '重庆市渝北区人民医院') ?? hospitals[0]!;
  for (let k = 0; k < F.maternityCareWorkers; k++)
    addWorker({
      post: 'MATERNITY_CARE_WORKER',
      employerCode: companies[1]!.code,
      placedAtCode: placedAt(peoples),
      certificate: 'MATERNITY_CARE',
      certifiedToday: true,
      female: 1,
      born: [1970, 1995],
      skilled: false,
    });
  const hospitalWorkers = workers.filter((w) => w.employment.placedAtCode);
  // Monthly inspection by the nursing department, tied to the worker's pay (seed 000).
  const lastMonth = today - rng.int(5, 25);
  for (const w of hospitalWorkers)
    w.evaluations.push({
      kind: 'INSPECTION',
      score: Math.min(100, Math.round(82 + rng.normal() * 6)),
      byWhom: '护理部月度质量督查',
      heldOn: day(Math.max(lastMonth, Date.parse(`${w.employment.startsOn}T00:00:00Z`) / 86_400_000)),
      note: '服务质量、收费标准与满意度',
    });

  // ---- directors (院长/负责人), social workers, capability assessors ------------------------------
  const directors: DemoWorker[] = [];
  const direct = (f: DemoFacility) =>
    directors.push(
      addWorker({
        post: 'DIRECTOR',
        employerCode: employerOf(f),
        certificate: null,
        certifiedToday: true,
        female: 0.55,
        born: [1962, 1988],
        skilled: false,
        hireBy: Date.UTC(2025, 0, 1) / 86_400_000,
      }),
    );
  institutions.forEach(direct);
  centres.forEach(direct);
  // Deputy directors of the largest institutions, so that the 88 of the plan are all on the register.
  [...institutions]
    .sort((a, b) => b.beds - a.beds || a.code.localeCompare(b.code))
    .slice(0, F.directorsTrained2025 - directors.length)
    .forEach(direct);
  const older = divisions.find((d) => d.parentCode === null)?.olderPopulation ?? 0;
  // Below the 2027 target of one per 1,000 older residents, as Yubei is.
  const socialCount = Math.max(centres.length, Math.round((older / 1000) * 0.12));
  const socialAt = [...centres, ...institutions];
  for (let k = 0; k < socialCount; k++)
    addWorker({
      post: 'SOCIAL_WORKER',
      employerCode: employerOf(socialAt[k % socialAt.length]!),
      certificate: 'SOCIAL_WORKER',
      certifiedToday: rng.chance(0.95),
      female: 0.7,
      born: [1975, 2000],
      skilled: false,
    });
  for (const c of centres.filter((c) => c.kind === 'STREET_CENTER').slice(0, 6))
    addWorker({
      post: 'CAPABILITY_ASSESSOR',
      employerCode: employerOf(c),
      certificate: 'CAPABILITY_ASSESSOR',
      certifiedToday: true,
      female: 0.6,
      born: [1975, 1995],
      skilled: false,
    });

  // ---- the 2025 training plan (seed 002) and this year's rotation ------------------------------
  const inYear = (year: number, from = 2, to = 11) => {
    const d = Date.UTC(year, rng.int(from, to), rng.int(1, 28)) / 86_400_000;
    return day(Math.min(d, today - 1));
  };
  const hiredBy = (w: DemoWorker, d: string) => (d < w.employment.startsOn ? w.employment.startsOn : d);
  const trainable = rng.shuffle(careWorkers.filter((w) => w.employment.startsOn < '2025-12-01'));
  if (trainable.length < F.careWorkersTrained2025) throw new RangeError('buildWorkforce: too few care workers hired before the 2025 plan');
  for (const w of trainable.slice(0, F.careWorkersTrained2025))
    w.trainings.push({
      course: '养老护理员技能提升培训（2025年计划：生活照护、康复护理、心理疏导、职业道德）',
      kind: 'IN_SERVICE',
      hours: rng.pick([24, 32, 40]),
      provider: PLAN_PROVIDER,
      heldOn: hiredBy(w, inYear(2025)),
    });
  for (const w of directors)
    w.trainings.push({
      course: '养老机构院长专题培训（运营管理、风险防控、智慧养老）',
      kind: 'CONTINUING',
      hours: 24,
      provider: DIRECTOR_PROVIDER,
      heldOn: hiredBy(w, inYear(2025, 8, 10)),
    });
  const thisYear = new Date(today * 86_400_000).getUTCFullYear();
  for (const w of rng.shuffle([...careWorkers]).slice(0, 30))
    if (thisYear > 2025 && w.employment.startsOn < `${thisYear}-01-01`)
      w.trainings.push({
        course: '在岗轮训：失能老人照护与安全',
        kind: 'IN_SERVICE',
        hours: 16,
        provider: DIRECTOR_PROVIDER,
        heldOn: inYear(thisYear, 0, 10),
      });

  // ---- evaluations by the people served, and a few complaints -----------------------------------
  for (const w of rng.shuffle([...careWorkers]).slice(0, 40))
    w.evaluations.push({
      kind: 'EVALUATION',
      score: Math.min(100, Math.round(88 + rng.normal() * 5)),
      byWhom: '服务对象满意度回访',
      heldOn: day(Math.max(today - rng.int(1, 200), Date.parse(`${w.employment.startsOn}T00:00:00Z`) / 86_400_000)),
      note: null,
    });
  const complaints: Array<[string, string, boolean]> = [
    ['家属反映夜间巡房不及时', '约谈并加强夜班巡查', false],
    ['协助进食时态度生硬', '批评教育，回访满意', false],
    ['未按约定时间上门服务', '调整排班，扣减当月绩效', true],
    ['护理记录填写不完整', '限期整改', false],
    ['收费与公示标准不符', '退还差价，通报批评', true],
    ['老人跌倒后未及时报告', '警告处分，重新岗前培训', true],
  ];
  rng
    .shuffle([...careWorkers, ...hospitalWorkers])
    .slice(0, complaints.length)
    .forEach((w, k) => {
      const [what, outcome, penalty] = complaints[k]!;
      w.complaints.push({
        what,
        outcome,
        penalty,
        receivedOn: day(Math.max(today - rng.int(10, 300), Date.parse(`${w.employment.startsOn}T00:00:00Z`) / 86_400_000)),
      });
    });
  return { employers, workers };
}
