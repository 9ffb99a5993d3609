import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SiteSuggestion } from './site-selection.types.js';

export enum JobStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(JobStatus, {
  name: 'JobStatus',
  description: 'State of a long analysis.',
  valuesConfig: { RUNNING: { description: '计算中' }, DONE: { description: '已完成' }, FAILED: { description: '失败' } },
});

@ObjectType({ description: 'A long analysis running on the server; poll it for progress and the result.' })
export class AnalysisJob {
  @Field(() => ID, { description: 'Job id.' })
  id!: string;

  @Field(() => JobStatus, { description: 'RUNNING, DONE or FAILED.' })
  status!: JobStatus;

  @Field(() => Float, { description: 'Progress, 0..1.' })
  progress!: number;

  @Field(() => String, { description: 'What the analysis is doing now.' })
  stage!: string;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  error!: string | null;

  @Field(() => SiteSuggestion, { nullable: true, description: 'The result of a site suggestion, once DONE.' })
  siteSuggestion!: SiteSuggestion | null;

  @Field(() => SiteSuggestion, {
    nullable: true,
    description:
      'While RUNNING, the quick answer of a site suggestion (lazy greedy + 1-swap, with its proven gap) as soon as it is known, while the exact solver works on it; siteSuggestion is the final answer, at least as good.',
  })
  preliminary!: SiteSuggestion | null;

  @Field(() => Date, { description: 'When it started.' })
  startedAt!: Date;
}
