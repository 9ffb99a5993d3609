import { DishonestParty, EmployerAccount } from './dishonest-party.entity.js';
import { Employer } from './employer.entity.js';
import { WorkerCertificate, WorkerComplaint, WorkerEmployment, WorkerEvaluation, WorkerTraining } from './worker-records.entity.js';
import { Worker } from './worker.entity.js';
import { WorkerEmploymentResolver, WorkerResolver } from './workforce.resolver.js';

/** The workforce register (养老服务人才信息库). */
export const entities = [
  Employer,
  Worker,
  WorkerCertificate,
  WorkerEmployment,
  WorkerTraining,
  WorkerEvaluation,
  WorkerComplaint,
  DishonestParty,
  EmployerAccount,
];
export const resolvers = [WorkerResolver, WorkerEmploymentResolver] as const;
