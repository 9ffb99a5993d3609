import { enumOf, type Bilingual } from './labels.js';

/**
 * Named actions: what services ask for, and what the API tells the apps the viewer may do.
 * Services never compare roles; they ask whether the session may perform an action.
 */
export const ACTIONS = {
  'registry:read': { field: 'readRegistry', description: 'Read the registry, coverage and dashboards.' },
  'account:self': { field: 'changeOwnPassword', description: 'Change one’s own password.' },
  'facility:register': { field: 'registerFacilities', description: 'Register, edit, remove and submit facilities.' },
  'facility:review': {
    field: 'reviewFacilities',
    description: 'Approve or reject submitted facilities and pending changes of approved ones (the review inbox).',
  },
  'facility:edit': {
    field: 'editFacilitiesDirectly',
    description: 'Edit any facility directly, approved ones included, without review (audited).',
  },
  'facility:close': { field: 'closeFacilities', description: 'Close approved facilities.' },
  'facility:restore': { field: 'restoreFacilities', description: 'Restore removed facilities.' },
  'import:upload': { field: 'uploadFacilities', description: 'Upload a spreadsheet of facilities.' },
  'import:approved': { field: 'importApprovedFacilities', description: 'Upload facilities as submitted or approved (a registry import).' },
  'medical:manage': { field: 'manageMedicalInstitutions', description: 'Register and change medical institutions.' },
  'agreement:manage': { field: 'manageAgreements', description: 'Sign, renew, terminate and remove agreements.' },
  'residents:manage': { field: 'manageResidentialAreas', description: 'Keep residential areas and community resources.' },
  'analysis:run': { field: 'runAnalyses', description: 'Run site suggestions and keep scenarios.' },
  'audit:read': { field: 'readAuditLog', description: 'Read the audit log (a division-scoped user: its own division).' },
  'division:manage': { field: 'manageDivisions', description: 'Keep the administrative divisions.' },
  'user:manage': { field: 'manageUsers', description: 'Keep user accounts.' },
  'app:planner': { field: 'openPlanner', description: 'Open the planning map.' },
  'app:stations': { field: 'openStations', description: 'Open the station registry.' },
  'app:agreements': { field: 'openAgreements', description: 'Open the agreements register.' },
  'worker:read': {
    field: 'readWorkers',
    description: 'Read the workforce register (ID numbers masked); a street office or employer: its own staff.',
  },
  'worker:manage': {
    field: 'manageWorkers',
    description: 'Register workers and keep their certificates, health checks, trainings, evaluations, complaints and employments.',
  },
  'worker:identity': { field: 'readWorkerIdNumbers', description: 'See unmasked ID numbers (every read is audited).' },
  'employer:manage': { field: 'manageEmployers', description: 'Register employers (service companies, training bodies).' },
  'dishonesty:import': { field: 'importDishonestyList', description: 'Import the national dishonesty list (失信联合惩戒对象名单).' },
  'talent:libraries': {
    field: 'manageTalentLibraries',
    description: 'Keep the talent libraries (experts, institution-grading assessors, competition judges, capability assessors).',
  },
  'workforce:figures': { field: 'readWorkforceFigures', description: 'Read the workforce indicators.' },
  'app:workforce': { field: 'openWorkforce', description: 'Open the workforce register (人才).' },
} as const satisfies Record<string, { field: string; description: string }>;

export type Action = keyof typeof ACTIONS;
export const ACTION_LIST = Object.keys(ACTIONS) as Action[];

/**
 * Where a role's actions apply: the whole district, only inside the user's own division, or only
 * the staff of the one employer the account is bound to.
 */
export type Scope = 'district' | 'division' | 'employer';

export interface RoleSpec {
  /** Short name, as the header shows it. */
  label: Bilingual;
  /** What the role is for, for the schema and the account screens. */
  description: string;
  scope: Scope;
  /** `'*'`: every action. */
  actions: readonly Action[] | '*';
}

const READ = ['registry:read', 'account:self'] as const satisfies readonly Action[];
/** Reading the workforce register and its indicators. */
const WORKFORCE_READ = ['worker:read', 'workforce:figures', 'app:workforce'] as const satisfies readonly Action[];

/** The roles and what each may do: the one role → permission table. */
export const ROLES = {
  ADMIN: {
    label: { zh: '系统管理员', en: 'Administrator' },
    description: '系统管理员: everything, accounts included.',
    scope: 'district',
    actions: '*',
  },
  PLANNER: {
    label: { zh: '规划', en: 'Planner' },
    description: '规划人员: reads everything, runs analyses and scenarios, maintains residential data.',
    scope: 'district',
    actions: [...READ, 'analysis:run', 'residents:manage', 'app:planner', 'workforce:figures'],
  },
  STREET_OFFICE: {
    label: { zh: '街道/镇', en: 'Street office' },
    description: '街道办/镇政府: registers and edits facilities inside its own division.',
    scope: 'division',
    actions: [...READ, 'facility:register', 'import:upload', 'audit:read', 'app:stations', ...WORKFORCE_READ, 'worker:manage'],
  },
  CIVIL_AFFAIRS: {
    label: { zh: '民政局', en: 'Civil affairs' },
    description: '区民政局: approves or rejects submitted facilities, closes facilities.',
    scope: 'district',
    actions: [
      ...READ,
      'facility:review',
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
  },
  HEALTH_BUREAU: {
    label: { zh: '卫健委', en: 'Health bureau' },
    description: '区卫健委: medical institutions and agreements.',
    scope: 'district',
    actions: [...READ, 'medical:manage', 'agreement:manage', 'app:agreements', ...WORKFORCE_READ, 'worker:manage', 'employer:manage'],
  },
  EMPLOYER: {
    label: { zh: '用人单位', en: 'Employer' },
    description: '用人单位: keeps the staff of the one employer its account is bound to, and nothing else.',
    scope: 'employer',
    actions: ['account:self', 'worker:read', 'worker:manage', 'worker:identity', 'app:workforce'],
  },
  VIEWER: {
    label: { zh: '只读', en: 'Viewer' },
    description: '只读: reads only.',
    scope: 'district',
    actions: [...READ, 'app:planner'],
  },
} as const satisfies Record<string, RoleSpec>;

export type Role = keyof typeof ROLES;
export const Role = enumOf(ROLES);
export const ROLE_LIST = Object.keys(ROLES) as Role[];

/**
 * May a role perform an action (anywhere in its scope)?
 * @example can('PLANNER', 'analysis:run') // true
 */
export function can(role: Role, action: Action): boolean {
  const actions: RoleSpec['actions'] = ROLES[role].actions;
  return actions === '*' || actions.includes(action);
}

/** Is a role held to its own division (a street office), rather than the whole district? */
export const isDivisionScoped = (role: Role): boolean => ROLES[role].scope === 'division';

/** Is a role held to the staff of one employer? */
export const isEmployerScoped = (role: Role): boolean => ROLES[role].scope === 'employer';

/** Every action a role may perform. */
export const actionsOf = (role: Role): Action[] => ACTION_LIST.filter((a) => can(role, a));
