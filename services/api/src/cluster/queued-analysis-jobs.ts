import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { TooManyRequestsError } from '../shared/errors.js';
import { pickLang, t, type Lang } from '../shared/i18n.js';
import type { AnalysisJobStore } from '../modules/site-selection/analysis-jobs.js';
import type { AnalysisRequest } from '../modules/site-selection/analysis-request.js';
import { JobStatus, type AnalysisJob } from '../modules/site-selection/analysis-job.types.js';
import { redisKey, type RedisSettings } from './redis.js';

/** The BullMQ queue every API replica adds background analyses to and every analysis worker takes them from. */
export const ANALYSIS_QUEUE = 'analyses';
/**
 * The queue of interactive analyses (coverage, isochrones, scenarios) that replicas with
 * `ANALYSIS_IN_PROCESS=0` leave to the workers and wait for: apart from the background ones, so
 * a query never waits behind a two-minute suggestion.
 */
export const QUERY_QUEUE = 'queries';
/** How long a job, its progress and its result are kept (s). */
export const JOB_TTL_SECONDS = 3600;
/** Analyses of one user waiting or running at once, all replicas together; one more is refused. */
export const WAITING_PER_USER = 20;
/** Attempts of a job whose worker failed unexpectedly or died (a refusal or a time-out is final). */
export const JOB_ATTEMPTS = 3;

/** What a queued job carries. */
export interface QueuedAnalysis {
  request: AnalysisRequest;
  owner: string;
  lang: Lang;
}

/** The hash of a job: what `analysisJob(id)` answers, on whichever replica it is asked. */
export const jobKey = (settings: Pick<RedisSettings, 'prefix'>, id: string) => redisKey(settings, 'analysis', 'job', id);
/** A user's jobs that are neither done nor failed (scored by start time), for the per-user limit. */
export const pendingKey = (settings: Pick<RedisSettings, 'prefix'>, owner: string) => redisKey(settings, 'analysis', 'pending', owner);
/** The channel on which a cancellation reaches the worker running the job. */
export const cancelChannel = (settings: Pick<RedisSettings, 'prefix'>) => redisKey(settings, 'analysis', 'cancel');

/** Counts a user's pending jobs (dropping those older than the TTL) and adds one when below the limit; -count when at it. */
const RESERVE = `
redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[1])
local n = redis.call('zcard', KEYS[1])
if n >= tonumber(ARGV[2]) then return -n end
redis.call('zadd', KEYS[1], ARGV[3], ARGV[4])
redis.call('expire', KEYS[1], ARGV[5])
return n`;

/**
 * Ends a RUNNING job once: DONE with its result or FAILED with its reason. Keyed by the job id, so a
 * job that two workers finished (one presumed dead) is written by the first only; returns 1 when it
 * wrote, 0 when the job had already ended (or was cancelled).
 */
export const FINISH = `
if redis.call('hget', KEYS[1], 'status') ~= 'RUNNING' then return 0 end
redis.call('hset', KEYS[1], 'status', ARGV[1], 'stage', ARGV[2], ARGV[4], ARGV[5], 'finishedBy', ARGV[6], 'finishedAt', ARGV[7])
if ARGV[3] ~= '' then redis.call('hset', KEYS[1], 'progress', ARGV[3]) end
redis.call('hincrby', KEYS[1], 'finishes', 1)
redis.call('expire', KEYS[1], ARGV[8])
redis.call('zrem', KEYS[2], ARGV[9])
return 1`;

/** Raises a RUNNING job's progress (never lowers it) and sets its stage, and its preliminary answer when one is given. */
export const PROGRESS = `
if redis.call('hget', KEYS[1], 'status') ~= 'RUNNING' then return 0 end
local p = tonumber(redis.call('hget', KEYS[1], 'progress') or '0')
if tonumber(ARGV[1]) > p then redis.call('hset', KEYS[1], 'progress', ARGV[1]) end
redis.call('hset', KEYS[1], 'stage', ARGV[2])
if ARGV[3] and ARGV[3] ~= '' then redis.call('hset', KEYS[1], 'preliminary', ARGV[3]) end
return 1`;

/** An AnalysisJob from its hash. */
function fromHash(id: string, h: Record<string, string>): AnalysisJob {
  return {
    id,
    status: h.status as JobStatus,
    progress: Number(h.progress ?? 0),
    stage: h.stage ?? 'queued',
    error: h.error || null,
    siteSuggestion: h.result && h.kind === 'siteSuggestion' ? JSON.parse(h.result) : null,
    preliminary: h.preliminary ? JSON.parse(h.preliminary) : null,
    startedAt: new Date(Number(h.startedAt)),
  };
}

