/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A certificate. */
export type CertificateInput = {
  /** Issue date, YYYY-MM-DD. */
  issuedOn: string;
  /** Issuing body. */
  issuer: string;
  /** Kind. */
  kind: CertificateKind;
  /** Level attested. */
  level?: SkillLevel | null | undefined;
  /** Number, at most 64 characters. */
  number: string;
  /** Valid until, YYYY-MM-DD; null: no expiry. */
  validUntil?: string | null | undefined;
};

/** Kind of certificate. */
export type CertificateKind =
  /** 老年人能力评估师证书 (Older-person capability assessor certificate) */
  | 'CAPABILITY_ASSESSOR'
  /** 养老机构院长培训合格证 (Care institution director training certificate) */
  | 'DIRECTOR_TRAINING'
  /** 养老护理员职业技能等级证书 (Elderly-care worker skill certificate) */
  | 'ELDERLY_CARE_WORKER'
  /** 母婴护理（月嫂）证 (Maternity care certificate (月嫂证)) */
  | 'MATERNITY_CARE'
  /** 医疗护理员培训合格证 (Medical care worker certificate) */
  | 'MEDICAL_CARE_WORKER'
  /** 其他证书 (Other certificate) */
  | 'OTHER'
  /** 社会工作者职业资格证书 (Social worker qualification) */
  | 'SOCIAL_WORKER';

/** State of the certificates that count for the worker’s post (any kind when the post needs none). */
export type CertificateState =
  /** 已过期 (Expired) */
  | 'EXPIRED'
  /** 90天内到期 (Expiring within 90 days) */
  | 'EXPIRING'
  /** 无证书 (No certificate) */
  | 'NONE'
  /** 有效 (Valid) */
  | 'VALID';

/** A complaint or penalty. */
export type ComplaintInput = {
  /** Outcome. */
  outcome?: string | null | undefined;
  /** A penalty was imposed. */
  penalty?: boolean | null | undefined;
  /** Date received, YYYY-MM-DD. */
  receivedOn: string;
  /** What. */
  what: string;
};

/** A worker takes a post with an employer. */
export type EmployWorkerInput = {
  /** Why it may overlap another full-time employment; without it an overlap is refused. */
  concurrentReason?: string | null | undefined;
  /** The employer. */
  employerId: string | number;
  /** End the current open employments the day before this one starts. */
  endCurrent?: boolean | null | undefined;
  /** Last day, YYYY-MM-DD; null while it lasts. */
  endsOn?: string | null | undefined;
  /** Full-time (default true). */
  fullTime?: boolean | null | undefined;
  /** The medical institution (as an employer) where a company places the worker. */
  placedAtId?: string | number | null | undefined;
  /** The post. */
  post: WorkerPost;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
  /** The version you read of the worker. */
  version: number;
  /** The worker. */
  workerId: string | number;
};

/** Kind of employer. */
export type EmployerKind =
  /** 养老服务设施 (Care facility) */
  | 'CARE_FACILITY'
  /** 医疗机构 (Medical institution) */
  | 'MEDICAL_INSTITUTION'
  /** 护理服务公司 (Care service company) */
  | 'SERVICE_COMPANY'
  /** 职业技能等级认定评价机构 (Skill-level assessment body) */
  | 'SKILL_ASSESSMENT_BODY'
  /** 培训机构 (Training body) */
  | 'TRAINING_BODY';

/** A period of employment. */
export type EmploymentInput = {
  /** Why it may overlap another full-time employment; without it an overlap is refused. */
  concurrentReason?: string | null | undefined;
  /** The employer. */
  employerId: string | number;
  /** Last day, YYYY-MM-DD; null while it lasts. */
  endsOn?: string | null | undefined;
  /** Full-time (default true). */
  fullTime?: boolean | null | undefined;
  /** The medical institution (as an employer) where a company places the worker. */
  placedAtId?: string | number | null | undefined;
  /** The post. */
  post: WorkerPost;
  /** First day, YYYY-MM-DD. */
  startsOn: string;
};

