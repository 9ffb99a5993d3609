import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** No Docker engine runs here, so the deployment files are checked for what the service relies on. */
describe('deployment files', () => {
  // Merge keys (`<<: *service`) as Docker Compose reads them.
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
  const { api, worker, migrate, redis, proxy, db } = compose.services;

  it('pairs an official PostGIS server with the service, configured through DATABASE_URL', () => {
    expect(db.image).toMatch(/^postgis\/postgis:/);
    expect(db.healthcheck).toBeTruthy();
    expect(api.build).toBe('.');
    expect(api.environment.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    expect(migrate.depends_on.db.condition).toBe('service_healthy');
  });

  it('needs the ID-number key: production on PostgreSQL refuses to start without it; every process has the same', () => {
    for (const s of [api, worker, migrate]) expect(s.environment.CARECIRCLE_DATA_KEY).toMatch(/^\$\{CARECIRCLE_DATA_KEY:\?/);
  });

  it('runs two API replicas and analysis workers of the same build on one PostgreSQL and one Redis', () => {
    expect(redis.image).toMatch(/^redis:7/);
    expect(redis.healthcheck).toBeTruthy();
    // BullMQ needs keys never evicted.
    expect(redis.command).toContain('noeviction');
    for (const s of [api, worker]) {
      expect(s.build).toBe('.');
      expect(s.environment.REDIS_URL).toBe('redis://redis:6379');
      expect(s.environment.DATABASE_URL).toBe(api.environment.DATABASE_URL);
      expect(s.environment.REDIS_PREFIX).toBe(api.environment.REDIS_PREFIX);
      expect(s.deploy.replicas).toBeGreaterThanOrEqual(2);
      expect(s.depends_on.redis.condition).toBe('service_healthy');
      // Replicas start after the release step has migrated (and seeded) once.
      expect(s.depends_on.migrate.condition).toBe('service_completed_successfully');
    }
    expect(api.environment.SEED_DEMO).toBe('0');
    expect(api.environment.ANALYSIS_IN_PROCESS).toBe('0');
    expect(api.environment.TRUST_PROXY).toBe('1');
    expect(api.ports).toBeUndefined();
    // The worker runs what `pnpm worker` runs.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(worker.command).toEqual(['node', 'services/api/dist/worker.js']);
    expect(pkg.scripts.worker).toContain('services/api/dist/worker.js');
    expect(migrate.command.join(' ')).toMatch(/cli\/index\.js migrate .*seed-demo/);
  });

  it('puts nginx in front of the replicas with its configuration in the repository', () => {
    expect(proxy.image).toMatch(/^nginx:/);
    expect(proxy.ports).toEqual(['4000:80']);
    const mount = proxy.volumes.find((v: string) => v.endsWith(':/etc/nginx/conf.d/default.conf:ro'));
    const conf = fs.readFileSync(path.join(root, mount.split(':')[0]), 'utf8');
    // Every replica of the api service, re-resolved as replicas come and go.
    expect(conf).toMatch(/upstream carecircle_api \{[^}]*server api:4000 resolve;/);
    expect(conf).toMatch(/proxy_pass http:\/\/carecircle_api;/);
    // The client address the API's sign-in limits count (with TRUST_PROXY=1).
    expect(conf).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
  });

  it('starts the built server that pnpm start runs', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const cmd = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(cmd).toBe('services/api/dist/main.js');
    expect(fs.existsSync(path.join(root, cmd!))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toContain(cmd);
  });
});
