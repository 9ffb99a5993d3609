import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** No Docker engine runs here, so the deployment files are checked for what the service relies on. */
describe('deployment files', () => {
  const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));

  it('pairs an official PostGIS server with the service, configured through DATABASE_URL', () => {
    expect(compose.services.db.image).toMatch(/^postgis\/postgis:/);
    expect(compose.services.db.healthcheck).toBeTruthy();
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.environment.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    expect(api.depends_on.db.condition).toBe('service_healthy');
  });

  it('needs the ID-number key: production on PostgreSQL refuses to start without it', () => {
    expect(compose.services.api.environment.CARECIRCLE_DATA_KEY).toMatch(/^\$\{CARECIRCLE_DATA_KEY:\?/);
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
