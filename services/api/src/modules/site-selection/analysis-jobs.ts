import { randomUUID } from 'node:crypto';
import { JobStatus, type AnalysisJob } from './analysis-job.types.js';
import type { SiteSuggestion } from './site-selection.types.js';

/** Reports how far a computation has come (0..1) and what it is doing. */
export type ProgressFn = (fraction: number, stage: string) => void;

const KEEP = 100;
const KEEP_MS = 3600_000;

/** Long analyses of this server process (one registry per server), kept for an hour after they finish. */
export class AnalysisJobs {
  private readonly jobs = new Map<string, AnalysisJob>();

  start(run: (progress: ProgressFn) => Promise<SiteSuggestion>): AnalysisJob {
    this.prune();
    const job: AnalysisJob = {
      id: randomUUID(),
      status: JobStatus.RUNNING,
      progress: 0,
      stage: 'queued',
      error: null,
      siteSuggestion: null,
      startedAt: new Date(),
    };
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
    for (const [id, job] of this.jobs)
      if (job.status !== JobStatus.RUNNING && now - job.startedAt.getTime() > KEEP_MS) this.jobs.delete(id);
    while (this.jobs.size >= KEEP) this.jobs.delete(this.jobs.keys().next().value!);
  }
}
