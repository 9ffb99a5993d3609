import { randomUUID } from 'node:crypto';
import { t, type Lang } from '../../shared/i18n.js';
import type { AnalysisQueue } from '../network/analysis-queue.js';
import type { AnalysisRequest, ProgressFn } from './analysis-request.js';
import { JobStatus, type AnalysisJob } from './analysis-job.types.js';
import type { SiteSuggestion } from './site-selection.types.js';

export type { ProgressFn } from './analysis-request.js';

/** Runs a request in this process, handing every engine call the signal. */
export type AnalysisRunner = (request: AnalysisRequest, lang: Lang, progress: ProgressFn, signal: AbortSignal) => Promise<unknown>;

/**
 * Where background analyses live: in this process ({@link AnalysisJobs}), or in a queue shared by
 * every API replica and analysis worker (the Redis one of `REDIS_URL`). Either way a job is found
 * by its id, keeps its progress and result for an hour, and is cancelled by its owner.
 */
export interface AnalysisJobStore {
  /** Queues the request for `owner`; TOO_MANY_REQUESTS when the owner already has too many waiting. */
  start(request: AnalysisRequest, owner: string, lang: Lang): Promise<AnalysisJob>;
  get(id: string): Promise<AnalysisJob | null>;
  /** The job's owner (as the queue names users), or null when unknown. */
  ownerOf(id: string): Promise<string | null>;
  /**
   * Cancels a running job: it leaves the queue or its engine calls stop, and it ends FAILED with
   * the reason "cancelled". A finished job stays as it is.
   */
  cancel(id: string): Promise<AnalysisJob | null>;
}

const KEEP = 100;
const KEEP_MS = 3600_000;

/** A job with who started it and how to stop it (neither is part of the API's answer). */
interface Job extends AnalysisJob {
  owner: string;
  lang: Lang;
  controller: AbortController;
}

/**
 * Long analyses of this server process (one registry per server), kept for an hour after they
 * finish. They wait in the server's job queue (a few at once, per user and in total), run with
 * its time budget, and stop when cancelled.
 */
export class AnalysisJobs implements AnalysisJobStore {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly queue: AnalysisQueue,
    private readonly runner: AnalysisRunner,
  ) {}

  async start(request: AnalysisRequest, owner: string, lang: Lang): Promise<AnalysisJob> {
    this.prune();
    const job: Job = {
      id: randomUUID(),
      status: JobStatus.RUNNING,
      progress: 0,
      stage: 'queued',
      error: null,
      siteSuggestion: null,
      preliminary: null,
      startedAt: new Date(),
      owner,
      lang,
      controller: new AbortController(),
    };
    this.jobs.set(job.id, job);
    const progress: ProgressFn = (fraction, stage, preliminary) => {
      if (job.status !== JobStatus.RUNNING) return;
      job.progress = Math.max(job.progress, Math.min(1, fraction));
      job.stage = stage;
      if (preliminary) job.preliminary = preliminary;
    };
    this.queue
      .run(owner, job.controller.signal, lang, (signal) => {
        progress(0, 'started');
        return this.runner(request, lang, progress, signal);
      })
      .then((result) => {
        if (job.status === JobStatus.RUNNING)
          Object.assign(job, { status: JobStatus.DONE, progress: 1, stage: 'done', siteSuggestion: result as SiteSuggestion });
      })
      .catch((err: Error) => {
        if (job.status !== JobStatus.RUNNING) return;
        const message = job.controller.signal.aborted ? t(lang, 'analysis.cancelled') : err.message;
        Object.assign(job, { status: JobStatus.FAILED, stage: job.controller.signal.aborted ? 'cancelled' : 'failed', error: message });
      });
    return job;
  }

  async get(id: string): Promise<AnalysisJob | null> {
    return this.jobs.get(id) ?? null;
  }

  async ownerOf(id: string): Promise<string | null> {
    return this.jobs.get(id)?.owner ?? null;
  }

  async cancel(id: string): Promise<AnalysisJob | null> {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.status === JobStatus.RUNNING) {
      Object.assign(job, { status: JobStatus.FAILED, stage: 'cancelled', error: t(job.lang, 'analysis.cancelled') });
      job.controller.abort(new Error(t(job.lang, 'analysis.cancelled')));
    }
    return job;
  }

  private prune() {
    const now = Date.now();
    for (const [id, job] of this.jobs)
      if (job.status !== JobStatus.RUNNING && now - job.startedAt.getTime() > KEEP_MS) this.jobs.delete(id);
    while (this.jobs.size >= KEEP) this.jobs.delete(this.jobs.keys().next().value!);
  }
}
