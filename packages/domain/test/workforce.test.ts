import { describe, expect, it } from 'vitest';
import {
  certificateEntitles,
  creditCodeCheckChar,
  idNumberCheckChar,
  idNumberProblem,
  isCreditCode,
  isEmployerScoped,
  maskIdNumber,
  ROLE_LIST,
  SKILL_LEVEL_LIST,
  TARGETS,
  WORKER_POST_LIST,
  WORKER_POSTS,
} from '../src/index.js';

describe('identity numbers (GB 11643)', () => {
  it('accepts the standard example and computes its X check character', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects a wrong check digit, a date that does not exist and a bad format', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checkDigit');
    const feb30 = '50011219800230123';
    expect(idNumberProblem(feb30 + idNumberCheckChar(feb30))).toBe('birthDate');
    expect(idNumberProblem('5001121980')).toBe('format');
  });
  it('masks all but the region code and the last four characters', () => {
    expect(maskIdNumber('500112198001011234')).toBe('500112********1234');
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a code with the right check character and rejects one with a wrong one', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true);
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
    expect(isCreditCode('91350100M000100YI3')).toBe(false);
  });
});

describe('posts, certificates and targets', () => {
  it('requires a certificate for care posts (持证上岗) and none for a director', () => {
    expect(certificateEntitles('ELDERLY_CARE_WORKER', [])).toBe(false);
    expect(certificateEntitles('ELDERLY_CARE_WORKER', ['ELDERLY_CARE_WORKER'])).toBe(true);
    expect(certificateEntitles('MEDICAL_CARE_WORKER', ['MATERNITY_CARE'])).toBe(false);
    expect(certificateEntitles('DIRECTOR', [])).toBe(true);
    expect(WORKER_POST_LIST.filter((p) => WORKER_POSTS[p].careWorker)).toEqual([
      'ELDERLY_CARE_WORKER',
      'MEDICAL_CARE_WORKER',
      'MATERNITY_CARE_WORKER',
    ]);
  });
  it('has the eight-level ladder and the plan targets', () => {
    expect(SKILL_LEVEL_LIST).toHaveLength(8);
    expect(TARGETS.certifiedCareWorkerShare).toBe(0.6);
    expect(TARGETS.socialWorkersPer1000Older).toBe(1);
    expect(TARGETS.socialWorkersPer100Beds).toBe(1);
  });
  it('binds only the employer role to one employer', () => {
    expect(ROLE_LIST.filter(isEmployerScoped)).toEqual(['EMPLOYER']);
  });
});
