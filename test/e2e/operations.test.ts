import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { apps } from '../../packages/graphql-client/codegen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const clientDir = path.join(root, 'packages/graphql-client');

describe('registered GraphQL operations of the apps', () => {
  it('src/gql of every app is what `pnpm codegen` writes from the current schema and documents', async () => {
    const outputs = await generate({ ...config, cwd: clientDir, silent: true }, false);
    const files = outputs.map((o) => path.resolve(clientDir, o.filename));
    for (const app of apps) expect(files).toContain(path.join(root, 'apps', app, 'src/gql/persisted-documents.json'));
    for (const output of outputs) {
      const file = path.resolve(clientDir, output.filename);
      expect(fs.readFileSync(file, 'utf8'), `${path.relative(root, file)} is stale: run \`pnpm codegen\``).toBe(output.content);
    }
  });

  const built = fs.existsSync(path.join(root, 'apps/shell/dist/index.html'));
  it.skipIf(!built && process.env.CI !== 'true')('every app’s build ships its persisted-documents.json for the API', () => {
    for (const app of apps) {
      const shipped = fs.readFileSync(path.join(root, 'apps', app, 'dist/persisted-documents.json'), 'utf8');
      expect(shipped).toBe(fs.readFileSync(path.join(root, 'apps', app, 'src/gql/persisted-documents.json'), 'utf8'));
      expect(Object.keys(JSON.parse(shipped)).length).toBeGreaterThan(0);
    }
  });
});