/**
 * Background analyses shared by every API replica and analysis worker: the job waits in a BullMQ
 * queue (retried when its worker dies, see the consumer), its state and result sit in a Redis hash
 * that any replica reads, and a cancellation is published to whichever worker runs it.
 */
export class QueuedAnalysisJobs implements AnalysisJobStore {
  readonly queue: Queue<QueuedAnalysis>;

  constructor(
    private readonly redis: Redis,
    private readonly settings: RedisSettings,
    queueName = ANALYSIS_QUEUE,
  ) {
    this.queue = new Queue<QueuedAnalysis>(queueName, { connection: redis, prefix: settings.prefix });
  }

  /**
   * Runs an interactive analysis on a worker and waits for its answer (a replica that leaves
   * analyses to the workers). A refusal comes back as the worker gave it (code, field errors); a
   * client that leaves cancels the job.
   */
  async runAndWait(request: AnalysisRequest, owner: string, lang: Lang, signal: AbortSignal): Promise<unknown> {
    const job = await this.start(request, owner, lang);
    const key = jobKey(this.settings, job.id);
    for (let wait = 5; ; wait = Math.min(50, wait * 2)) {
      if (signal.aborted) {
        await this.cancel(job.id).catch(() => null);
        throw signal.reason;
      }
      const [status, result, error, extensions] = await this.redis.hmget(key, 'status', 'result', 'error', 'errorExtensions');
      if (status === JobStatus.DONE) return JSON.parse(result!);
      if (status === JobStatus.FAILED) {
        throw new GraphQLError(error ?? t(lang, 'analysis.cancelled'), {
          extensions: extensions ? JSON.parse(extensions) : { code: 'INTERNAL_SERVER_ERROR' },
        });
      }
      if (!status) throw new GraphQLError(t(lang, 'analysis.cancelled'), { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  async start(request: AnalysisRequest, owner: string, lang: Lang): Promise<AnalysisJob> {
    const id = randomUUID();
    const now = Date.now();
    const reserved = Number(
      await this.redis.eval(
        RESERVE,
        1,
        pendingKey(this.settings, owner),
        now - JOB_TTL_SECONDS * 1000,
        WAITING_PER_USER,
        now,
        id,
        JOB_TTL_SECONDS,
      ),
    );
    if (reserved < 0) throw new TooManyRequestsError(t(lang, 'analysis.queueFull', { count: -reserved }), 5);
    const key = jobKey(this.settings, id);
    const fields = { status: JobStatus.RUNNING, progress: '0', stage: 'queued', startedAt: String(now), owner, lang, kind: request.kind };
    await this.redis.multi().hset(key, fields).expire(key, JOB_TTL_SECONDS).exec();
    await this.queue.add(
      request.kind,
      { request, owner, lang },
      {
        jobId: id,
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'fixed', delay: 500 },
        removeOnComplete: { age: JOB_TTL_SECONDS },
        removeOnFail: { age: JOB_TTL_SECONDS },
      },
    );
    return fromHash(id, fields);
  }

  async get(id: string): Promise<AnalysisJob | null> {
    const h = await this.redis.hgetall(jobKey(this.settings, id));
    return h.status ? fromHash(id, h) : null;
  }

  async ownerOf(id: string): Promise<string | null> {
    return this.redis.hget(jobKey(this.settings, id), 'owner');
  }

  async cancel(id: string): Promise<AnalysisJob | null> {
    const key = jobKey(this.settings, id);
    const h = await this.redis.hgetall(key);
    if (!h.status) return null;
    const lang = pickLang(h.lang);
    const message = t(lang, 'analysis.cancelled');
    const ended = await this.redis.eval(
      FINISH,
      2,
      key,
      pendingKey(this.settings, h.owner),
      JobStatus.FAILED,
      'cancelled',
      '',
      'error',
      message,
      'cancel',
      Date.now(),
      JOB_TTL_SECONDS,
      id,
    );
    if (ended) {
      // A waiting job leaves the queue; a running one is stopped by its worker.
      await this.queue.remove(id).catch(() => 0);
      await this.redis.publish(cancelChannel(this.settings), id);
    }
    return this.get(id);
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
