import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Cluster } from './cluster/index.js';
import { WalkingDataCache } from './modules/network/walking-data.js';
import { AnalysisJobs } from './modules/site-selection/analysis-jobs.js';
import { runAnalysisRequest } from './modules/site-selection/analysis-request.js';
import { sessionCacheOf } from './modules/users/session-cache.js';
import { actorStore } from './shared/actor.js';
import { loadOperations, type OperationRegistry } from './shared/persisted-operations.js';
import { createLimits } from './shared/rate-limit.js';
import { createContext, type AppContext } from './request/context.js';
import { formatError } from './shared/errors.js';
import { queryCostRule } from './shared/query-cost.js';
import { noUnstorableText, unstorableText, unstorableVariablesPlugin } from './shared/text.js';
import { restErrorHandler } from './request/rest.js';
import { pickLang } from './shared/i18n.js';
import { createSchema } from './schema.js';

/** Mounts HTTP routes of a module on the app. */
export type RouteRegistrar = (app: express.Express, orm: MikroORM) => void;

export interface ServerOptions {
  orm: MikroORM;
  production?: boolean;
  /** Folder holding the microfrontends (`<name>/dist`); default the repository's `apps/`. */
  appsDir?: string;
  /** Extra HTTP routes (e.g. vector tiles), mounted before the admin app. */
  routes?: RouteRegistrar[];
  /**
   * Registered operations: the built apps' `persisted-documents.json` plus these files. Only they
   * are executed when `enforce` is on (default: in production).
   */
  operations?: { enforce?: boolean; files?: string[] };
  /**
   * Express `trust proxy` (default the `TRUST_PROXY` setting; unset: no proxy is trusted). Only when
   * set do `X-Forwarded-Proto` (HTTPS, so the session cookie gets `Secure`) and `X-Forwarded-For`
   * (the client address of the audit log and the sign-in throttle) count.
   */
  trustProxy?: string;
  /**
   * Shared with the other replicas and the analysis workers through Redis (`REDIS_URL`): rate
   * limits, background analyses and data revisions. Without it all of these stay in this process.
   */
  cluster?: Cluster | null;
  /** With a cluster: also run queued analyses here (default), or leave them to the workers (`ANALYSIS_IN_PROCESS=0`). */
  analysisInProcess?: boolean;
  /** Where the server reports what it does (default the console). */
  log?: (message: string) => void;
}

/**
 * The `trust proxy` value of a TRUST_PROXY setting: `1`/`true`/`yes` trust the nearest proxy, a
 * number that many hops, anything else is passed to Express (addresses, subnets, `loopback`).
 * Empty, `0`, `false`, `no`: none.
 */
export function trustProxyValue(setting: string | undefined): number | string | false {
  const v = (setting ?? '').trim();
  if (!v || ['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(v.toLowerCase())) return 1;
  return /^\d+$/.test(v) ? Number(v) : v;
}

export interface RunningServer {
  httpServer: http.Server;
  /** The walking data cache (its network searched on worker threads), closed with the server. */
  walkingData: WalkingDataCache;
  /** The registered (persisted) operations and whether only they are executed. */
  operations: OperationRegistry;
  url: string;
  stop(): Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** This API has no subscriptions: refuse such operations at validation (400), not at execution. */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') context.reportError(new GraphQLError('Subscriptions are not supported.', { nodes: [node] }));
  },
});

/** Errors raised before execution: the document does not parse or validate, or a variable does not coerce. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that asks for the legacy `application/json` (and not
 * `application/graphql-response+json`) gets 200 for a document that fails to parse or validate and
 * for variables that do not coerce, as the specification says it SHOULD (its errors are in the
 * body); clients that accept `application/graphql-response+json` (the admin apps) keep the 4xx the
 * specification demands for that type.
 */
