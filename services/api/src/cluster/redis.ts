import { Redis } from 'ioredis';

/** How the processes of one deployment meet in Redis: its URL and the prefix of every key and channel. */
export interface RedisSettings {
  url: string;
  /** Keys, queues and channels start with it (`REDIS_PREFIX`, default `carecircle`), so deployments can share a server. */
  prefix: string;
}

/**
 * A Redis connection as BullMQ needs it (commands wait across reconnects instead of failing after a
 * few retries). The name shows in `CLIENT LIST`.
 */
export function connectRedis(settings: RedisSettings, name: string): Redis {
  const redis = new Redis(settings.url, { maxRetriesPerRequest: null, connectionName: `${settings.prefix}:${name}`, lazyConnect: false });
  // Reconnects are ioredis' job; without a listener an outage would crash the process.
  redis.on('error', (err) => console.error(`[carecircle] Redis (${name}):`, err.message));
  return redis;
}

/** The key of a name in the deployment's space: `prefix:part:part`. */
export const redisKey = (settings: Pick<RedisSettings, 'prefix'>, ...parts: string[]) => [settings.prefix, ...parts].join(':');
