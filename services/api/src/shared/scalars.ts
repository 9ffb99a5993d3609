import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Field, Float, InputType } from 'type-graphql';

function literalToJSON(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJSON(f.value)]));
    case Kind.LIST:
      return ast.values.map(literalToJSON);
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
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
      throw new TypeError('GeoJSON must be an object with a "type"');
    }
    return value;
  },
  parseLiteral: (ast) => {
    const value = literalToJSON(ast);
    if (typeof value !== 'object' || value === null || typeof (value as { type?: unknown }).type !== 'string') {
      throw new TypeError('GeoJSON must be an object with a "type"');
    }
    return value;
  },
});

/** A point given as longitude and latitude. */
@InputType({ description: 'A WGS84 (EPSG:4326) position: longitude and latitude in decimal degrees.' })
export class LonLatInput {
  @Field(() => Float, { description: 'Longitude in decimal degrees, -180..180.' })
  lon!: number;

  @Field(() => Float, { description: 'Latitude in decimal degrees, -90..90.' })
  lat!: number;
}

/** True when lon/lat are finite numbers in range. */
export function validLonLat(p: { lon: number; lat: number } | null | undefined): boolean {
  return !!p && Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lon) <= 180 && Math.abs(p.lat) <= 90;
}
