import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Redis } from 'ioredis';
import { readRevisions, type Revisions } from '../modules/network/walking-network.js';
import { connectRedis, redisKey, type RedisSettings } from './redis.js';

/** An announcement on the revisions channel: who changed the data, and the revisions after it. */
interface Announcement {
  from: string;
  revisions: Revisions;
}

/**
 * Announces data revisions over Redis pub/sub, so that every API replica and analysis worker
 * refreshes its walking data as soon as any of them commits a change, rather than on its next
 * request. The database triggers count the revisions (`data_revision`); after each transaction this
 * process commits, it reads them and publishes them when they moved. A process that hears of
 * revisions it has not seen calls `onChange`.
 */
export class RevisionsBus {
  private readonly subscriber: Redis;
  private readonly channel: string;
  private readonly id = randomUUID();
  private seen = '';
  private pending: NodeJS.Timeout | null = null;

  constructor(
    private readonly redis: Redis,
    settings: RedisSettings,
    private readonly orm: MikroORM,
    private readonly onChange: (revisions: Revisions) => void,
  ) {
    this.channel = redisKey(settings, 'revisions');
    this.subscriber = connectRedis(settings, 'revisions');
    this.subscriber.on('message', (_channel, message: string) => this.heard(message));
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => this.schedule() });
  }

  /** Subscribes, and remembers the revisions of now. */
  async start(): Promise<void> {
    await this.subscriber.subscribe(this.channel);
    this.seen = JSON.stringify(await readRevisions(this.orm));
  }

  /** Announces the revisions now (e.g. after a bulk write outside the ORM's transactions). */
  async announce(): Promise<void> {
    const revisions = await readRevisions(this.orm);
    const key = JSON.stringify(revisions);
    if (key === this.seen) return;
    this.seen = key;
    await this.redis.publish(this.channel, JSON.stringify({ from: this.id, revisions } satisfies Announcement));
  }

  private schedule() {
    // Commits in a burst (an import's batches) are announced once.
    this.pending ??= setTimeout(() => {
      this.pending = null;
      this.announce().catch((err) => console.error('[carecircle] could not announce the data revisions:', (err as Error).message));
    }, 20);
  }

  private heard(message: string) {
    let announcement: Announcement;
    try {
      announcement = JSON.parse(message) as Announcement;
    } catch {
      return;
    }
    if (announcement.from === this.id) return;
    const key = JSON.stringify(announcement.revisions);
    if (key === this.seen) return;
    this.seen = key;
    this.onChange(announcement.revisions);
  }

  async close(): Promise<void> {
    if (this.pending) clearTimeout(this.pending);
    await this.subscriber.quit().catch(() => {});
  }
}

/**
 * Announces the data revisions once, from a process that does not follow them: the command line
 * after an import, so that running API replicas and analysis workers reload at once. Gives up
 * after a few seconds when Redis does not answer (the import itself is already committed; the
 * others then see the change on their next request, as without Redis).
 */
export async function announceRevisionsOnce(settings: RedisSettings, orm: MikroORM): Promise<boolean> {
  const redis = new Redis(settings.url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
    connectionName: `${settings.prefix}:cli`,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    const revisions = await readRevisions(orm);
    await redis.publish(redisKey(settings, 'revisions'), JSON.stringify({ from: `cli:${randomUUID()}`, revisions } satisfies Announcement));
    return true;
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}
