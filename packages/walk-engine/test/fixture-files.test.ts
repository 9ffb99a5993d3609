import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraphFromGeoJSON, isochrones, snap, type LineFeatureCollection } from '../src/index.js';

// Fixture files: test/in/<name>.geojson holds street lines and one Point with
// `role: "source"` and `thresholds`; test/out/<name>.geojson holds the isochrone bands.
// Regenerate with REGEN=1 and review the change in the diff (e.g. on a map viewer).
const dir = path.dirname(fileURLToPath(import.meta.url));
const round = (v: unknown): unknown =>
  typeof v === 'number'
    ? Math.round(v * 1e7) / 1e7
    : Array.isArray(v)
      ? v.map(round)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
        : v;

describe('fixture files', () => {
  const names = readdirSync(path.join(dir, 'in')).filter((f) => f.endsWith('.geojson'));
  it.each(names)('%s', (file) => {
    const input = JSON.parse(readFileSync(path.join(dir, 'in', file), 'utf8'));
    const lines: LineFeatureCollection = {
      type: 'FeatureCollection',
      features: input.features.filter((f: any) => f.geometry.type !== 'Point'),
    };
    const source = input.features.find((f: any) => f.properties?.role === 'source');
    const graph = buildGraphFromGeoJSON(lines);
    const bands = isochrones(
      graph,
      snap(graph, source.geometry.coordinates[0], source.geometry.coordinates[1]),
      source.properties.thresholds,
    );
    const output = round({ type: 'FeatureCollection', features: [...bands].reverse() });
    const outFile = path.join(dir, 'out', file);
    if (process.env.REGEN || !existsSync(outFile)) writeFileSync(outFile, JSON.stringify(output) + '\n');
    expect(output).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
  });
});
