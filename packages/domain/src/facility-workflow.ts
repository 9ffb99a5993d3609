import { enumOf, type Bilingual } from './labels.js';
import type { Action } from './permissions.js';

/** Registration states of a facility; only APPROVED facilities count in coverage. */
export const FACILITY_STATUSES = {
  DRAFT: { label: { zh: '草稿', en: 'Draft' } },
  SUBMITTED: { label: { zh: '已提交待审核', en: 'Submitted' } },
  APPROVED: { label: { zh: '已通过', en: 'Approved' } },
  REJECTED: { label: { zh: '已退回', en: 'Rejected' } },
  CLOSED: { label: { zh: '已关闭', en: 'Closed' } },
} as const satisfies Record<string, { label: Bilingual }>;

export type FacilityStatus = keyof typeof FACILITY_STATUSES;
export const FacilityStatus = enumOf(FACILITY_STATUSES);

/** The state a facility must be in to count in walking coverage. */
export const COUNTS_IN_COVERAGE: FacilityStatus = 'APPROVED';

export type WorkflowStep = 'submit' | 'approve' | 'reject' | 'close' | 'restore';

export interface WorkflowRule {
  /** States the step starts from; null: any (restore brings back a removed facility as it was). */
  from: readonly FacilityStatus[] | null;
  to: FacilityStatus | null;
  /** The permission it takes. */
  action: Action;
  /** The step's name, as in "cannot be {verb}". */
  verb: Bilingual;
  /** A reason must be given. */
  reasonRequired: boolean;
}

/**
 * The approval workflow: DRAFT / REJECTED → submit (the office) → SUBMITTED → approve → APPROVED,
 * or reject with a reason → REJECTED (correct and resubmit); APPROVED → close → CLOSED.
 */
export const FACILITY_WORKFLOW = {
  submit: {
    from: ['DRAFT', 'REJECTED'],
    to: 'SUBMITTED',
    action: 'facility:register',
    verb: { zh: '提交审核', en: 'submitted' },
    reasonRequired: false,
  },
  approve: {
    from: ['SUBMITTED'],
    to: 'APPROVED',
    action: 'facility:review',
    verb: { zh: '审核通过', en: 'approved' },
    reasonRequired: false,
  },
  reject: { from: ['SUBMITTED'], to: 'REJECTED', action: 'facility:review', verb: { zh: '退回', en: 'rejected' }, reasonRequired: true },
  close: { from: ['APPROVED'], to: 'CLOSED', action: 'facility:close', verb: { zh: '关闭', en: 'closed' }, reasonRequired: false },
  restore: { from: null, to: null, action: 'facility:restore', verb: { zh: '恢复', en: 'restored' }, reasonRequired: false },
} as const satisfies Record<WorkflowStep, WorkflowRule>;

/** Can a facility in this state take the step? */
export const canTakeStep = (step: WorkflowStep, status: FacilityStatus): boolean => {
  const from: readonly FacilityStatus[] | null = FACILITY_WORKFLOW[step].from;
  return from === null || from.includes(status);
};

/**
 * How an edit of a facility takes effect:
 * - `DIRECT`: the values change at once (a draft or a returned record of its office; any record
 *   for a user who may edit directly: civil affairs and administrators, audited);
 * - `PROPOSAL`: the change waits for review as a pending change; the approved values stay in force
 *   (and in coverage) until civil affairs approves it (a street office editing an APPROVED facility);
 * - `LOCKED`: the record cannot be changed by this user now (SUBMITTED: read-only to its submitter
 *   until reviewed; CLOSED; or a change already waits for review).
 */
export type EditMode = 'DIRECT' | 'PROPOSAL' | 'LOCKED';

/** States in which the office that registers a facility edits it directly. */
export const OFFICE_EDITABLE: readonly FacilityStatus[] = ['DRAFT', 'REJECTED'];

/**
 * How a user's edit of a facility in this state takes effect.
 * @param directEdit the user may edit any facility directly (`facility:edit`)
 * @param pendingChange a change of this facility already waits for review
 * @example editModeOf('APPROVED', { directEdit: false, pendingChange: false }) // 'PROPOSAL'
 */
export function editModeOf(status: FacilityStatus, who: { directEdit: boolean; pendingChange: boolean }): EditMode {
  if (who.directEdit) return 'DIRECT';
  if (OFFICE_EDITABLE.includes(status)) return 'DIRECT';
  if (status === 'APPROVED' && !who.pendingChange) return 'PROPOSAL';
  return 'LOCKED';
}

/**
 * May the office remove a facility in this state? Only its drafts and returned records: removing an
 * approved facility would take it out of coverage unreviewed (civil affairs closes it instead), and
 * a submitted one is read-only until reviewed. Users who edit directly may remove any.
 */
export const mayRemove = (status: FacilityStatus, directEdit: boolean): boolean => directEdit || OFFICE_EDITABLE.includes(status);

/** States of a pending change of an approved facility. */
export const FACILITY_CHANGE_STATUSES = {
  PENDING: { label: { zh: '待审批', en: 'Pending review' } },
  APPROVED: { label: { zh: '已批准', en: 'Approved' } },
  REJECTED: { label: { zh: '已退回', en: 'Rejected' } },
} as const satisfies Record<string, { label: Bilingual }>;

export type FacilityChangeStatus = keyof typeof FACILITY_CHANGE_STATUSES;
export const FacilityChangeStatus = enumOf(FACILITY_CHANGE_STATUSES);
