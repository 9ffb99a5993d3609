import type { Map as MlMap } from 'maplibre-gl';
import { saveCsv, saveGeoJson, saveMapPng, saveXlsx, type FeatureCollection } from '@carecircle/ui';

/** The features of a collection that lie in the map's current view. */
export function inView(map: MlMap, fc: FeatureCollection): GeoJSON.Feature[] {
  const bounds = map.getBounds();
  return fc.features.filter((f) => f.geometry.type === 'Point' && bounds.contains(f.geometry.coordinates as [number, number]));
}

/** Saves what the planner sees: the visible layers' features as GeoJSON or CSV, or the map as PNG. */
export function exportView(map: MlMap, format: 'geojson' | 'csv' | 'xlsx' | 'png', layers: Record<string, FeatureCollection>): void {
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'png') return saveMapPng(map.getCanvas(), `carecircle-map-${stamp}.png`);
  const features = Object.entries(layers).flatMap(([layer, fc]) =>
    inView(map, fc).map((f) => ({ ...f, properties: { layer, ...f.properties } })),
  );
  if (format === 'geojson') return saveGeoJson(`carecircle-view-${stamp}.geojson`, { type: 'FeatureCollection', features });
  const keys = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const header = [...keys, 'lon', 'lat'];
  const rows = features.map((f) => [
    ...keys.map((k) => (f.properties as Record<string, unknown>)[k]),
    ...(f.geometry as GeoJSON.Point).coordinates,
  ]);
  if (format === 'xlsx') return saveXlsx(`carecircle-view-${stamp}.xlsx`, 'CareCircle', header, rows);
  saveCsv(`carecircle-view-${stamp}.csv`, header, rows);
}