/** An evaluation or inspection. */
export type EvaluationInput = {
  /** By whom. */
  byWhom: string;
  /** Date, YYYY-MM-DD. */
  heldOn: string;
  /** Kind. */
  kind: EvaluationKind;
  /** Note. */
  note?: string | null | undefined;
  /** Score, 0 to 100. */
  score: number;
};

/** EVALUATION: by the people served (服务对象评价); INSPECTION: a quality or satisfaction inspection (质量检查). */
export type EvaluationKind =
  | 'EVALUATION'
  | 'INSPECTION';

/** Kind of elderly-care facility. */
export type FacilityKind =
  /** 养老机构 */
  | 'CARE_INSTITUTION'
  /** 社区养老服务站 */
  | 'COMMUNITY_STATION'
  /** 村级互助养老点 */
  | 'MUTUAL_AID_POINT'
  /** 户外养老服务综合体 */
  | 'OUTDOOR_HUB'
  /** 街道养老服务中心 */
  | 'STREET_CENTER'
  /** 镇养老服务中心 */
  | 'TOWN_CENTER';

/** Gender, as written in the ID number. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** A pre-work health check. */
export type HealthCheckInput = {
  /** Date of the check, YYYY-MM-DD. */
  on: string;
  /** Valid until, YYYY-MM-DD (default: a year later). */
  validUntil?: string | null | undefined;
};

/** A new worker, with the certificates and health check that entitle them to the post. */
export type RegisterWorkerInput = {
  /** Accident insurance. */
  accidentInsurance?: boolean | null | undefined;
  /** Certificates held. */
  certificates?: Array<CertificateInput> | null | undefined;
  /** The employment the worker starts with. */
  employment?: EmploymentInput | null | undefined;
  /** The pre-work health check. */
  healthCheck?: HealthCheckInput | null | undefined;
  /** 身份证号, 18 characters, checked by the GB 11643 check digit. Stored encrypted; never logged. */
  idNumber: string;
  /** Talent libraries (needs `talent:libraries`). */
  libraries?: Array<TalentLibrary> | null | undefined;
  /** Name. */
  name: string;
  /** Phone. */
  phone?: string | null | undefined;
  /** Skill level. */
  skillLevel?: SkillLevel | null | undefined;
  /** Social insurance. */
  socialInsurance?: boolean | null | undefined;
  /** Stars, 1 to 5. */
  stars?: number | null | undefined;
};

/** The eight-level skill ladder. */
export type SkillLevel =
  /** 学徒工 (Apprentice) */
  | 'APPRENTICE'
  /** 首席技师 (Chief technician) */
  | 'CHIEF_TECHNICIAN'
  /** 中级工 (Intermediate) */
  | 'INTERMEDIATE'
  /** 初级工 (Junior) */
  | 'JUNIOR'
  /** 特级技师 (Master technician) */
  | 'MASTER_TECHNICIAN'
  /** 高级工 (Senior) */
  | 'SENIOR'
  /** 高级技师 (Senior technician) */
  | 'SENIOR_TECHNICIAN'
  /** 技师 (Technician) */
  | 'TECHNICIAN';

/** Ascending or descending; empty values sort last either way. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A talent library (人才库) a worker may belong to. */
export type TalentLibrary =
  /** 老年人能力评估员库 (Older-person capability assessors) */
  | 'CAPABILITY_ASSESSOR'
  /** 职业技能竞赛裁判库 (Skills-competition judges) */
  | 'COMPETITION_JUDGE'
  /** 养老服务专家库 (Elderly-care experts) */
  | 'EXPERT'
  /** 养老机构等级评定评估员库 (Institution-grading assessors) */
  | 'GRADING_ASSESSOR';

/** A training. */
export type TrainingInput = {
  /** Course. */
  course: string;
  /** Date, YYYY-MM-DD. */
  heldOn: string;
  /** Hours. */
  hours: number;
  /** Kind. */
  kind: TrainingKind;
  /** Provider. */
  provider: string;
};

