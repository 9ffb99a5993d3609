/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query WorkforceAlerts($first: Int!) {\n    expiring: workers(filter: { certificateStates: [EXPIRING] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    expired: workers(filter: { certificateStates: [EXPIRED] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    uncertified: workers(\n      filter: { certified: false, posts: [ELDERLY_CARE_WORKER, MEDICAL_CARE_WORKER, MATERNITY_CARE_WORKER] }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n  }\n": typeof types.WorkforceAlertsDocument,
    "\n  fragment AlertWorker_Worker on Worker {\n    id\n    name\n    post\n    certificateState\n    certificateValidUntil\n    employer {\n      id\n      name\n    }\n  }\n": typeof types.AlertWorker_WorkerFragmentDoc,
    "\n  query StationsWithoutCertified($divisionId: ID) {\n    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {\n      careWorkers\n      facility {\n        id\n        name\n        kind\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StationsWithoutCertifiedDocument,
    "\n  query EmployerChoices {\n    employers {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.EmployerChoicesDocument,
    "\n  mutation EmployWorker($input: EmployWorkerInput!) {\n    employWorker(input: $input) {\n      id\n      version\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.EmployWorkerDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.RegisterWorkerDocument,
    "\n  query WorkforceIndicators($divisionId: ID) {\n    district: workforceFigures(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n    children: workforceFiguresByDivision(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n  }\n": typeof types.WorkforceIndicatorsDocument,
    "\n  fragment Figures_WorkforceFigures on WorkforceFigures {\n    divisionId\n    divisionName\n    careWorkers\n    certifiedCareWorkers\n    certificationRate\n    certificationRateTarget\n    socialWorkers\n    socialWorkersPerThousandOlder\n    socialWorkersPerHundredBeds\n    hospitalCareWorkers\n    hospitalCareWorkersCertified\n    trainingsThisYear\n    trainingPlanYear\n    careWorkersTrainedInPlanYear\n    directorsTrainedInPlanYear\n    careWorkersTrainingPlan\n    directorsTrainingPlan\n    skillLevels {\n      level\n      workers\n    }\n    stars {\n      stars\n      workers\n    }\n  }\n": typeof types.Figures_WorkforceFiguresFragmentDoc,
    "\n  fragment WorkerProfile_Worker on Worker {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumberMasked\n    viewerCanReadIdNumber\n    viewerCanModify\n    phone\n    post\n    skillLevel\n    stars\n    libraries\n    certified\n    certificateState\n    yearsInService\n    onDishonestyList\n    healthCheckOn\n    healthCheckValidUntil\n    socialInsurance\n    accidentInsurance\n    employer {\n      id\n      name\n      kind\n    }\n    placedAt {\n      id\n      name\n    }\n    employments {\n      id\n      post\n      startsOn\n      endsOn\n      fullTime\n      concurrentReason\n      employer {\n        id\n        name\n      }\n      placedAt {\n        id\n        name\n      }\n    }\n    certificates {\n      id\n      kind\n      number\n      level\n      issuer\n      issuedOn\n      validUntil\n    }\n    trainings {\n      id\n      course\n      kind\n      hours\n      provider\n      heldOn\n    }\n    evaluations {\n      id\n      kind\n      score\n      byWhom\n      heldOn\n      note\n    }\n    complaints {\n      id\n      what\n      outcome\n      penalty\n      receivedOn\n    }\n  }\n": typeof types.WorkerProfile_WorkerFragmentDoc,
    "\n  query WorkerProfile($id: ID!) {\n    worker(id: $id) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.WorkerProfileDocument,
    "\n  query WorkerIdNumber($id: ID!) {\n    worker(id: $id) {\n      id\n      idNumber\n    }\n  }\n": typeof types.WorkerIdNumberDocument,
    "\n  mutation AddWorkerCertificate($workerId: ID!, $version: Int!, $input: CertificateInput!) {\n    addWorkerCertificate(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.AddWorkerCertificateDocument,
    "\n  mutation UpdateWorkerLibraries($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.UpdateWorkerLibrariesDocument,
    "\n  mutation AddWorkerTraining($workerId: ID!, $version: Int!, $input: TrainingInput!) {\n    addWorkerTraining(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.AddWorkerTrainingDocument,
    "\n  mutation AddWorkerEvaluation($workerId: ID!, $version: Int!, $input: EvaluationInput!) {\n    addWorkerEvaluation(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.AddWorkerEvaluationDocument,
    "\n  mutation AddWorkerComplaint($workerId: ID!, $version: Int!, $input: ComplaintInput!) {\n    addWorkerComplaint(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": typeof types.AddWorkerComplaintDocument,
    "\n  fragment WorkerRow_Worker on Worker {\n    id\n    name\n    gender\n    idNumberMasked\n    post\n    skillLevel\n    stars\n    certificateState\n    certificateValidUntil\n    yearsInService\n    employer {\n      id\n      name\n    }\n    placedAt {\n      id\n      name\n    }\n  }\n": typeof types.WorkerRow_WorkerFragmentDoc,
    "\n  query WorkerRegister($filter: WorkerFilter, $first: Int, $after: String, $orderBy: WorkerOrder) {\n    workers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkerRow_Worker\n      }\n    }\n  }\n": typeof types.WorkerRegisterDocument,
    "\n  query RegisterChoices($divisions: Boolean!) {\n    employers {\n      id\n      name\n    }\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) @include(if: $divisions) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RegisterChoicesDocument,
};
const documents: Documents = {
    "\n  query WorkforceAlerts($first: Int!) {\n    expiring: workers(filter: { certificateStates: [EXPIRING] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    expired: workers(filter: { certificateStates: [EXPIRED] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    uncertified: workers(\n      filter: { certified: false, posts: [ELDERLY_CARE_WORKER, MEDICAL_CARE_WORKER, MATERNITY_CARE_WORKER] }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n  }\n": types.WorkforceAlertsDocument,
    "\n  fragment AlertWorker_Worker on Worker {\n    id\n    name\n    post\n    certificateState\n    certificateValidUntil\n    employer {\n      id\n      name\n    }\n  }\n": types.AlertWorker_WorkerFragmentDoc,
    "\n  query StationsWithoutCertified($divisionId: ID) {\n    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {\n      careWorkers\n      facility {\n        id\n        name\n        kind\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StationsWithoutCertifiedDocument,
    "\n  query EmployerChoices {\n    employers {\n      id\n      name\n      kind\n    }\n  }\n": types.EmployerChoicesDocument,
    "\n  mutation EmployWorker($input: EmployWorkerInput!) {\n    employWorker(input: $input) {\n      id\n      version\n      ...WorkerProfile_Worker\n    }\n  }\n": types.EmployWorkerDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      id\n      name\n    }\n  }\n": types.RegisterWorkerDocument,
    "\n  query WorkforceIndicators($divisionId: ID) {\n    district: workforceFigures(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n    children: workforceFiguresByDivision(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n  }\n": types.WorkforceIndicatorsDocument,
    "\n  fragment Figures_WorkforceFigures on WorkforceFigures {\n    divisionId\n    divisionName\n    careWorkers\n    certifiedCareWorkers\n    certificationRate\n    certificationRateTarget\n    socialWorkers\n    socialWorkersPerThousandOlder\n    socialWorkersPerHundredBeds\n    hospitalCareWorkers\n    hospitalCareWorkersCertified\n    trainingsThisYear\n    trainingPlanYear\n    careWorkersTrainedInPlanYear\n    directorsTrainedInPlanYear\n    careWorkersTrainingPlan\n    directorsTrainingPlan\n    skillLevels {\n      level\n      workers\n    }\n    stars {\n      stars\n      workers\n    }\n  }\n": types.Figures_WorkforceFiguresFragmentDoc,
    "\n  fragment WorkerProfile_Worker on Worker {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumberMasked\n    viewerCanReadIdNumber\n    viewerCanModify\n    phone\n    post\n    skillLevel\n    stars\n    libraries\n    certified\n    certificateState\n    yearsInService\n    onDishonestyList\n    healthCheckOn\n    healthCheckValidUntil\n    socialInsurance\n    accidentInsurance\n    employer {\n      id\n      name\n      kind\n    }\n    placedAt {\n      id\n      name\n    }\n    employments {\n      id\n      post\n      startsOn\n      endsOn\n      fullTime\n      concurrentReason\n      employer {\n        id\n        name\n      }\n      placedAt {\n        id\n        name\n      }\n    }\n    certificates {\n      id\n      kind\n      number\n      level\n      issuer\n      issuedOn\n      validUntil\n    }\n    trainings {\n      id\n      course\n      kind\n      hours\n      provider\n      heldOn\n    }\n    evaluations {\n      id\n      kind\n      score\n      byWhom\n      heldOn\n      note\n    }\n    complaints {\n      id\n      what\n      outcome\n      penalty\n      receivedOn\n    }\n  }\n": types.WorkerProfile_WorkerFragmentDoc,
    "\n  query WorkerProfile($id: ID!) {\n    worker(id: $id) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.WorkerProfileDocument,
    "\n  query WorkerIdNumber($id: ID!) {\n    worker(id: $id) {\n      id\n      idNumber\n    }\n  }\n": types.WorkerIdNumberDocument,
    "\n  mutation AddWorkerCertificate($workerId: ID!, $version: Int!, $input: CertificateInput!) {\n    addWorkerCertificate(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.AddWorkerCertificateDocument,
    "\n  mutation UpdateWorkerLibraries($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.UpdateWorkerLibrariesDocument,
    "\n  mutation AddWorkerTraining($workerId: ID!, $version: Int!, $input: TrainingInput!) {\n    addWorkerTraining(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.AddWorkerTrainingDocument,
    "\n  mutation AddWorkerEvaluation($workerId: ID!, $version: Int!, $input: EvaluationInput!) {\n    addWorkerEvaluation(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.AddWorkerEvaluationDocument,
    "\n  mutation AddWorkerComplaint($workerId: ID!, $version: Int!, $input: ComplaintInput!) {\n    addWorkerComplaint(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n": types.AddWorkerComplaintDocument,
    "\n  fragment WorkerRow_Worker on Worker {\n    id\n    name\n    gender\n    idNumberMasked\n    post\n    skillLevel\n    stars\n    certificateState\n    certificateValidUntil\n    yearsInService\n    employer {\n      id\n      name\n    }\n    placedAt {\n      id\n      name\n    }\n  }\n": types.WorkerRow_WorkerFragmentDoc,
    "\n  query WorkerRegister($filter: WorkerFilter, $first: Int, $after: String, $orderBy: WorkerOrder) {\n    workers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkerRow_Worker\n      }\n    }\n  }\n": types.WorkerRegisterDocument,
    "\n  query RegisterChoices($divisions: Boolean!) {\n    employers {\n      id\n      name\n    }\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) @include(if: $divisions) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.RegisterChoicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceAlerts($first: Int!) {\n    expiring: workers(filter: { certificateStates: [EXPIRING] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    expired: workers(filter: { certificateStates: [EXPIRED] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    uncertified: workers(\n      filter: { certified: false, posts: [ELDERLY_CARE_WORKER, MEDICAL_CARE_WORKER, MATERNITY_CARE_WORKER] }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkforceAlerts($first: Int!) {\n    expiring: workers(filter: { certificateStates: [EXPIRING] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    expired: workers(filter: { certificateStates: [EXPIRED] }, first: $first, orderBy: { field: CERTIFICATE_VALID_UNTIL }) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n    uncertified: workers(\n      filter: { certified: false, posts: [ELDERLY_CARE_WORKER, MEDICAL_CARE_WORKER, MATERNITY_CARE_WORKER] }\n      first: $first\n    ) {\n      totalCount\n      nodes {\n        ...AlertWorker_Worker\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AlertWorker_Worker on Worker {\n    id\n    name\n    post\n    certificateState\n    certificateValidUntil\n    employer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AlertWorker_Worker on Worker {\n    id\n    name\n    post\n    certificateState\n    certificateValidUntil\n    employer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsWithoutCertified($divisionId: ID) {\n    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {\n      careWorkers\n      facility {\n        id\n        name\n        kind\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationsWithoutCertified($divisionId: ID) {\n    stationsWithoutCertifiedCareWorker(divisionId: $divisionId) {\n      careWorkers\n      facility {\n        id\n        name\n        kind\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerChoices {\n    employers {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query EmployerChoices {\n    employers {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployWorker($input: EmployWorkerInput!) {\n    employWorker(input: $input) {\n      id\n      version\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation EmployWorker($input: EmployWorkerInput!) {\n    employWorker(input: $input) {\n      id\n      version\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceIndicators($divisionId: ID) {\n    district: workforceFigures(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n    children: workforceFiguresByDivision(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n  }\n"): (typeof documents)["\n  query WorkforceIndicators($divisionId: ID) {\n    district: workforceFigures(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n    children: workforceFiguresByDivision(divisionId: $divisionId) {\n      ...Figures_WorkforceFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Figures_WorkforceFigures on WorkforceFigures {\n    divisionId\n    divisionName\n    careWorkers\n    certifiedCareWorkers\n    certificationRate\n    certificationRateTarget\n    socialWorkers\n    socialWorkersPerThousandOlder\n    socialWorkersPerHundredBeds\n    hospitalCareWorkers\n    hospitalCareWorkersCertified\n    trainingsThisYear\n    trainingPlanYear\n    careWorkersTrainedInPlanYear\n    directorsTrainedInPlanYear\n    careWorkersTrainingPlan\n    directorsTrainingPlan\n    skillLevels {\n      level\n      workers\n    }\n    stars {\n      stars\n      workers\n    }\n  }\n"): (typeof documents)["\n  fragment Figures_WorkforceFigures on WorkforceFigures {\n    divisionId\n    divisionName\n    careWorkers\n    certifiedCareWorkers\n    certificationRate\n    certificationRateTarget\n    socialWorkers\n    socialWorkersPerThousandOlder\n    socialWorkersPerHundredBeds\n    hospitalCareWorkers\n    hospitalCareWorkersCertified\n    trainingsThisYear\n    trainingPlanYear\n    careWorkersTrainedInPlanYear\n    directorsTrainedInPlanYear\n    careWorkersTrainingPlan\n    directorsTrainingPlan\n    skillLevels {\n      level\n      workers\n    }\n    stars {\n      stars\n      workers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerProfile_Worker on Worker {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumberMasked\n    viewerCanReadIdNumber\n    viewerCanModify\n    phone\n    post\n    skillLevel\n    stars\n    libraries\n    certified\n    certificateState\n    yearsInService\n    onDishonestyList\n    healthCheckOn\n    healthCheckValidUntil\n    socialInsurance\n    accidentInsurance\n    employer {\n      id\n      name\n      kind\n    }\n    placedAt {\n      id\n      name\n    }\n    employments {\n      id\n      post\n      startsOn\n      endsOn\n      fullTime\n      concurrentReason\n      employer {\n        id\n        name\n      }\n      placedAt {\n        id\n        name\n      }\n    }\n    certificates {\n      id\n      kind\n      number\n      level\n      issuer\n      issuedOn\n      validUntil\n    }\n    trainings {\n      id\n      course\n      kind\n      hours\n      provider\n      heldOn\n    }\n    evaluations {\n      id\n      kind\n      score\n      byWhom\n      heldOn\n      note\n    }\n    complaints {\n      id\n      what\n      outcome\n      penalty\n      receivedOn\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerProfile_Worker on Worker {\n    id\n    version\n    name\n    gender\n    birthDate\n    idNumberMasked\n    viewerCanReadIdNumber\n    viewerCanModify\n    phone\n    post\n    skillLevel\n    stars\n    libraries\n    certified\n    certificateState\n    yearsInService\n    onDishonestyList\n    healthCheckOn\n    healthCheckValidUntil\n    socialInsurance\n    accidentInsurance\n    employer {\n      id\n      name\n      kind\n    }\n    placedAt {\n      id\n      name\n    }\n    employments {\n      id\n      post\n      startsOn\n      endsOn\n      fullTime\n      concurrentReason\n      employer {\n        id\n        name\n      }\n      placedAt {\n        id\n        name\n      }\n    }\n    certificates {\n      id\n      kind\n      number\n      level\n      issuer\n      issuedOn\n      validUntil\n    }\n    trainings {\n      id\n      course\n      kind\n      hours\n      provider\n      heldOn\n    }\n    evaluations {\n      id\n      kind\n      score\n      byWhom\n      heldOn\n      note\n    }\n    complaints {\n      id\n      what\n      outcome\n      penalty\n      receivedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerProfile($id: ID!) {\n    worker(id: $id) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  query WorkerProfile($id: ID!) {\n    worker(id: $id) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerIdNumber($id: ID!) {\n    worker(id: $id) {\n      id\n      idNumber\n    }\n  }\n"): (typeof documents)["\n  query WorkerIdNumber($id: ID!) {\n    worker(id: $id) {\n      id\n      idNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkerCertificate($workerId: ID!, $version: Int!, $input: CertificateInput!) {\n    addWorkerCertificate(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkerCertificate($workerId: ID!, $version: Int!, $input: CertificateInput!) {\n    addWorkerCertificate(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkerLibraries($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkerLibraries($input: UpdateWorkerInput!) {\n    updateWorker(input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkerTraining($workerId: ID!, $version: Int!, $input: TrainingInput!) {\n    addWorkerTraining(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkerTraining($workerId: ID!, $version: Int!, $input: TrainingInput!) {\n    addWorkerTraining(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkerEvaluation($workerId: ID!, $version: Int!, $input: EvaluationInput!) {\n    addWorkerEvaluation(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkerEvaluation($workerId: ID!, $version: Int!, $input: EvaluationInput!) {\n    addWorkerEvaluation(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkerComplaint($workerId: ID!, $version: Int!, $input: ComplaintInput!) {\n    addWorkerComplaint(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"): (typeof documents)["\n  mutation AddWorkerComplaint($workerId: ID!, $version: Int!, $input: ComplaintInput!) {\n    addWorkerComplaint(workerId: $workerId, version: $version, input: $input) {\n      id\n      ...WorkerProfile_Worker\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkerRow_Worker on Worker {\n    id\n    name\n    gender\n    idNumberMasked\n    post\n    skillLevel\n    stars\n    certificateState\n    certificateValidUntil\n    yearsInService\n    employer {\n      id\n      name\n    }\n    placedAt {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkerRow_Worker on Worker {\n    id\n    name\n    gender\n    idNumberMasked\n    post\n    skillLevel\n    stars\n    certificateState\n    certificateValidUntil\n    yearsInService\n    employer {\n      id\n      name\n    }\n    placedAt {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerRegister($filter: WorkerFilter, $first: Int, $after: String, $orderBy: WorkerOrder) {\n    workers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkerRow_Worker\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkerRegister($filter: WorkerFilter, $first: Int, $after: String, $orderBy: WorkerOrder) {\n    workers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WorkerRow_Worker\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterChoices($divisions: Boolean!) {\n    employers {\n      id\n      name\n    }\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) @include(if: $divisions) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterChoices($divisions: Boolean!) {\n    employers {\n      id\n      name\n    }\n    divisions(filter: { levels: [STREET, TOWN] }, first: 100) @include(if: $divisions) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;