import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SiteSuggestion } from './coverage.types.js';

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

  @Field(() => Date, { description: 'When it started.' })
  startedAt!: Date;
}

/** Reports how far a computation has come (0..1) and what it is doing. */
export type ProgressFn = (fraction: number, stage: string) => void;

const KEEP = 100;
const KEEP_MS = 3600_000;

/** Long analyses of this server process, kept for an hour after they finish. */
export class AnalysisJobs {
  private readonly jobs = new Map<string, AnalysisJob>();

  start(run: (progress: ProgressFn) => Promise<SiteSuggestion>): AnalysisJob {
    this.prune();
    const job: AnalysisJob = { id: randomUUID(), status: JobStatus.RUNNING, progress: 0, stage: 'queued', error: null, siteSuggestion: null, startedAt: new Date() };
    this.jobs.set(job.id, job);
    run((fraction, stage) => {
      job.progress = Math.max(job.progress, Math.min(1, fraction));
      job.stage = stage;
    })
      .then((result) => Object.assign(job, { status: JobStatus.DONE, progress: 1, stage: 'done', siteSuggestion: result }))
      .catch((err: Error) => Object.assign(job, { status: JobStatus.FAILED, stage: 'failed', error: err.message }));
    return job;
  }

  get(id: string): AnalysisJob | null {
    return this.jobs.get(id) ?? null;
  }

  private prune() {
    const now = Date.now();
    for (const [id, job] of this.jobs) if (job.status !== JobStatus.RUNNING && now - job.startedAt.getTime() > KEEP_MS) this.jobs.delete(id);
    while (this.jobs.size >= KEEP) this.jobs.delete(this.jobs.keys().next().value!);
  }
}
