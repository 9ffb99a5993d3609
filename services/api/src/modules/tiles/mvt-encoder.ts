/**
 * A small Mapbox Vector Tile (MVT 2.1) encoder. PostGIS clips and quantises the geometry
 * (`ST_AsMVTGeom`, which needs no protobuf support); this file writes the protobuf, so tiles
 * come out the same whether or not the database has `ST_AsMVT`.
 */

/** Geometry already in tile coordinates (0..extent, y down), as GeoJSON-like nested arrays. */
export type TileGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint'; coordinates: number[][] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export type TileValue = string | number | boolean;

export interface TileFeature {
  id?: number;
  geometry: TileGeometry;
  properties: Record<string, TileValue | null | undefined>;
}

export interface TileLayer {
  name: string;
  extent?: number;
  features: TileFeature[];
}

class Writer {
  buf = new Uint8Array(1024);
  pos = 0;
  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  varint(value: number): void {
    this.ensure(10);
    let v = value;
    // Values beyond 2^31 would lose bits with `>>>`; split with arithmetic instead.
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }
  tag(field: number, wireType: number): void {
    this.varint((field << 3) | wireType);
  }
  bytes(field: number, data: Uint8Array): void {
    this.tag(field, 2);
    this.varint(data.length);
    this.ensure(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }
  string(field: number, s: string): void {
    this.bytes(field, new TextEncoder().encode(s));
  }
  double(field: number, d: number): void {
    this.tag(field, 1);
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.pos, d, true);
    this.pos += 8;
  }
  packed(field: number, values: number[]): void {
    const w = new Writer();
    for (const v of values) w.varint(v);
    this.bytes(field, w.finish());
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const command = (id: number, count: number): number => (id & 0x7) | (count << 3);

/** Encodes one geometry as MVT commands; returns null when nothing drawable is left. */
function encodeGeometry(g: TileGeometry): { type: 1 | 2 | 3; commands: number[] } | null {
  const out: number[] = [];
  let cx = 0;
  let cy = 0;
  const moveRel = (p: number[]): void => {
    const x = Math.round(p[0]);
    const y = Math.round(p[1]);
    out.push(zigzag(x - cx), zigzag(y - cy));
    cx = x;
    cy = y;
  };
  const line = (pts: number[][], closed: boolean): void => {
    const body = closed ? pts.slice(0, -1) : pts;
    if (body.length < (closed ? 3 : 2)) return;
    out.push(command(1, 1));
    moveRel(body[0]);
    out.push(command(2, body.length - 1));
    for (let i = 1; i < body.length; i++) moveRel(body[i]);
    if (closed) out.push(command(7, 1));
  };
  switch (g.type) {
    case 'Point':
      out.push(command(1, 1));
      moveRel(g.coordinates);
      return { type: 1, commands: out };
    case 'MultiPoint':
      if (!g.coordinates.length) return null;
      out.push(command(1, g.coordinates.length));
      for (const p of g.coordinates) moveRel(p);
      return { type: 1, commands: out };
    case 'LineString':
      line(g.coordinates, false);
      return out.length ? { type: 2, commands: out } : null;
    case 'MultiLineString':
      for (const l of g.coordinates) line(l, false);
      return out.length ? { type: 2, commands: out } : null;
    case 'Polygon':
      for (const r of g.coordinates) line(r, true);
      return out.length ? { type: 3, commands: out } : null;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const r of poly) line(r, true);
      return out.length ? { type: 3, commands: out } : null;
    default:
      return null;
  }
}

function encodeLayer(layer: TileLayer): Uint8Array {
  const w = new Writer();
  w.varint((15 << 3) | 0); // version
  w.varint(2);
  w.string(1, layer.name);
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const valueList: TileValue[] = [];
  for (const f of layer.features) {
    const geom = encodeGeometry(f.geometry);
    if (!geom) continue;
    const tags: number[] = [];
    for (const [k, v] of Object.entries(f.properties)) {
      if (v === null || v === undefined) continue;
      let ki = keys.get(k);
      if (ki === undefined) keys.set(k, (ki = keys.size));
      const vk = `${typeof v}:${String(v)}`;
      let vi = values.get(vk);
      if (vi === undefined) {
        values.set(vk, (vi = valueList.length));
        valueList.push(v);
      }
      tags.push(ki, vi);
    }
    const fw = new Writer();
    if (f.id !== undefined && f.id >= 0) {
      fw.tag(1, 0);
      fw.varint(f.id);
    }
    if (tags.length) fw.packed(2, tags);
    fw.tag(3, 0);
    fw.varint(geom.type);
    fw.packed(4, geom.commands);
    w.bytes(2, fw.finish());
  }
  for (const k of keys.keys()) w.string(3, k);
  for (const v of valueList) {
    const vw = new Writer();
    if (typeof v === 'string') vw.string(1, v);
    else if (typeof v === 'boolean') {
      vw.tag(7, 0);
      vw.varint(v ? 1 : 0);
    } else if (Number.isInteger(v) && v >= 0) {
      vw.tag(5, 0);
      vw.varint(v);
    } else if (Number.isInteger(v)) {
      vw.tag(6, 0);
      vw.varint(zigzag(v));
    } else vw.double(3, v);
    w.bytes(4, vw.finish());
  }
  w.tag(5, 0);
  w.varint(layer.extent ?? 4096);
  return w.finish();
}

/**
 * Encodes layers as one vector tile (protobuf bytes).
 * @example
 * encodeTile([{ name: 'roads', features: [{ geometry: { type: 'LineString', coordinates: [[0, 0], [10, 10]] }, properties: { highway: 'footway' } }] }]);
 */
export function encodeTile(layers: TileLayer[]): Uint8Array {
  const w = new Writer();
  for (const layer of layers) if (layer.features.length) w.bytes(3, encodeLayer(layer));
  return w.finish();
}
