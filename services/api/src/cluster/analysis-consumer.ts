import os from 'node:os';
import { DelayedError, Worker, type Job } from 'bullmq';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { t } from '../shared/i18n.js';
import type { AnalysisRunner } from '../modules/site-selection/analysis-jobs.js';
import { JobStatus } from '../modules/site-selection/analysis-job.types.js';
import {
  ANALYSIS_QUEUE,
  cancelChannel,
  FINISH,
  JOB_ATTEMPTS,
  JOB_TTL_SECONDS,
  jobKey,
  pendingKey,
  PROGRESS,
  type QueuedAnalysis,
} from './queued-analysis-jobs.js';
import { connectRedis, redisKey, type RedisSettings } from './redis.js';

/** How the analyses of one process are taken from the queue. */
export interface ConsumerOptions {
  /** Jobs this process runs at once (the engine's threads do the work). */
  concurrency: number;
  /** Jobs of one user running at once, all processes together. */
  perUser: number;
  /** Time budget of one job once it runs (ms); past it, its work is cancelled and it fails. */
  timeMs: number;
  /**
   * How long a job's lock lasts without renewal (ms). A worker renews it while it runs; when the
   * worker dies, another takes the job over once the lock has lapsed.
   */
  lockMs: number;
}

export const DEFAULT_CONSUMER: ConsumerOptions = { concurrency: 2, perUser: 1, timeMs: 120_000, lockMs: 5_000 };

/**
 * Takes a per-user slot for a job (a member of the user's running set with an expiry), unless the
 * user already runs `perUser` others. A job that already holds one (taken over from a dead worker)
 * keeps it. Returns 1 when taken.
 */
const ACQUIRE = `
redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[1])
if redis.call('zscore', KEYS[1], ARGV[3]) or redis.call('zcard', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('zadd', KEYS[1], ARGV[4], ARGV[3])
  redis.call('pexpire', KEYS[1], ARGV[5])
  return 1
end
return 0`;

/** This process, as job hashes name the worker that ran a job. */
export const WORKER_ID = `${os.hostname()}:${process.pid}`;

/**
 * Runs queued analyses in this process (an analysis worker, or an API replica that keeps
 * `ANALYSIS_IN_PROCESS`): BullMQ hands out each job with a short lock that this process renews,
 * so a job whose worker was killed is taken over by another once the lock lapses (stalled-job
 * handling) and retried up to {@link JOB_ATTEMPTS} times; a job is never completed twice, as the
 * result is written once per job id. Per user at most `perUser` jobs run at once across all
 * processes (the others wait, delayed); a cancellation published by any replica stops the job's
 * engine calls here.
 */
export class AnalysisConsumer {
  private readonly worker: Worker<QueuedAnalysis>;
  private readonly subscriber: Redis;
  private readonly running = new Map<string, AbortController>();
  private stopping = false;

  constructor(
    private readonly redis: Redis,
    private readonly settings: RedisSettings,
    private readonly run: AnalysisRunner,
    private readonly options: ConsumerOptions = DEFAULT_CONSUMER,
    queueName = ANALYSIS_QUEUE,
  ) {
    this.subscriber = connectRedis(settings, 'analysis-cancel');
    void this.subscriber.subscribe(cancelChannel(settings));
    this.subscriber.on('message', (_channel, id: string) => this.running.get(id)?.abort(new Error('cancelled')));
    this.worker = new Worker<QueuedAnalysis>(queueName, (job, token) => this.process(job, token), {
      connection: redis,
      prefix: settings.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: JOB_ATTEMPTS - 1,
    });
    this.worker.on('error', (err) => console.error('[carecircle] analysis queue:', err.message));
    // A job that failed for good without its processor ending it (stalled too often) is marked FAILED.
    this.worker.on('failed', (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void this.finish(job, JobStatus.FAILED, 'failed', 'error', err.message);
    });
  }

  /** Resolves once the worker is connected and taking jobs. */
  async ready(): Promise<void> {
    await this.worker.waitUntilReady();
  }

