import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const apps = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps');
const REMOTES = ['planner', 'stations', 'agreements', 'workforce'];
const SHARED = [
  'react',
  'react/jsx-runtime',
  'react-dom',
  'react-dom/client',
  '@apollo/client',
  '@apollo/client/react',
  '@apollo/client/link/persisted-queries',
  'maplibre-gl',
  '@carecircle/ui',
];

/** Text that only the shared libraries' code contains. */
const SIGNATURES: Record<string, RegExp> = {
  react: /Symbol\.for\(["']react\.transitional\.element["']\)/,
  'react-dom': /Symbol\.for\(["']react\.portal["']\)|react-dom\.production/,
  '@apollo/client': /__APOLLO_CLIENT__/,
  'maplibre-gl': /maplibre-gl-worker|MapLibre GL JS/,
  '@carecircle/ui': /preserveDrawingBuffer/,
};

const read = (p: string) => fs.readFileSync(p, 'utf8');
const jsFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : /\.m?js$/.test(e.name) ? [path.join(dir, e.name)] : []));

describe('production bundles', () => {
  const built = fs.existsSync(path.join(apps, 'shell/dist/index.html'));
  it.skipIf(!built && process.env.CI !== 'true')('load the shared libraries once, through the shell’s import map', () => {
    const html = read(path.join(apps, 'shell/dist/index.html'));
    const importMap = JSON.parse(/<script type="importmap">(.*?)<\/script>/s.exec(html)![1]) as { imports: Record<string, string> };
    expect(Object.keys(importMap.imports).sort()).toEqual([...SHARED].sort());
    for (const url of Object.values(importMap.imports)) expect(fs.existsSync(path.join(apps, 'shell/dist', url))).toBe(true);

    const shellAssets = jsFiles(path.join(apps, 'shell/dist/assets'));
    for (const name of [...REMOTES.map((r) => `${r}/dist`), 'shell/dist/assets']) {
      const files = name === 'shell/dist/assets' ? shellAssets : jsFiles(path.join(apps, name));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const code = read(file);
        for (const [lib, signature] of Object.entries(SIGNATURES))
          expect(signature.test(code), `${path.relative(apps, file)} bundles ${lib}`).toBe(false);
        // Every bare import is one the import map resolves.
        for (const m of code.matchAll(/(?:from|import)\s*["']([^"'./][^"']*)["']/g))
          expect(SHARED, `${path.relative(apps, file)} imports ${m[1]}`).toContain(m[1]);
      }
    }
    // Each shared library exists once: in the shell's shared folder and nowhere else.
    const apolloCopies = [...jsFiles(path.join(apps, 'shell/dist')), ...REMOTES.flatMap((r) => jsFiles(path.join(apps, r, 'dist')))].filter(
      (f) => SIGNATURES['@apollo/client'].test(read(f)),
    );
    expect(apolloCopies.map((f) => path.relative(apps, f))).toEqual([expect.stringMatching(/^shell\/dist\/shared\//)]);
    const maplibreCopies = [
      ...jsFiles(path.join(apps, 'shell/dist')),
      ...REMOTES.flatMap((r) => jsFiles(path.join(apps, r, 'dist'))),
    ].filter((f) => /maplibre-gl\.mjs$/.test(f));
    expect(maplibreCopies.length).toBe(1);
  });

  it.skipIf(!built && process.env.CI !== 'true')('each app reports its size and publishes its entry in app-manifest.json', () => {
    for (const app of REMOTES) {
      const manifest = JSON.parse(read(path.join(apps, app, 'dist/app-manifest.json'))) as { entry: string; css: string[] };
      expect(fs.existsSync(path.join(apps, app, 'dist', manifest.entry))).toBe(true);
      const report = JSON.parse(read(path.join(apps, app, 'dist/bundle-report.json'))) as { total: { bytes: number; gzip: number } };
      // The app's own code only: the shared libraries (≈ 1.7 MB) are not in it.
      expect(report.total.bytes).toBeLessThan(200_000);
    }
  });
});
