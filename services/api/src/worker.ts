import 'reflect-metadata';
import { Cluster, WORKER_ID } from './cluster/index.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { WalkingDataCache } from './modules/network/walking-data.js';

/**
 * An analysis worker (`pnpm worker`): the same build as the API, on the same PostgreSQL
 * (`DATABASE_URL`) and Redis (`REDIS_URL`). It loads the walking network, takes background
 * analyses from the queue, reports their progress and writes their results, and reloads its data
 * when any process announces a change.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl || !config.redisUrl)
    throw new Error(
      'an analysis worker needs DATABASE_URL (PostgreSQL) and REDIS_URL: the embedded database is not shared between processes',
    );
  const concurrency = Number(process.env.ANALYSIS_CONCURRENCY ?? 2);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new Error(`ANALYSIS_CONCURRENCY must be an integer from 1 to 64, got "${process.env.ANALYSIS_CONCURRENCY}"`);
  const db = await openDatabase(config);
  const walkingData = new WalkingDataCache(db.orm);
  const cluster = new Cluster({ url: config.redisUrl, prefix: config.redisPrefix });
  const log = (message: string) => console.log(`[carecircle worker] ${message}`);
  await cluster.followRevisions(db.orm, walkingData, log);
  const data = await walkingData.current();
  log(`步行路网已载入 / walking network loaded: ${data.network ? `${data.network.segments} segments` : 'none (straight-line fallback)'}`);
  await cluster.consume(db.orm, walkingData, { concurrency });
  log(`分析工作进程就绪 / analysis worker ready: ${WORKER_ID}, ${concurrency} at once, prefix ${config.redisPrefix}`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: 正在停止 / stopping…`);
    await cluster.close();
    await walkingData.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('[carecircle worker] 启动失败 / failed to start:', String((err as Error)?.message ?? err).slice(0, 800));
  process.exit(1);
});
