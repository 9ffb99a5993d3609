import type { Map as MlMap } from 'maplibre-gl';
import { label, saveCsv, saveGeoJson, saveXlsx, type FeatureCollection, type Lang } from '@carecircle/ui';

/** The features of a collection that lie in the map's current view. */
export function inView(map: MlMap, fc: FeatureCollection): GeoJSON.Feature[] {
  const bounds = map.getBounds();
  return fc.features.filter((f) => f.geometry.type === 'Point' && bounds.contains(f.geometry.coordinates as [number, number]));
}

/** A layer of the view export: its features and its name in the interface language. */
export interface ViewLayer {
  name: string;
  features: FeatureCollection;
}

/** The column headers of the view export, in the interface language. */
export interface ViewHeaders {
  /** The file's and the sheet's name. */
  title: string;
  layer: string;
  name: string;
  kind: string;
  status: string;
  lon: string;
  lat: string;
}

/**
 * Saves what the planner sees: the visible layers' points as GeoJSON (properties as stored, for
 * GIS tools), or as CSV/XLSX with the headers and values of the interface language (kinds and
 * states by name, never as codes).
 */
export function exportView(map: MlMap, format: 'geojson' | 'csv' | 'xlsx', layers: ViewLayer[], headers: ViewHeaders, lang: Lang): void {
  const stamp = new Date().toISOString().slice(0, 10);
  const features = layers.flatMap((l) => inView(map, l.features).map((f) => ({ layer: l.name, f })));
  if (format === 'geojson')
    return saveGeoJson(`carecircle-view-${stamp}.geojson`, {
      type: 'FeatureCollection',
      features: features.map(({ f }) => f),
    });
  const header = [headers.layer, headers.name, headers.kind, headers.status, headers.lon, headers.lat];
  const rows = features.map(({ layer, f }) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
    return [layer, p.name, p.kind ? label(String(p.kind), lang) : '', p.status ? label(String(p.status), lang) : '', lon, lat];
  });
  const file = `${headers.title}-${stamp}`;
  if (format === 'xlsx') void saveXlsx(`${file}.xlsx`, headers.title, header, rows);
  else saveCsv(`${file}.csv`, header, rows);
}