/** Kind of training. */
export type TrainingKind =
  /** 继续教育 (Continuing education) */
  | 'CONTINUING'
  /** 在岗轮训 (In-service rotation) */
  | 'IN_SERVICE'
  /** 岗前培训 (Pre-service) */
  | 'PRE_SERVICE'
  /** 转岗培训 (Transfer) */
  | 'TRANSFER';

/** Changes to a worker; omitted fields stay. */
export type UpdateWorkerInput = {
  /** Accident insurance. */
  accidentInsurance?: boolean | null | undefined;
  /** A new health check. */
  healthCheck?: HealthCheckInput | null | undefined;
  /** The worker. */
  id: string | number;
  /** The talent libraries the worker belongs to, all of them (needs `talent:libraries`). */
  libraries?: Array<TalentLibrary> | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Phone. */
  phone?: string | null | undefined;
  /** Skill level. */
  skillLevel?: SkillLevel | null | undefined;
  /** Social insurance. */
  socialInsurance?: boolean | null | undefined;
  /** Stars, 1 to 5. */
  stars?: number | null | undefined;
  /** The version you read (optimistic locking). */
  version: number;
};

/** Which workers to list. */
export type WorkerFilter = {
  /** Only workers whose certificate state is one of these. */
  certificateStates?: Array<CertificateState> | null | undefined;
  /** true: only workers whose post needs a certificate and who hold a valid one; false: only those who do not (alerts). */
  certified?: boolean | null | undefined;
  /** Only staff of employers in this division or below. */
  divisionId?: string | number | null | undefined;
  /** Only the staff of this employer (employed or placed there). */
  employerId?: string | number | null | undefined;
  /** Only workers with a certificate expiring within this many days (e.g. 90). */
  expiringWithinDays?: number | null | undefined;
  /** true: only workers employed by or placed at a medical institution (the health bureau’s care workers); false: only the others. */
  inMedicalInstitutions?: boolean | null | undefined;
  /** Only members of any of these talent libraries. */
  libraries?: Array<TalentLibrary> | null | undefined;
  /** Only workers with at least this many stars. */
  minStars?: number | null | undefined;
  /** Only these posts. */
  posts?: Array<WorkerPost> | null | undefined;
  /** Part of the name or of a certificate number, the last one to four characters of the ID number (as the masked form shows them), or a whole ID number (found by its keyed hash). */
  search?: string | null | undefined;
  /** Only these skill levels. */
  skillLevels?: Array<SkillLevel> | null | undefined;
};

/** How to sort the register. */
export type WorkerOrder = {
  /** Direction (default ascending). */
  direction?: SortDirection | null | undefined;
  /** The sort key. */
  field: WorkerSortField;
};

/** Post (岗位) of a worker; care posts need a certificate and a health check (持证上岗). */
export type WorkerPost =
  /** 老年人能力评估员 (Capability assessor) */
  | 'CAPABILITY_ASSESSOR'
  /** 院长/负责人 (Director) */
  | 'DIRECTOR'
  /** 养老护理员 (Elderly-care worker) */
  | 'ELDERLY_CARE_WORKER'
  /** 母婴护理员（月嫂） (Maternity care worker) */
  | 'MATERNITY_CARE_WORKER'
  /** 医疗护理员 (Medical care worker) */
  | 'MEDICAL_CARE_WORKER'
  /** 营养师 (Nutritionist) */
  | 'NUTRITION'
  /** 其他岗位 (Other post) */
  | 'OTHER'
  /** 心理咨询师 (Psychological counsellor) */
  | 'PSYCHOLOGY'
  /** 康复师 (Rehabilitation therapist) */
  | 'REHABILITATION'
  /** 社会工作者 (Social worker) */
  | 'SOCIAL_WORKER';

