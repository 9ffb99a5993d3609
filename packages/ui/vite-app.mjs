import path from 'node:path';
import fs from 'node:fs';
import react from '@vitejs/plugin-react';
import { isShared } from './shared-modules.mjs';
import { reportSizes } from './build-report.mjs';

/**
 * Ships the app's registered GraphQL operations (`src/gql/persisted-documents.json`, written by
 * `pnpm codegen`) as `dist/persisted-documents.json`; the API executes only these in production.
 */
export function shipPersistedDocuments(dir, outDir) {
  return {
    name: 'carecircle-persisted-documents',
    apply: 'build',
    writeBundle() {
      const source = path.join(dir, 'src', 'gql', 'persisted-documents.json');
      if (!fs.existsSync(source)) throw new Error(`${source} is missing: run \`pnpm codegen\``);
      fs.copyFileSync(source, path.join(outDir, 'persisted-documents.json'));
    },
  };
}

/**
 * The Vite configuration of a microfrontend: an ES module whose default export is the app,
 * with the shared libraries left to the shell's import map, and `app-manifest.json` naming the
 * hashed entry and its stylesheets. `vite` (dev) serves `index.html`, which runs the app alone
 * against the API on localhost:4000.
 */
export function microAppConfig(name, dir) {
  const outDir = path.join(dir, 'dist');
  return {
    base: './',
    plugins: [
      react(),
      {
        name: 'carecircle-app-manifest',
        apply: 'build',
        writeBundle(_options, bundle) {
          const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
          if (!entry) throw new Error(`${name}: no entry chunk`);
          const css = [...(entry.viteMetadata?.importedCss ?? [])];
          fs.writeFileSync(path.join(outDir, 'app-manifest.json'), JSON.stringify({ entry: entry.fileName, css }, null, 2));
        },
      },
      shipPersistedDocuments(dir, outDir),
      reportSizes(name, outDir),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: {
        input: path.join(dir, 'src', 'index.tsx'),
        preserveEntrySignatures: 'exports-only',
        external: isShared,
        output: {
          entryFileNames: `${name}-[hash].js`,
          chunkFileNames: `${name}-[name]-[hash].js`,
          assetFileNames: `${name}-[hash][extname]`,
        },
      },
    },
    server: {
      proxy: { '/graphql': 'http://localhost:4000', '/tiles': 'http://localhost:4000' },
    },
  };
}
