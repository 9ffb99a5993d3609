import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';

export type FeatureCollection = GeoJSON.FeatureCollection;

/** Sets the data of a GeoJSON source, creating the source when missing. */
export function setGeoJson(map: MlMap, id: string, data: FeatureCollection): void {
  const source = map.getSource(id) as GeoJSONSource | undefined;
  if (source) source.setData(data);
  else map.addSource(id, { type: 'geojson', data, promoteId: 'id' });
}

/** Shows or hides layers (missing layers are skipped). */
export function setVisible(map: MlMap, ids: string[], visible: boolean): void {
  for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

/** A FeatureCollection of points from records with a GeoJSON Point `location`. */
export function pointsToFeatures<T extends { id: string; location: unknown }>(
  rows: readonly T[],
  props: (row: T) => Record<string, unknown>,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: Number(r.id),
      geometry: r.location as GeoJSON.Point,
      properties: { id: r.id, ...props(r) },
    })),
  };
}

/** The bounding box of a GeoJSON geometry as [[west, south], [east, north]]. */
export function geometryBounds(geometry: unknown): [[number, number], [number, number]] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      w = Math.min(w, c[0] as number);
      e = Math.max(e, c[0] as number);
      s = Math.min(s, c[1] as number);
      n = Math.max(n, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  const g = geometry as { coordinates?: unknown; geometries?: { coordinates: unknown }[] } | null;
  if (!g) return null;
  walk(g.coordinates ?? g.geometries?.map((x) => x.coordinates));
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}