/** What the register is sorted by: name (collation of the database), employer name, post, skill level (ladder order), stars, the latest expiry of the certificates that count for the post, or registration order. */
export type WorkerSortField =
  | 'CERTIFICATE_VALID_UNTIL'
  | 'EMPLOYER'
  | 'NAME'
  | 'POST'
  | 'REGISTERED'
  | 'SKILL_LEVEL'
  | 'STARS';

export type WorkforceAlertsQueryVariables = Exact<{
  first: number;
}>;


export type WorkforceAlertsQuery = { __typename: 'Query', expiring: { __typename: 'WorkerConnection', totalCount: number, nodes: Array<(
      { __typename: 'Worker' }
      & { ' $fragmentRefs'?: { 'AlertWorker_WorkerFragment': AlertWorker_WorkerFragment } }
    )> }, expired: { __typename: 'WorkerConnection', totalCount: number, nodes: Array<(
      { __typename: 'Worker' }
      & { ' $fragmentRefs'?: { 'AlertWorker_WorkerFragment': AlertWorker_WorkerFragment } }
    )> }, uncertified: { __typename: 'WorkerConnection', totalCount: number, nodes: Array<(
      { __typename: 'Worker' }
      & { ' $fragmentRefs'?: { 'AlertWorker_WorkerFragment': AlertWorker_WorkerFragment } }
    )> } };

export type AlertWorker_WorkerFragment = { __typename: 'Worker', id: string, name: string, post: WorkerPost | null, certificateState: CertificateState, certificateValidUntil: string | null, employer: { __typename: 'Employer', id: string, name: string } | null } & { ' $fragmentName'?: 'AlertWorker_WorkerFragment' };

export type StationsWithoutCertifiedQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
}>;


export type StationsWithoutCertifiedQuery = { __typename: 'Query', stationsWithoutCertifiedCareWorker: Array<{ __typename: 'StationStaffing', careWorkers: number, facility: { __typename: 'Facility', id: string, name: string, kind: FacilityKind, division: { __typename: 'Division', id: string, name: string } | null } }> };

export type EmployerChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployerChoicesQuery = { __typename: 'Query', employers: Array<{ __typename: 'Employer', id: string, name: string, kind: EmployerKind }> };

export type EmployWorkerMutationVariables = Exact<{
  input: EmployWorkerInput;
}>;


