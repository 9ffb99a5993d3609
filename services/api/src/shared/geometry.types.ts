import { Type } from '@mikro-orm/core';
import type { Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * A PostGIS geometry column in EPSG:4326 whose runtime value is GeoJSON.
 * Conversion happens in SQL (ST_AsGeoJSON / ST_GeomFromGeoJSON), so turf consumes values as they are.
 */
abstract class GeoJSONType<G extends Geometry> extends Type<G | null, string | null> {
  protected abstract readonly geometryKind: string;

  override convertToDatabaseValue(value: G | string | null | undefined): string | null {
    if (value == null) return null;
    if (typeof value === 'string') return value;
    // Only the geometry itself is stored: foreign members (`crs`, `bbox`, anything else) never reach PostGIS.
    const { type, coordinates } = value as G & { coordinates?: unknown };
    return JSON.stringify({ type, coordinates });
  }

  override convertToJSValue(value: G | string | null | undefined): G | null {
    if (value == null) return null;
    return typeof value === 'string' ? (JSON.parse(value) as G) : value;
  }

  override convertToDatabaseValueSQL(key: string): string {
    return `ST_SetSRID(ST_GeomFromGeoJSON(${key}), 4326)`;
  }

  override convertToJSValueSQL(key: string): string {
    // 7 decimals keep centimetre precision and stable round-trips.
    return `ST_AsGeoJSON(${key}, 7)`;
  }

  override getColumnType(): string {
    return `geometry(${this.geometryKind}, 4326)`;
  }

  override compareAsType(): string {
    return 'string';
  }
}

export class PointType extends GeoJSONType<Point> {
  protected readonly geometryKind = 'Point';
}
export class PolygonType extends GeoJSONType<Polygon> {
  protected readonly geometryKind = 'Polygon';
}
export class MultiPolygonType extends GeoJSONType<MultiPolygon> {
  protected readonly geometryKind = 'MultiPolygon';
}
export class LineStringType extends GeoJSONType<LineString> {
  protected readonly geometryKind = 'LineString';
}
