import { describe, expect, it } from 'vitest';
import {
  ACTION_LIST,
  ACTIONS,
  actionsOf,
  can,
  canTakeStep,
  editModeOf,
  mayRemove,
  CIRCLE_TARGET,
  countCompleteCircles,
  COVERAGE_GROUPS,
  FACILITY_KIND_LIST,
  FACILITY_KINDS,
  FACILITY_WORKFLOW,
  groupKinds,
  groupsOfKind,
  isCompletelyCovered,
  isDivisionScoped,
  ROLE_LIST,
  type ROLES,
  SEARCH_GROUPS,
  SIGNING_KINDS,
  thresholdMeters,
  WALKING,
} from '../src/index.js';

describe('facility kinds and coverage groups', () => {
  it('gives every kind a group of its own, labels in both languages and a symbol', () => {
    for (const kind of FACILITY_KIND_LIST) {
      expect(groupKinds(kind)).toEqual([kind]);
      expect(FACILITY_KINDS[kind].label.zh).toMatch(/\p{Script=Han}/u);
      expect(FACILITY_KINDS[kind].label.en).toMatch(/^[A-Z]/);
      expect(FACILITY_KINDS[kind].symbol.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(FACILITY_KIND_LIST.map((k) => FACILITY_KINDS[k].symbol.color)).size).toBe(FACILITY_KIND_LIST.length);
  });

  it('counts community stations and street/town centres as a station or centre, and only them', () => {
    expect([...groupKinds('STATION_OR_CENTER')].sort()).toEqual(['COMMUNITY_STATION', 'STREET_CENTER', 'TOWN_CENTER']);
    expect(groupsOfKind('TOWN_CENTER')).toEqual(['TOWN_CENTER', 'STATION_OR_CENTER']);
    expect(groupsOfKind('CARE_INSTITUTION')).toEqual(['CARE_INSTITUTION']);
  });

  it('searches every group but the derived complete circle', () => {
    expect(SEARCH_GROUPS).toEqual([...FACILITY_KIND_LIST, 'STATION_OR_CENTER', 'MEDICAL']);
    expect(Object.keys(COVERAGE_GROUPS)).toEqual([...SEARCH_GROUPS, 'COMPLETE_CIRCLE']);
  });

  it('lets every care facility kind sign agreements', () => {
    expect(SIGNING_KINDS).toEqual(FACILITY_KIND_LIST);
  });
});

describe('the complete circle', () => {
  it('needs a station or centre and a medical institution within the threshold', () => {
    expect(isCompletelyCovered((g) => g === 'STATION_OR_CENTER' || g === 'MEDICAL')).toBe(true);
    expect(isCompletelyCovered((g) => g === 'STATION_OR_CENTER')).toBe(false);
    expect(isCompletelyCovered((g) => g === 'MEDICAL' || g === 'COMMUNITY_STATION')).toBe(false);
  });

  it('counts the distinct nearest stations of completely covered areas', () => {
    const nearest = [7, 7, 9, 11];
    const complete = [true, true, false, true];
    expect(
      countCompleteCircles(
        [0, 1, 2, 3],
        (i) => complete[i],
        (i) => nearest[i],
      ),
    ).toBe(2);
    expect(
      countCompleteCircles(
        [2],
        (i) => complete[i],
        (i) => nearest[i],
      ),
    ).toBe(0);
    expect(CIRCLE_TARGET).toBe(151);
  });
});

describe('walking', () => {
  it('measures 15 minutes at 1.0 m/s as 900 m of street', () => {
    expect(thresholdMeters(WALKING.minutes.default, WALKING.speed.default)).toBe(900);
    expect(WALKING.maxSnapMeters).toBe(500);
  });
});

describe('roles and permissions', () => {
  /**
   * The role groups the API enforced before actions had names; behaviour must not change. The
   * workforce actions (issue 10) were added on purpose: WORKFORCE lists them per role.
   */
  const WORKFORCE_READ = ['worker:read', 'workforce:figures', 'app:workforce'];
  const EXPECTED: Record<string, string[]> = {
    PLANNER: ['registry:read', 'account:self', 'analysis:run', 'residents:manage', 'app:planner', 'workforce:figures'],
    STREET_OFFICE: [
      'registry:read',
      'account:self',
      'facility:register',
      'import:upload',
      'audit:read',
      'app:stations',
      ...WORKFORCE_READ,
      'worker:manage',
    ],
    CIVIL_AFFAIRS: [
      'registry:read',
      'account:self',
      'facility:review',
      // Direct, audited edits of any facility (issue 15, part 4).
      'facility:edit',
      'facility:close',
      'import:upload',
      'import:approved',
      'app:planner',
      'app:stations',
      'app:agreements',
      ...WORKFORCE_READ,
      'worker:manage',
      'worker:identity',
      'employer:manage',
      'dishonesty:import',
      'talent:libraries',
    ],
    HEALTH_BUREAU: [
      'registry:read',
      'account:self',
      'medical:manage',
      'agreement:manage',
      'app:agreements',
      ...WORKFORCE_READ,
      'worker:manage',
      'employer:manage',
    ],
    EMPLOYER: ['account:self', 'worker:read', 'worker:manage', 'worker:identity', 'app:workforce'],
    VIEWER: ['registry:read', 'account:self', 'app:planner'],
  };

  it('maps each role to exactly its actions; administrators may do everything', () => {
    for (const [role, actions] of Object.entries(EXPECTED))
      expect(actionsOf(role as keyof typeof ROLES).sort()).toEqual([...actions].sort());
    expect(actionsOf('ADMIN')).toEqual(ACTION_LIST);
    for (const action of ACTION_LIST) expect(can('ADMIN', action)).toBe(true);
  });

  it('holds only the street office to its own division', () => {
    expect(ROLE_LIST.filter(isDivisionScoped)).toEqual(['STREET_OFFICE']);
  });

  it('names one API field per action', () => {
    const fields = ACTION_LIST.map((a) => ACTIONS[a].field);
    expect(new Set(fields).size).toBe(fields.length);
    for (const f of fields) expect(f).toMatch(/^[a-z][A-Za-z]+$/);
  });
});

describe('the facility workflow', () => {
  it('goes draft → submitted → approved or rejected → closed, each step with its permission', () => {
    expect(canTakeStep('submit', 'DRAFT')).toBe(true);
    expect(canTakeStep('submit', 'REJECTED')).toBe(true);
    expect(canTakeStep('submit', 'APPROVED')).toBe(false);
    expect(canTakeStep('approve', 'SUBMITTED')).toBe(true);
    expect(canTakeStep('close', 'SUBMITTED')).toBe(false);
    expect(canTakeStep('restore', 'CLOSED')).toBe(true);
    expect(FACILITY_WORKFLOW.reject.reasonRequired).toBe(true);
    expect(can('STREET_OFFICE', FACILITY_WORKFLOW.submit.action)).toBe(true);
    expect(can('STREET_OFFICE', FACILITY_WORKFLOW.approve.action)).toBe(false);
    expect(can('CIVIL_AFFAIRS', FACILITY_WORKFLOW.reject.action)).toBe(true);
  });

  it("turns a street office's edit of an approved facility into a pending change, and locks a submitted one until reviewed", () => {
    const office = { directEdit: false, pendingChange: false };
    expect(editModeOf('DRAFT', office)).toBe('DIRECT');
    expect(editModeOf('REJECTED', office)).toBe('DIRECT');
    expect(editModeOf('APPROVED', office)).toBe('PROPOSAL');
    expect(editModeOf('APPROVED', { ...office, pendingChange: true })).toBe('LOCKED');
    expect(editModeOf('SUBMITTED', office)).toBe('LOCKED');
    expect(editModeOf('CLOSED', office)).toBe('LOCKED');
    expect(editModeOf('APPROVED', { directEdit: true, pendingChange: true })).toBe('DIRECT');
    expect(mayRemove('APPROVED', false)).toBe(false);
    expect(mayRemove('SUBMITTED', false)).toBe(false);
    expect(mayRemove('DRAFT', false)).toBe(true);
    expect(mayRemove('APPROVED', true)).toBe(true);
    expect(can('CIVIL_AFFAIRS', 'facility:edit')).toBe(true);
    expect(can('STREET_OFFICE', 'facility:edit')).toBe(false);
  });
});
