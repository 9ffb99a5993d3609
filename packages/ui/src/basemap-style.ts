import type { StyleSpecification } from 'maplibre-gl';

// Not `new URL()`: it would percent-encode the {z}/{x}/{y} placeholders.
const absolute = (url: string): string => (/^https?:/.test(url) ? url : window.location.origin + (url.startsWith('/') ? url : '/' + url));

/**
 * The offline basemap: drawn from the project's own vector tiles (division boundaries, the walking
 * network, residential areas). No glyphs or sprites: names appear in cards and tooltips, symbols
 * are drawn at run time. An online raster layer is added beneath only when configured.
 */
export function basemapStyle(tilesUrl: string, rasterUrl: string | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
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
  );
  return style;
}
