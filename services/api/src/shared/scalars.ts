import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { createParameterDecorator, Field, Float, InputType, type ArgOptions, type ParameterDecorator } from 'type-graphql';
import { actorStore } from './actor.js';
import { t } from './i18n.js';

/**
 * How deeply a GeoJSON value may nest: a FeatureCollection of MultiPolygons needs 8 levels; PostGIS
 * (json-c) refuses past 32, and a foreign member nested 1,000 deep (`crs: { a: { a: … } }`) is an
 * attack, not a geometry.
 */
export const GEOJSON_MAX_DEPTH = 20;

/** The nesting depth of a JSON value, walked without recursion; stops counting past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const inner of Array.isArray(v) ? v : Object.values(v)) stack.push([inner, depth + 1]);
  }
  return deepest;
}

/** Checks a GeoJSON input's shape: an object with a "type", nested at most GEOJSON_MAX_DEPTH levels. */
function checkGeoJSON(value: unknown): unknown {
  const lang = actorStore.getStore()?.lang ?? 'zh';
  if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
    throw new TypeError(t(lang, 'geojson.notObject'));
  }
  if (depthOf(value, GEOJSON_MAX_DEPTH) > GEOJSON_MAX_DEPTH) throw new TypeError(t(lang, 'geojson.tooDeep', { max: GEOJSON_MAX_DEPTH }));
  return value;
}

function literalToJSON(ast: ValueNode, depth = 1): unknown {
  // A literal nested past the limit is refused before recursing further.
  if (depth > GEOJSON_MAX_DEPTH) throw new TypeError(t(actorStore.getStore()?.lang ?? 'zh', 'geojson.tooDeep', { max: GEOJSON_MAX_DEPTH }));
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJSON(f.value, depth + 1)]));
    case Kind.LIST:
      return ast.values.map((v) => literalToJSON(v, depth + 1));
    case Kind.NULL:
      return null;
    default:
      throw new TypeError(`GeoJSON cannot contain ${ast.kind}`);
  }
}

/** GeoJSON geometry or feature collection, passed as a JSON object (RFC 7946, lon/lat in EPSG:4326). */
export const GeoJSONScalar = new GraphQLScalarType({
  name: 'GeoJSON',
  description:
    'A GeoJSON object (RFC 7946): geometry, Feature or FeatureCollection, coordinates as [longitude, latitude] in WGS84 (EPSG:4326).',
  serialize: (value) => value,
  parseValue: checkGeoJSON,
  parseLiteral: (ast) => checkGeoJSON(literalToJSON(ast)),
});

/** A point given as longitude and latitude. */
@InputType({ description: 'A WGS84 (EPSG:4326) position: longitude and latitude in decimal degrees.' })
export class LonLatInput {
  @Field(() => Float, { description: 'Longitude in decimal degrees, -180..180.' })
  lon!: number;

  @Field(() => Float, { description: 'Latitude in decimal degrees, -90..90.' })
  lat!: number;
}

/**
 * A list of points as an argument, given to the resolver as graphql-js coerced it (plain
 * `{ lon, lat }` objects) instead of as `LonLatInput` instances: copying thousands of points into
 * instances was 6% of a 1,000-point `walkingAccess`. The schema is the same as `@Arg`'s.
 */
export function PointsArg(name: string, options: ArgOptions): ParameterDecorator {
  return createParameterDecorator(({ args }) => args[name] as unknown, { arg: { name, typeFunc: () => [LonLatInput], options } });
}

/** True when lon/lat are finite numbers in range. */
export function validLonLat(p: { lon: number; lat: number } | null | undefined): boolean {
  return !!p && Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lon) <= 180 && Math.abs(p.lat) <= 90;
}
