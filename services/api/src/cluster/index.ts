import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { WalkingDataCache } from '../modules/network/walking-data.js';
import { runAnalysisRequest } from '../modules/site-selection/analysis-request.js';
import { createRedisLimits, type AppLimits } from '../shared/rate-limit.js';
import { AnalysisConsumer, DEFAULT_CONSUMER, type ConsumerOptions } from './analysis-consumer.js';
import type { AnalysisRequest, ProgressFn } from '../modules/site-selection/analysis-request.js';
import type { Lang } from '../shared/i18n.js';

/** How the interactive analyses left to the workers run: as a replica's own analysis queue does. */
const QUERY_CONSUMER: ConsumerOptions = { concurrency: 4, perUser: 2, timeMs: 30_000, lockMs: 5_000 };
import { QUERY_QUEUE, QueuedAnalysisJobs } from './queued-analysis-jobs.js';
import type { SessionCache } from '../modules/users/session-cache.js';
import { connectRedis, redisKey, type RedisSettings } from './redis.js';
import { RevisionsBus } from './revisions-bus.js';

export { AnalysisConsumer, WORKER_ID } from './analysis-consumer.js';
export { QueuedAnalysisJobs, jobKey } from './queued-analysis-jobs.js';
export type { RedisSettings } from './redis.js';

/**
 * What API replicas and analysis workers share through Redis (`REDIS_URL`): rate limits, the
 * background-analysis queue with its results, and the data revisions. One per process.
 */
export class Cluster {
  readonly redis: Redis;
  readonly limits: AppLimits;
  readonly jobs: QueuedAnalysisJobs;
  /** Interactive analyses left to the workers by replicas with `ANALYSIS_IN_PROCESS=0`. */
  readonly queries: QueuedAnalysisJobs;
  private readonly closers: (() => Promise<void>)[] = [];

  constructor(readonly settings: RedisSettings) {
    this.redis = connectRedis(settings, 'commands');
    this.limits = createRedisLimits(this.redis, settings.prefix);
    this.jobs = new QueuedAnalysisJobs(this.redis, settings);
    this.queries = new QueuedAnalysisJobs(this.redis, settings, QUERY_QUEUE);
  }

  /**
   * Takes queued analyses in this process, run on its walking data: the background ones, and the
   * interactive ones replicas leave to the workers (four at once, two per user, 30 s each, as a
   * replica runs its own).
   */
  async consume(orm: MikroORM, walkingData: WalkingDataCache, options: Partial<ConsumerOptions> = {}): Promise<AnalysisConsumer> {
    const run = (request: AnalysisRequest, lang: Lang, progress: ProgressFn, signal: AbortSignal) =>
      runAnalysisRequest(request, { em: orm.em.fork(), walkingData, lang }, progress, signal);
    const consumer = new AnalysisConsumer(this.redis, this.settings, run, { ...DEFAULT_CONSUMER, ...options });
    const queries = new AnalysisConsumer(this.redis, this.settings, run, QUERY_CONSUMER, QUERY_QUEUE);
    this.closers.push(
      () => consumer.close(),
      () => queries.close(),
    );
    await Promise.all([consumer.ready(), queries.ready()]);
    return consumer;
  }

  /**
   * Hears of data changes by any process (and announces this one's): the walking data is
   * reloaded at once, so the next coverage answer anywhere is already the new one.
   */
  async followRevisions(orm: MikroORM, walkingData: WalkingDataCache, log: (message: string) => void = () => {}): Promise<RevisionsBus> {
    const bus = new RevisionsBus(this.redis, this.settings, orm, (revisions) => {
      log(`数据已变更，刷新步行数据 / data changed (revisions ${JSON.stringify(revisions)}): refreshing the walking data`);
      walkingData.current().catch((err) => console.error('[carecircle] could not refresh the walking data:', (err as Error).message));
    });
    await bus.start();
    this.closers.push(() => bus.close());
    return bus;
  }

  /**
   * Tells the other processes when this one drops a user's sessions (sign-out, password, account
   * changes), and drops those they tell of: a session ended on one replica is refused by all at
   * once, not after their cache's second (see `SessionCache`).
   */
  async followSessions(cache: SessionCache): Promise<void> {
    const channel = redisKey(this.settings, 'sessions');
    const id = randomUUID();
    const subscriber = connectRedis(this.settings, 'sessions');
    subscriber.on('message', (_channel, message: string) => {
      let news: { from?: unknown; userId?: unknown };
      try {
        news = JSON.parse(message) as typeof news;
      } catch {
        return;
      }
      if (news.from !== id && typeof news.userId === 'number') void cache.forgetUser(news.userId, false);
    });
    await subscriber.subscribe(channel);
    const stop = cache.onForget(async (userId) => {
      await this.redis.publish(channel, JSON.stringify({ from: id, userId })).catch((err: Error) => {
        console.error('[carecircle] could not announce ended sessions:', err.message);
      });
    });
    this.closers.push(async () => {
      stop();
      await subscriber.quit().catch(() => {});
    });
  }

  /** Is Redis answering? */
  async ping(): Promise<boolean> {
    return (await this.redis.ping().catch(() => '')) === 'PONG';
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close().catch(() => {});
    await this.jobs.close().catch(() => {});
    await this.queries.close().catch(() => {});
    await this.redis.quit().catch(() => {});
  }
}