  private async process(job: Job<QueuedAnalysis>, token?: string): Promise<void> {
    const id = job.id!;
    const { request, owner, lang } = job.data;
    const key = jobKey(this.settings, id);
    if ((await this.redis.hget(key, 'status')) !== JobStatus.RUNNING) return; // cancelled, or finished elsewhere
    const slots = redisKey(this.settings, 'analysis', 'running', owner);
    const lease = () => {
      const now = Date.now();
      return this.redis.eval(ACQUIRE, 1, slots, now, this.options.perUser, id, now + this.options.lockMs * 2, this.options.lockMs * 4);
    };
    if (!Number(await lease())) {
      // The user runs enough already: wait, without counting as an attempt.
      await job.moveToDelayed(Date.now() + 250, token);
      throw new DelayedError();
    }
    const renew = setInterval(() => void lease().catch(() => {}), Math.max(250, Math.floor(this.options.lockMs / 2)));
    const controller = new AbortController();
    this.running.set(id, controller);
    const timeout = AbortSignal.timeout(this.options.timeMs);
    const signal = AbortSignal.any([controller.signal, timeout]);
    try {
      // Who runs it, and how many times it was started (a job taken over from a dead worker runs again).
      await this.redis.multi().hset(key, 'worker', WORKER_ID, 'stage', 'started').hincrby(key, 'runs', 1).exec();
      const result = await this.run(
        request,
        lang,
        (fraction, stage, preliminary) => {
          const quick = preliminary ? JSON.stringify(preliminary) : '';
          void this.redis.eval(PROGRESS, 1, key, Math.min(1, fraction), stage, quick).catch(() => {});
        },
        signal,
      );
      await this.finish(job, JobStatus.DONE, 'done', 'result', JSON.stringify(result));
    } catch (err) {
      // Stopping: the job is left to another worker (its lock lapses), never ended here.
      if (this.stopping) throw err;
      if (controller.signal.aborted) return; // cancelled: the canceller has ended the job
      if (timeout.aborted) {
        const seconds = Math.max(1, Math.ceil(this.options.timeMs / 1000));
        const message = t(lang, 'analysis.timeLimit', { seconds });
        // As a replica's own analysis queue refuses it.
        await this.redis.hset(key, 'errorExtensions', JSON.stringify({ code: 'BAD_USER_INPUT', fields: [{ field: 'analysis', message }] }));
        await this.finish(job, JobStatus.FAILED, 'failed', 'error', message);
        return;
      }
      // A refusal (over the work budget, bad input) is the answer, not a fault: no retry.
      if (err instanceof GraphQLError || job.attemptsMade + 1 >= JOB_ATTEMPTS) {
        // The refusal as the caller would have had it (code, field errors), for a replica waiting on it.
        if (err instanceof GraphQLError) await this.redis.hset(key, 'errorExtensions', JSON.stringify(err.extensions ?? {}));
        await this.finish(job, JobStatus.FAILED, 'failed', 'error', (err as Error).message);
        return;
      }
      throw err;
    } finally {
      clearInterval(renew);
      this.running.delete(id);
      await this.redis.zrem(slots, id).catch(() => 0);
    }
  }

  /** Ends the job once (see FINISH); false when it had already ended. */
  private async finish(job: Job<QueuedAnalysis>, status: JobStatus, stage: string, field: string, value: string): Promise<boolean> {
    const done = await this.redis.eval(
      FINISH,
      2,
      jobKey(this.settings, job.id!),
      pendingKey(this.settings, job.data.owner),
      status,
      stage,
      status === JobStatus.DONE ? '1' : '',
      field,
      value,
      WORKER_ID,
      Date.now(),
      JOB_TTL_SECONDS,
      job.id!,
    );
    return Number(done) === 1;
  }

  /** Stops taking jobs; running ones are cancelled (another worker takes them over once their locks lapse). */
  async close(): Promise<void> {
    this.stopping = true;
    for (const c of this.running.values()) c.abort(new Error('the worker is stopping'));
    await this.worker.close(true);
    await this.subscriber.quit().catch(() => {});
  }
}
