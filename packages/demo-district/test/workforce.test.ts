import { certificateEntitles, idNumberProblem, isCreditCode, WORKER_POSTS, type CertificateKind } from '@carecircle/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGION_CODE, DEMO_WORKFORCE_FIGURES as F, generateDemoDistrict, type DemoDistrict, type DemoWorker } from '../src/index.js';

const TODAY = '2026-12-01';
let d: DemoDistrict;
beforeAll(() => {
  d = generateDemoDistrict({ today: TODAY });
});

const validOn = (w: DemoWorker, on: string) =>
  w.certificates.filter((c) => c.issuedOn <= on && (!c.validUntil || c.validUntil >= on)).map((c) => c.kind as CertificateKind);
const post = (p: string) => d.workforce.workers.filter((w) => w.employment.post === p);

describe('demo workforce', () => {
  it('gives the seeds’ figures: 87.08% of 养老护理员 certified, 115 hospital care workers of whom 97 certified and 18 月嫂', () => {
    const care = post('ELDERLY_CARE_WORKER');
    const certified = care.filter((w) => certificateEntitles('ELDERLY_CARE_WORKER', validOn(w, TODAY)));
    expect(care.length).toBe(F.careWorkers);
    expect(certified.length).toBe(F.certifiedCareWorkers);
    expect((100 * certified.length) / care.length).toBeCloseTo(87.08, 2);
    const hospital = d.workforce.workers.filter((w) => w.employment.placedAtCode);
    expect(hospital.length).toBe(115);
    expect(hospital.filter((w) => validOn(w, TODAY).some((k) => k === 'MEDICAL_CARE_WORKER' || k === 'ELDERLY_CARE_WORKER')).length).toBe(
      97,
    );
    expect(hospital.filter((w) => validOn(w, TODAY).includes('MATERNITY_CARE')).length).toBe(18);
  });

  it('trains 200 care workers and 88 institution directors in 2025 (seed 002)', () => {
    const trained = (p: string) => post(p).filter((w) => w.trainings.some((t) => t.heldOn.startsWith('2025-'))).length;
    expect(trained('ELDERLY_CARE_WORKER')).toBe(200);
    expect(trained('DIRECTOR')).toBe(88);
    expect(post('DIRECTOR').length).toBe(88);
  });

  it('could be registered as hired: a valid certificate and health check on the hire date, nothing dated after today', () => {
    for (const w of d.workforce.workers) {
      const hire = w.employment.startsOn;
      expect(certificateEntitles(w.employment.post, validOn(w, hire)), w.code).toBe(true);
      expect(w.healthCheckOn <= hire).toBe(true);
      expect(hire < TODAY).toBe(true);
      for (const r of [...w.trainings, ...w.evaluations]) expect(r.heldOn >= hire && r.heldOn <= TODAY, w.code).toBe(true);
      for (const c of w.complaints) expect(c.receivedOn >= hire && c.receivedOn <= TODAY).toBe(true);
      expect(WORKER_POSTS[w.employment.post]).toBeDefined();
    }
  });

  it('uses check-digit-valid ID numbers and credit codes of an unassigned region, each once', () => {
    const ids = d.workforce.workers.map((w) => w.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(idNumberProblem(id)).toBeNull();
      expect(id.startsWith(DEMO_REGION_CODE)).toBe(true);
    }
    for (const e of d.workforce.employers.filter((e) => e.creditCode)) expect(isCreditCode(e.creditCode!)).toBe(true);
    expect(d.workforce.employers.filter((e) => e.kind === 'SERVICE_COMPANY').map((e) => e.name)).toEqual(['新生活护工公司', '爱丽宝公司']);
  });

  it('links employers to the demo’s facilities and hospitals, and leaves some stations without a care worker', () => {
    const facilities = new Set(d.facilities.map((f) => f.code));
    const medical = new Set(d.medicalInstitutions.map((m) => m.code));
    for (const e of d.workforce.employers) {
      if (e.kind === 'CARE_FACILITY') expect(facilities.has(e.facilityCode!)).toBe(true);
      if (e.kind === 'MEDICAL_INSTITUTION') expect(medical.has(e.medicalCode!)).toBe(true);
    }
    const staffed = new Set(d.workforce.employers.map((e) => e.facilityCode));
    const stations = d.facilities.filter((f) => f.kind === 'COMMUNITY_STATION');
    expect(stations.filter((s) => !staffed.has(s.code)).length).toBe(30);
  });

  it('is deterministic', () => {
    expect(generateDemoDistrict({ today: TODAY }).workforce).toEqual(d.workforce);
  });
});
