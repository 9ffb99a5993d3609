import {
  CERTIFICATE_KINDS,
  CERTIFICATE_STATES,
  CertificateKind,
  CertificateState,
  EMPLOYER_KINDS,
  EmployerKind,
  SKILL_LEVELS,
  SkillLevel,
  TALENT_LIBRARIES,
  TalentLibrary,
  TRAINING_KINDS,
  TrainingKind,
  WORKER_POSTS,
  WorkerPost,
} from '@carecircle/domain';
import { registerEnumType } from 'type-graphql';

export { CertificateKind, CertificateState, EmployerKind, SkillLevel, TalentLibrary, TrainingKind, WorkerPost };

const labelled = (table: Record<string, { label: { zh: string; en: string } }>) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, { description: `${v.label.zh} (${v.label.en})` }]));

registerEnumType(WorkerPost, {
  name: 'WorkerPost',
  description: 'Post (岗位) of a worker; care posts need a certificate and a health check (持证上岗).',
  valuesConfig: labelled(WORKER_POSTS),
});
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: 'Kind of certificate.',
  valuesConfig: labelled(CERTIFICATE_KINDS),
});
registerEnumType(CertificateState, {
  name: 'CertificateState',
  description: 'State of the certificates that count for the worker’s post (any kind when the post needs none).',
  valuesConfig: labelled(CERTIFICATE_STATES),
});
registerEnumType(SkillLevel, { name: 'SkillLevel', description: 'The eight-level skill ladder.', valuesConfig: labelled(SKILL_LEVELS) });
registerEnumType(TalentLibrary, {
  name: 'TalentLibrary',
  description: 'A talent library (人才库) a worker may belong to.',
  valuesConfig: labelled(TALENT_LIBRARIES),
});
registerEnumType(TrainingKind, { name: 'TrainingKind', description: 'Kind of training.', valuesConfig: labelled(TRAINING_KINDS) });
registerEnumType(EmployerKind, { name: 'EmployerKind', description: 'Kind of employer.', valuesConfig: labelled(EMPLOYER_KINDS) });

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', description: 'Gender, as written in the ID number.' });

export enum EvaluationKind {
  EVALUATION = 'EVALUATION',
  INSPECTION = 'INSPECTION',
}
registerEnumType(EvaluationKind, {
  name: 'EvaluationKind',
  description: 'EVALUATION: by the people served (服务对象评价); INSPECTION: a quality or satisfaction inspection (质量检查).',
});

export enum DishonestKind {
  WORKER = 'WORKER',
  EMPLOYER = 'EMPLOYER',
}
registerEnumType(DishonestKind, { name: 'DishonestKind', description: 'Who is on the dishonesty list: a worker or an operator.' });

export enum WorkerSortField {
  NAME = 'NAME',
  EMPLOYER = 'EMPLOYER',
  POST = 'POST',
  SKILL_LEVEL = 'SKILL_LEVEL',
  STARS = 'STARS',
  CERTIFICATE_VALID_UNTIL = 'CERTIFICATE_VALID_UNTIL',
  REGISTERED = 'REGISTERED',
}
registerEnumType(WorkerSortField, {
  name: 'WorkerSortField',
  description:
    'What the register is sorted by: name (collation of the database), employer name, post, skill level (ladder order), stars, the latest expiry of the certificates that count for the post, or registration order.',
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending; empty values sort last either way.' });
