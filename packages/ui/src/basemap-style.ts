import type { StyleSpecification } from 'maplibre-gl';

// Not `new URL()`: it would percent-encode the {z}/{x}/{y} placeholders.
const absolute = (url: string): string => (/^https?:/.test(url) ? url : window.location.origin + (url.startsWith('/') ? url : '/' + url));

/** The font stack of map labels: Latin glyph PBFs built from Noto Sans and served by the shell (`/glyphs`). */
export const LABEL_FONT = ['Noto Sans Regular'];
/** CJK ideographs are drawn by the browser in this font family (MapLibre's `localIdeographFontFamily`). */
export const LOCAL_IDEOGRAPH_FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** The lowest label layer of the basemap: data layers go beneath it, so names stay readable. */
export const FIRST_LABEL_LAYER = 'base-road-labels';

const halo = { 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 } as const;

/**
 * The offline basemap: drawn from the project's own vector tiles (division boundaries, the walking
 * network, residential areas) with the names of streets/towns, communities and roads. Glyphs are
 * the product's own (`glyphsUrl`); symbols are drawn at run time, so nothing is fetched from outside.
 * An online raster layer is added beneath only when configured.
 */
export function basemapStyle(
  tilesUrl: string,
  rasterUrl: string | null,
  glyphsUrl = '/glyphs/{fontstack}/{range}.pbf',
): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    glyphs: absolute(glyphsUrl),
    sources: {
      base: { type: 'vector', tiles: [absolute(tilesUrl)], minzoom: 0, maxzoom: 16 },
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f1ec' } }],
  };
  if (rasterUrl) {
    style.sources.online = { type: 'raster', tiles: [rasterUrl], tileSize: 256 };
    style.layers.push({ id: 'online-basemap', type: 'raster', source: 'online' });
  }
  style.layers.push(
    {
      id: 'base-division-fill',
      type: 'fill',
      source: 'base',
      'source-layer': 'divisions',
      filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
      paint: { 'fill-color': ['match', ['get', 'level'], 'TOWN', '#e9efe2', '#eef0f4'], 'fill-opacity': rasterUrl ? 0.2 : 1 },
    },
    {
      id: 'base-residential-outline',
      type: 'fill',
      source: 'base',
      'source-layer': 'residential_outline',
      paint: { 'fill-color': '#e6dccb', 'fill-outline-color': '#cdbfa8' },
    },
    {
      id: 'base-major-roads',
      type: 'line',
      source: 'base',
      'source-layer': 'major_roads',
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 12, 1.6] },
    },
    {
      id: 'base-major-roads-casing',
      type: 'line',
      source: 'base',
      'source-layer': 'major_roads',
      paint: { 'line-color': '#b9b2a3', 'line-width': 0.4 },
    },
    {
      id: 'base-roads',
      type: 'line',
      source: 'base',
      'source-layer': 'roads',
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.6, 16, 3] },
    },
    {
      id: 'base-roads-casing',
      type: 'line',
      source: 'base',
      'source-layer': 'roads',
      paint: { 'line-color': '#c9c4b8', 'line-width': 0.3 },
    },
    {
      id: 'base-community-lines',
      type: 'line',
      source: 'base',
      'source-layer': 'divisions',
      filter: ['in', ['get', 'level'], ['literal', ['COMMUNITY', 'VILLAGE']]],
      minzoom: 12,
      paint: { 'line-color': '#9aa3b5', 'line-width': 0.7, 'line-dasharray': [3, 2] },
    },
    {
      id: 'base-division-lines',
      type: 'line',
      source: 'base',
      'source-layer': 'divisions',
      filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
      paint: { 'line-color': '#5b6478', 'line-width': 1.4 },
    },
    {
      id: FIRST_LABEL_LAYER,
      type: 'symbol',
      source: 'base',
      'source-layer': 'roads',
      minzoom: 14,
      filter: ['!=', ['get', 'name'], ''],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 11,
        'text-max-angle': 35,
        'symbol-spacing': 300,
      },
      paint: { 'text-color': '#6b6455', ...halo },
    },
    {
      id: 'base-community-labels',
      type: 'symbol',
      source: 'base',
      'source-layer': 'division_labels',
      minzoom: 12.5,
      filter: ['in', ['get', 'level'], ['literal', ['COMMUNITY', 'VILLAGE']]],
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-max-width': 6 },
      paint: { 'text-color': '#5c6680', ...halo },
    },
    {
      id: 'base-division-labels',
      type: 'symbol',
      source: 'base',
      'source-layer': 'division_labels',
      filter: ['in', ['get', 'level'], ['literal', ['STREET', 'TOWN']]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 12, 14, 16],
        'text-max-width': 8,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': '#2f3a52', ...halo, 'text-halo-width': 1.8 },
    },
  );
  return style;
}