const legacyJsonStatus: ApolloServerPlugin<AppContext> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept') ?? '';
    const legacy = /application\/json/i.test(accept) && !/application\/graphql-response\+json/i.test(accept);
    if (!legacy) return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        const { data, errors } = response.body.singleResult;
        if (data === undefined && errors?.length && errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code))))
          response.http.status = 200;
      },
    };
  },
};

/** Is the database reachable and fully migrated? */
export async function checkHealth(orm: MikroORM, cluster?: Cluster | null): Promise<{ ok: boolean; detail: string }> {
  if (cluster && !(await cluster.ping())) return { ok: false, detail: 'Redis unreachable' };
  try {
    await orm.em.getConnection().execute('select 1');
    const pending = await orm.getMigrator().getPendingMigrations();
    return pending.length
      ? { ok: false, detail: `pending migrations: ${pending.map((m) => m.name).join(', ')}` }
      : { ok: true, detail: 'ok' };
  } catch (err) {
    return { ok: false, detail: `database unreachable: ${(err as Error).message}` };
  }
}

const NOTICE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CareCircle 养老服务圈</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .3em}</style></head>
<body><h1>CareCircle 15分钟养老服务圈</h1>
<p>服务正在运行。管理界面尚未构建，目前可通过 GraphQL 接口 <code>/graphql</code> 使用数据登记与查询功能；健康检查：<code>/healthz</code>。</p>
<p lang="en">The service is running. The admin interface is not built yet; the registry is available through the GraphQL API at <code>/graphql</code>. Health check: <code>/healthz</code>.</p>
</body></html>`;

/**
 * Serves the built microfrontends: `apps/shell/dist` at `/` (with its index.html for client-side
 * routes) and every other `apps/<name>/dist` at `/apps/<name>/`, each deployable on its own.
 * Without a built shell, `/` says plainly that the admin interface is not built.
 */
function serveApps(app: express.Express, appsDir: string): void {
  const builtApps = fs.existsSync(appsDir) ? fs.readdirSync(appsDir).filter((name) => fs.existsSync(path.join(appsDir, name, 'dist'))) : [];
  for (const name of builtApps.filter((n) => n !== 'shell')) {
    app.use(`/apps/${name}`, express.static(path.join(appsDir, name, 'dist'), { maxAge: '1h', fallthrough: false }));
  }
  const shellDir = path.join(appsDir, 'shell', 'dist');
  if (fs.existsSync(path.join(shellDir, 'index.html'))) {
    app.use(express.static(shellDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|apps\/|tiles\/).*/, (_req, res) => res.sendFile(path.join(shellDir, 'index.html')));
  } else {
    app.get('/', (_req, res) => res.type('html').send(NOTICE_PAGE));
  }
}

/** Starts the HTTP server: GraphQL at /graphql, health at /healthz, the admin app at /. */
export async function startServer(options: ServerOptions, port: number, host = '0.0.0.0'): Promise<RunningServer> {
  const { orm } = options;
  const app = express();
  app.disable('x-powered-by');
  // Behind a TLS-terminating proxy only: otherwise a client could claim any address or HTTPS.
  app.set('trust proxy', trustProxyValue(options.trustProxy ?? process.env.TRUST_PROXY));
  const httpServer = http.createServer(app);
  // Idle keep-alive connections stay open longer than clients and proxies (nginx, undici) expect to
  // reuse them, so a request is never sent on a socket the server is just closing (ECONNRESET).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const schema = await createSchema();
  const cluster = options.cluster ?? null;
  // A replica that leaves analyses to the workers answers none from fields: it searches none ahead.
  const walkingData = new WalkingDataCache(orm, { warm: !(cluster && options.analysisInProcess === false) });
  const log = options.log ?? ((message: string) => console.log(`[carecircle] ${message}`));
  const analysisJobs =
    cluster?.jobs ??
    new AnalysisJobs(walkingData.jobs, (request, lang, progress, signal) =>
      runAnalysisRequest(request, { em: orm.em.fork(), walkingData, lang }, progress, signal),
    );
  const limits = cluster?.limits ?? createLimits();
  const consumer = cluster && options.analysisInProcess !== false ? await cluster.consume(orm, walkingData) : null;
  // A replica that leaves analyses to the workers sends them its interactive ones too.
  const remoteAnalyses = cluster && options.analysisInProcess === false ? cluster.queries : null;
  const revisions = cluster ? await cluster.followRevisions(orm, walkingData, log) : null;
  if (cluster) await cluster.followSessions(sessionCacheOf(orm.em));
  const appsDir = options.appsDir ?? path.join(repoRoot, 'apps');
  const operations = loadOperations({
    enforce: options.operations?.enforce ?? !!options.production,
    appsDir,
    files: options.operations?.files,
  });
  // OWASP GraphQL limits: depth, cost, aliases (batching by alias), directives, tokens;
  // batched HTTP requests are refused; field suggestions are hidden in production.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    // Our own cost rule (shared/query-cost.ts): pages count by their size, without armor's
    // compounding depth factor, so the documented page size of 500 fits.
    costLimit: { enabled: false },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    // Tokens are limited by the parser itself (parseOptions below), so syntax errors stay 400s.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !!options.production },
  }).protect();
  const apollo = new ApolloServer<AppContext>({
    schema,
    validationRules: [...armor.validationRules, queryCostRule(), noSubscriptions, noUnstorableText],
    parseOptions: { maxTokens: 5_000 },
    allowBatchedHttpRequests: false,
    // Operations by hash are resolved by the registry in front (registered ones only), never cached from clients.
    persistedQueries: false,
    introspection: !options.production || process.env.GRAPHQL_INTROSPECTION === '1',
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, { hideSuggestions: !!options.production }),
    stopOnTerminationSignals: false,
    // The armor ships CommonJS typings of Apollo; the plugins are the same at run time.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<AppContext>[]),
      unstorableVariablesPlugin as ApolloServerPlugin<AppContext>,
      legacyJsonStatus,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2000 }),
      // No HTTP caching of GraphQL answers: without this, Apollo wraps every field's resolver to
      // compute cache hints that nothing reads (a share of every list's time).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // Every request gets an id (also in the response) and an actor record for the audit log.
  app.use((req, res, next) => {
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    const lang = pickLang((req.query?.lang as string | undefined) ?? req.headers['accept-language']);
    const actor = { requestId, ip: req.ip ?? null, userId: null, username: null, lang };
    // Kept on the response too: routes that read a body re-enter it (`rebindActor`).
    res.locals.actor = actor;
    actorStore.run(actor, next);
  });

  app.get('/healthz', async (_req, res) => {
    const health = await checkHealth(orm, cluster);
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', detail: health.detail });
  });

  app.use(
    '/graphql',
    express.json({
      limit: '2mb',
      // Text PostgreSQL cannot store (NUL, unpaired surrogates) is refused at the door (400).
      reviver: (_key, value) => {
        const problem = typeof value === 'string' ? unstorableText(value) : null;
        if (problem) throw Object.assign(new SyntaxError(`unstorable text: ${problem}`), { status: 400 });
        return value;
      },
    }),
    operations.middleware(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(orm.em, walkingData, analysisJobs, limits, req, res, new Date(), remoteAnalyses),
    }),
  );

  for (const register of options.routes ?? []) register(app, orm);
  serveApps(app, appsDir);
  // Last: whatever a route or express itself refused (bad JSON, a body too large, a bad
  // percent-encoding in a path) is a JSON answer in the REST error format, never express's HTML
  // page with a stack trace.
  app.use(restErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    httpServer,
    url: `http://localhost:${actualPort}`,
    walkingData,
    operations,
    async stop() {
      await apollo.stop();
      await consumer?.close();
      await revisions?.close();
      await walkingData.close();
    },
  };
}
