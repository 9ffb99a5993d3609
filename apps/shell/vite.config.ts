import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { isShared } from '@carecircle/ui/shared-modules';
import { reportSizes } from '@carecircle/ui/build-report';
import { shipPersistedDocuments } from '@carecircle/ui/vite-app';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Puts the import map of the shared libraries (built by vite.shared.config.ts) into index.html. */
function injectImportMap(): Plugin {
  return {
    name: 'carecircle-inject-import-map',
    transformIndexHtml(html) {
      const file = path.join(here, 'dist', 'shared', 'importmap.json');
      if (!fs.existsSync(file))
        throw new Error('dist/shared/importmap.json is missing: run `vite build --config vite.shared.config.ts` first');
      const map = JSON.parse(fs.readFileSync(file, 'utf8')) as { imports: Record<string, string> };
      const css = path.dirname(map.imports['maplibre-gl']) + '/maplibre-gl.css';
      return html.replace(
        '<!-- import-map -->',
        `<script type="importmap">${JSON.stringify(map)}</script>\n    <link rel="stylesheet" href="${css}" />`,
      );
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    injectImportMap(),
    shipPersistedDocuments(here, path.join(here, 'dist')),
    reportSizes('shell', path.join(here, 'dist')),
  ],
  build: {
    emptyOutDir: false,
    rolldownOptions: { external: isShared },
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/tiles': 'http://localhost:4000',
      '/apps': 'http://localhost:4000',
      '/shared': 'http://localhost:4000',
    },
  },
});
