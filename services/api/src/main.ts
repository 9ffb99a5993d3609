import 'reflect-metadata';
import { Cluster } from './cluster/index.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { seedDemoIfEmpty } from './db/seed-demo.js';
import { routes } from './modules/routes.js';
import { startServer } from './server.js';

async function main() {
  const config = loadConfig();
  console.log(
    config.databaseUrl
      ? '[carecircle] 连接 PostgreSQL / connecting to PostgreSQL…'
      : `[carecircle] 启动嵌入式数据库 / starting the embedded database in ${config.dataDir}…`,
  );
  const db = await openDatabase(config);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(db.orm, (msg) => console.log(`[carecircle] ${msg}`));
    if (seeded) console.log('[carecircle] 已载入示例区县数据（合成数据）/ loaded the demo district (synthetic sample data)');
  }
  const cluster = config.redisUrl ? new Cluster({ url: config.redisUrl, prefix: config.redisPrefix }) : null;
  if (cluster)
    console.log(
      `[carecircle] Redis：限流、后台分析与数据版本跨副本共享 / Redis: rate limits, background analyses and data revisions shared across replicas (prefix ${config.redisPrefix}, analyses ${config.analysisInProcess ? 'here and on workers' : 'on workers only'})`,
    );
  const server = await startServer(
    {
      orm: db.orm,
      cluster,
      analysisInProcess: config.analysisInProcess,
      production: config.production,
      routes,
      operations: { enforce: config.production && !config.allowAnyOperation, files: config.operationFiles },
    },
    config.port,
  );
  const ops = server.operations;
  if (ops.enforce) {
    console.log(
      `[carecircle] 仅执行已登记的 ${ops.size} 个 GraphQL 操作 / executing only the ${ops.size} registered GraphQL operations (${ops.sources.length} manifests; GRAPHQL_ALLOW_ANY_OPERATION=1 lifts this)`,
    );
    if (!ops.size)
      console.warn('[carecircle] 警告：没有已登记的操作，管理界面未构建？/ warning: no registered operations — are the admin apps built?');
  }
  // Load the walking network and data now rather than on the first request.
  server.walkingData
    .current()
    .then(async (data) => {
      console.log(
        `[carecircle] 步行路网已载入 / walking network loaded: ${data.network ? `${data.network.segments} segments` : 'none (straight-line fallback)'}`,
      );
      const { searches, ms } = await server.walkingData.warmed();
      if (searches)
        console.log(
          `[carecircle] 最近设施距离场已备好 / nearest-facility fields ready: ${searches} searches in ${(ms / 1000).toFixed(1)} s`,
        );
    })
    .catch((err) => console.error('[carecircle] 步行路网载入失败 / could not load the walking network:', (err as Error).message));
  console.log(`[carecircle] ${server.url}  (GraphQL ${server.url}/graphql, health ${server.url}/healthz)`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[carecircle] ${signal}: 正在停止 / stopping…`);
    await server.stop();
    await cluster?.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  if (err instanceof DataDirInUseError) {
    console.error(err.message);
    process.exit(2);
  }
  // Keep the log readable: no multi-kilobyte SQL statements.
  const message = String((err as Error)?.message ?? err);
  console.error(
    '[carecircle] 启动失败 / failed to start:',
    message.length > 800 ? `${message.slice(0, 400)} … ${message.slice(-300)}` : message,
  );
  process.exit(1);
});
