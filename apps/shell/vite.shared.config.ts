/**
 * Builds the shared libraries once, as ES modules the import map points to: React, ReactDOM,
 * Apollo Client and the CareCircle UI kit in one build (so they share one React), and MapLibre GL
 * copied as its own ES build (it loads its worker from beside itself).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { SHARED_MODULES } from '@carecircle/ui/shared-modules';
import { reportSizes } from '@carecircle/ui/build-report';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const entriesDir = path.join(here, 'shared-entries');
const outDir = path.join(here, 'dist', 'shared');
const entryName = (spec: string) => spec.replace(/^@/, '').replace(/[/]/g, '__');

// CommonJS packages (React) get an ES wrapper that names every export, so `import { useState } from 'react'` works.
const COMMONJS = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client'];
fs.rmSync(entriesDir, { recursive: true, force: true });
fs.mkdirSync(entriesDir, { recursive: true });
const entries: Record<string, string> = {};
for (const spec of SHARED_MODULES.filter((s) => s !== 'maplibre-gl')) {
  const file = path.join(entriesDir, `${entryName(spec)}.js`);
  if (COMMONJS.includes(spec)) {
    const names = Object.keys(require(spec)).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
    fs.writeFileSync(file, `import m from '${spec}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`);
  } else {
    fs.writeFileSync(file, `export * from '${spec}';\n`);
  }
  entries[entryName(spec)] = file;
}

/** Copies MapLibre's own ES build and writes the import map of everything built here. */
function importMap(): Plugin {
  return {
    name: 'carecircle-import-map',
    writeBundle(_options, bundle) {
      const imports: Record<string, string> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const spec = SHARED_MODULES.find((s) => entryName(s) === chunk.name);
        if (spec) imports[spec] = `/shared/${chunk.fileName}`;
      }
      const mlDir = path.dirname(require.resolve('maplibre-gl/package.json'));
      const version = (JSON.parse(fs.readFileSync(path.join(mlDir, 'package.json'), 'utf8')) as { version: string }).version;
      const target = path.join(outDir, `maplibre-gl-${version}`);
      fs.mkdirSync(target, { recursive: true });
      for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
        fs.copyFileSync(path.join(mlDir, 'dist', f), path.join(target, f));
      imports['maplibre-gl'] = `/shared/maplibre-gl-${version}/maplibre-gl.mjs`;
      fs.writeFileSync(path.join(outDir, 'importmap.json'), JSON.stringify({ imports }, null, 2));
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    importMap(),
    reportSizes('shared libraries (React, ReactDOM, Apollo Client, UI kit; MapLibre GL copied beside)', outDir),
  ],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: ['maplibre-gl'],
      output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunk-[name]-[hash].js' },
    },
  },
});
