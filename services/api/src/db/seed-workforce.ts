import type { DemoDistrict } from '@carecircle/demo-district';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkerService } from '../modules/workforce/worker.service.js';
import type {
  CertificateKind,
  EmployerKind,
  SkillLevel,
  TalentLibrary,
  TrainingKind,
  WorkerPost,
} from '../modules/workforce/workforce.enums.js';
import { type EvaluationKind } from '../modules/workforce/workforce.enums.js';
import { Access } from '../modules/users/access.js';
import { Role } from '../modules/users/role.js';
import { User } from '../modules/users/user.entity.js';

/**
 * Loads the demo workforce through the workforce module's one write path (`WorkerService`), so the
 * demo's workers are checked by the same rules as a clerk's (GB 11643 and GB 32100 check
 * characters, 持证上岗 with a health check, overlaps) and their ID numbers are stored as every
 * other: encrypted, with a keyed hash. Each worker is registered as of the day they were hired
 * (the certificate and health check valid then), then their trainings, evaluations and complaints
 * are added as of today. Runs inside the demo's one transaction, as the civil-affairs bureau.
 */
export async function loadDemoWorkforce(
  em: EntityManager,
  demo: DemoDistrict,
  ids: { facilities: Map<string, number>; medical: Map<string, number> },
  today: string,
): Promise<{ employers: number; workers: number }> {
  // The civil-affairs bureau keeps the whole workforce; the seed acts as it (a transient account, not stored).
  const seeder = Object.assign(new User(), { id: 0, username: 'demo-seed', role: Role.CIVIL_AFFAIRS });
  const access = new Access(seeder, 'zh');
  // A fresh identity map per worker inside the one transaction: the nested transactions of the
  // write path copy and merge their parent's identity map, which would grow with every worker.
  const fresh = () => em.fork({ clear: true, keepTransactionContext: true });
  const asOf = (day: string, on = fresh()) => new WorkerService(on, 'zh', day, access);
  const employerIds = new Map<string, string>();
  for (const e of demo.workforce.employers) {
    const created = await asOf(today).registerEmployer({
      kind: e.kind as EmployerKind,
      name: e.name,
      creditCode: e.creditCode,
      facilityId: e.facilityCode ? String(ids.facilities.get(e.facilityCode)) : null,
      medicalId: e.medicalCode ? String(ids.medical.get(e.medicalCode)) : null,
      phone: e.phone,
    });
    employerIds.set(e.code, String(created.id));
  }
  for (const w of demo.workforce.workers) {
    const job = w.employment;
    const on = fresh();
    const now = asOf(today, on);
    let worker = await asOf(job.startsOn, on).register({
      name: w.name,
      idNumber: w.idNumber,
      phone: w.phone,
      skillLevel: w.skillLevel as SkillLevel | null,
      stars: w.stars,
      libraries: w.libraries as TalentLibrary[],
      socialInsurance: w.socialInsurance,
      accidentInsurance: w.accidentInsurance,
      healthCheck: { on: w.healthCheckOn },
      certificates: w.certificates.map((c) => ({ ...c, kind: c.kind as CertificateKind, level: c.level as SkillLevel | null })),
      employment: {
        employerId: employerIds.get(job.employerCode)!,
        post: job.post as WorkerPost,
        startsOn: job.startsOn,
        placedAtId: job.placedAtCode ? employerIds.get(job.placedAtCode)! : null,
      },
    });
    for (const t of w.trainings) worker = await now.addTraining(worker.id, worker.version, { ...t, kind: t.kind as TrainingKind });
    for (const e of w.evaluations) worker = await now.addEvaluation(worker.id, worker.version, { ...e, kind: e.kind as EvaluationKind });
    for (const c of w.complaints) worker = await now.addComplaint(worker.id, worker.version, c);
  }
  return { employers: employerIds.size, workers: demo.workforce.workers.length };
}