export type EmployWorkerMutation = { __typename: 'Mutation', employWorker: (
    { __typename: 'Worker', id: string, version: number }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type RegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type RegisterWorkerMutation = { __typename: 'Mutation', registerWorker: { __typename: 'Worker', id: string, name: string } };

export type WorkforceIndicatorsQueryVariables = Exact<{
  divisionId?: string | number | null | undefined;
}>;


export type WorkforceIndicatorsQuery = { __typename: 'Query', district: (
    { __typename: 'WorkforceFigures' }
    & { ' $fragmentRefs'?: { 'Figures_WorkforceFiguresFragment': Figures_WorkforceFiguresFragment } }
  ), children: Array<(
    { __typename: 'WorkforceFigures' }
    & { ' $fragmentRefs'?: { 'Figures_WorkforceFiguresFragment': Figures_WorkforceFiguresFragment } }
  )> };

export type Figures_WorkforceFiguresFragment = { __typename: 'WorkforceFigures', divisionId: string | null, divisionName: string, careWorkers: number, certifiedCareWorkers: number, certificationRate: number, certificationRateTarget: number, socialWorkers: number, socialWorkersPerThousandOlder: number | null, socialWorkersPerHundredBeds: number | null, hospitalCareWorkers: number, hospitalCareWorkersCertified: number, trainingsThisYear: number, trainingPlanYear: number, careWorkersTrainedInPlanYear: number, directorsTrainedInPlanYear: number, careWorkersTrainingPlan: number, directorsTrainingPlan: number, skillLevels: Array<{ __typename: 'SkillLevelCount', level: SkillLevel | null, workers: number }>, stars: Array<{ __typename: 'StarCount', stars: number | null, workers: number }> } & { ' $fragmentName'?: 'Figures_WorkforceFiguresFragment' };

export type WorkerProfile_WorkerFragment = { __typename: 'Worker', id: string, version: number, name: string, gender: Gender, birthDate: string, idNumberMasked: string, viewerCanReadIdNumber: boolean, viewerCanModify: boolean, phone: string | null, post: WorkerPost | null, skillLevel: SkillLevel | null, stars: number | null, libraries: Array<TalentLibrary>, certified: boolean | null, certificateState: CertificateState, yearsInService: number, onDishonestyList: boolean, healthCheckOn: string | null, healthCheckValidUntil: string | null, socialInsurance: boolean, accidentInsurance: boolean, employer: { __typename: 'Employer', id: string, name: string, kind: EmployerKind } | null, placedAt: { __typename: 'Employer', id: string, name: string } | null, employments: Array<{ __typename: 'WorkerEmployment', id: string, post: WorkerPost, startsOn: string, endsOn: string | null, fullTime: boolean, concurrentReason: string | null, employer: { __typename: 'Employer', id: string, name: string }, placedAt: { __typename: 'Employer', id: string, name: string } | null }>, certificates: Array<{ __typename: 'WorkerCertificate', id: string, kind: CertificateKind, number: string, level: SkillLevel | null, issuer: string, issuedOn: string, validUntil: string | null }>, trainings: Array<{ __typename: 'WorkerTraining', id: string, course: string, kind: TrainingKind, hours: number, provider: string, heldOn: string }>, evaluations: Array<{ __typename: 'WorkerEvaluation', id: string, kind: EvaluationKind, score: number, byWhom: string, heldOn: string, note: string | null }>, complaints: Array<{ __typename: 'WorkerComplaint', id: string, what: string, outcome: string | null, penalty: boolean, receivedOn: string }> } & { ' $fragmentName'?: 'WorkerProfile_WorkerFragment' };

export type WorkerProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerProfileQuery = { __typename: 'Query', worker: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type WorkerIdNumberQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerIdNumberQuery = { __typename: 'Query', worker: { __typename: 'Worker', id: string, idNumber: string } };

export type AddWorkerCertificateMutationVariables = Exact<{
  workerId: string | number;
  version: number;
  input: CertificateInput;
}>;


export type AddWorkerCertificateMutation = { __typename: 'Mutation', addWorkerCertificate: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type UpdateWorkerLibrariesMutationVariables = Exact<{
  input: UpdateWorkerInput;
}>;


export type UpdateWorkerLibrariesMutation = { __typename: 'Mutation', updateWorker: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type AddWorkerTrainingMutationVariables = Exact<{
  workerId: string | number;
  version: number;
  input: TrainingInput;
}>;


export type AddWorkerTrainingMutation = { __typename: 'Mutation', addWorkerTraining: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type AddWorkerEvaluationMutationVariables = Exact<{
  workerId: string | number;
  version: number;
  input: EvaluationInput;
}>;


export type AddWorkerEvaluationMutation = { __typename: 'Mutation', addWorkerEvaluation: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type AddWorkerComplaintMutationVariables = Exact<{
  workerId: string | number;
  version: number;
  input: ComplaintInput;
}>;


export type AddWorkerComplaintMutation = { __typename: 'Mutation', addWorkerComplaint: (
    { __typename: 'Worker', id: string }
    & { ' $fragmentRefs'?: { 'WorkerProfile_WorkerFragment': WorkerProfile_WorkerFragment } }
  ) };

export type WorkerRow_WorkerFragment = { __typename: 'Worker', id: string, name: string, gender: Gender, idNumberMasked: string, post: WorkerPost | null, skillLevel: SkillLevel | null, stars: number | null, certificateState: CertificateState, certificateValidUntil: string | null, yearsInService: number, employer: { __typename: 'Employer', id: string, name: string } | null, placedAt: { __typename: 'Employer', id: string, name: string } | null } & { ' $fragmentName'?: 'WorkerRow_WorkerFragment' };

export type WorkerRegisterQueryVariables = Exact<{
  filter?: WorkerFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: WorkerOrder | null | undefined;
}>;


export type WorkerRegisterQuery = { __typename: 'Query', workers: { __typename: 'WorkerConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<(
      { __typename: 'Worker' }
      & { ' $fragmentRefs'?: { 'WorkerRow_WorkerFragment': WorkerRow_WorkerFragment } }
    )> } };

export type RegisterChoicesQueryVariables = Exact<{
  divisions: boolean;
}>;


export type RegisterChoicesQuery = { __typename: 'Query', employers: Array<{ __typename: 'Employer', id: string, name: string }>, divisions?: { __typename: 'DivisionConnection', nodes: Array<{ __typename: 'Division', id: string, name: string }> } };

export const AlertWorker_WorkerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertWorker_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertWorker_WorkerFragment, unknown>;
export const Figures_WorkforceFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures_WorkforceFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkforceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCareWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkersPerThousandOlder"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkersPerHundredBeds"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCareWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCareWorkersCertified"}},{"kind":"Field","name":{"kind":"Name","value":"trainingsThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"trainingPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkersTrainedInPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"directorsTrainedInPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkersTrainingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"directorsTrainingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}}]}}]} as unknown as DocumentNode<Figures_WorkforceFiguresFragment, unknown>;
export const WorkerProfile_WorkerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<WorkerProfile_WorkerFragment, unknown>;
export const WorkerRow_WorkerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerRow_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkerRow_WorkerFragment, unknown>;
export const WorkforceAlertsDocument = {"__meta__":{"hash":"sha256:86a6397ef69ef610c7e16c59285291511f63f95e76b36de69c4eb0d41469470f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkforceAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"expiring"},"name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"certificateStates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPIRING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CERTIFICATE_VALID_UNTIL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertWorker_Worker"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"expired"},"name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"certificateStates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPIRED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CERTIFICATE_VALID_UNTIL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertWorker_Worker"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"uncertified"},"name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"certified"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"posts"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ELDERLY_CARE_WORKER"},{"kind":"EnumValue","value":"MEDICAL_CARE_WORKER"},{"kind":"EnumValue","value":"MATERNITY_CARE_WORKER"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertWorker_Worker"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertWorker_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkforceAlertsQuery, WorkforceAlertsQueryVariables>;
export const StationsWithoutCertifiedDocument = {"__meta__":{"hash":"sha256:aec3581911a6b5b729ba658fcb312611d755be84e7356aa18d85a08073783ca7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StationsWithoutCertified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stationsWithoutCertifiedCareWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StationsWithoutCertifiedQuery, StationsWithoutCertifiedQueryVariables>;
export const EmployerChoicesDocument = {"__meta__":{"hash":"sha256:2984c37e75926a6ad2ac5c48a960589cfde1d360f89ce192312471f9005c1999"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<EmployerChoicesQuery, EmployerChoicesQueryVariables>;
export const EmployWorkerDocument = {"__meta__":{"hash":"sha256:2de77b78b86f94391120dc48e12e9642b225680e188c507759d2216706453dbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmployWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmployWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<EmployWorkerMutation, EmployWorkerMutationVariables>;
export const RegisterWorkerDocument = {"__meta__":{"hash":"sha256:22ddd0344709da0062ecc48f81c2a9cd7a71e7b531e2340a7b833a303817abd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterWorkerMutation, RegisterWorkerMutationVariables>;
export const WorkforceIndicatorsDocument = {"__meta__":{"hash":"sha256:53c128bd0938fcc21f21732e028adba3acfce1013eb38624889b8f6b28062de0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkforceIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"district"},"name":{"kind":"Name","value":"workforceFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures_WorkforceFigures"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"children"},"name":{"kind":"Name","value":"workforceFiguresByDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figures_WorkforceFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figures_WorkforceFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkforceFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedCareWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRate"}},{"kind":"Field","name":{"kind":"Name","value":"certificationRateTarget"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkersPerThousandOlder"}},{"kind":"Field","name":{"kind":"Name","value":"socialWorkersPerHundredBeds"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCareWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"hospitalCareWorkersCertified"}},{"kind":"Field","name":{"kind":"Name","value":"trainingsThisYear"}},{"kind":"Field","name":{"kind":"Name","value":"trainingPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkersTrainedInPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"directorsTrainedInPlanYear"}},{"kind":"Field","name":{"kind":"Name","value":"careWorkersTrainingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"directorsTrainingPlan"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}}]}}]}}]} as unknown as DocumentNode<WorkforceIndicatorsQuery, WorkforceIndicatorsQueryVariables>;
export const WorkerProfileDocument = {"__meta__":{"hash":"sha256:f933da953ee3ddc11b9cd674651d98b814e8e1e5acfa3830574808714a8c3bed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<WorkerProfileQuery, WorkerProfileQueryVariables>;
export const WorkerIdNumberDocument = {"__meta__":{"hash":"sha256:0edede7478652bfe29964299ae1c576c1a397f0129c916aefa9b0e523e83084d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]} as unknown as DocumentNode<WorkerIdNumberQuery, WorkerIdNumberQueryVariables>;
export const AddWorkerCertificateDocument = {"__meta__":{"hash":"sha256:3e5a002a9fb8ef945c765048040aec5ee8caf64d24358400f1551fbf727afda1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkerCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkerCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<AddWorkerCertificateMutation, AddWorkerCertificateMutationVariables>;
export const UpdateWorkerLibrariesDocument = {"__meta__":{"hash":"sha256:ab068d06a4a4a538c096dbd1d5956af228ed6b162b3dbe39f782ab7ae9f7e904"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkerLibraries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkerLibrariesMutation, UpdateWorkerLibrariesMutationVariables>;
export const AddWorkerTrainingDocument = {"__meta__":{"hash":"sha256:a5505881b7d0946af9842aea7d696eb38ed10449f6a6ce7b9d39b048c094f2c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkerTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkerTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<AddWorkerTrainingMutation, AddWorkerTrainingMutationVariables>;
export const AddWorkerEvaluationDocument = {"__meta__":{"hash":"sha256:a7792b1327f8c52fa00876d06481dbd7eab01039b9c32b7d4887f38a317850ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkerEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkerEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<AddWorkerEvaluationMutation, AddWorkerEvaluationMutationVariables>;
export const AddWorkerComplaintDocument = {"__meta__":{"hash":"sha256:412084d2ab93da9c44ffb7226bb024c6ad2c4ce96f20cf1337c8903bfd4aeab1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkerComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addWorkerComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerProfile_Worker"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerProfile_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReadIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanModify"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"libraries"}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"onDishonestyList"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckOn"}},{"kind":"Field","name":{"kind":"Name","value":"healthCheckValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"accidentInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"concurrentReason"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"course"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"byWhom"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}}]}}]}}]} as unknown as DocumentNode<AddWorkerComplaintMutation, AddWorkerComplaintMutationVariables>;
export const WorkerRegisterDocument = {"__meta__":{"hash":"sha256:222af07c06f228208a10c37e7fda4f9d43ff40ac214a568ce1c413ca0924cfc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerRow_Worker"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerRow_Worker"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"skillLevel"}},{"kind":"Field","name":{"kind":"Name","value":"stars"}},{"kind":"Field","name":{"kind":"Name","value":"certificateState"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yearsInService"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkerRegisterQuery, WorkerRegisterQueryVariables>;
export const RegisterChoicesDocument = {"__meta__":{"hash":"sha256:b6acf9db8674bee8b064064523e72ef74f37149621d42349c7ef39e6aab8cfc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisions"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"levels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STREET"},{"kind":"EnumValue","value":"TOWN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisions"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterChoicesQuery, RegisterChoicesQueryVariables>;