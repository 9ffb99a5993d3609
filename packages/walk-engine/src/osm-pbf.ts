import { inflateSync } from 'node:zlib';
import { parse as parsePrimitiveBlock } from 'osm-pbf-parser-node';
import { OsmNetworkCollector, type OsmImportResult } from './osm-network.js';
import type { OsmProfileOptions } from './osm-profile.js';

interface PbfItem {
  type?: string;
  id?: number;
  lon?: number;
  lat?: number;
  refs?: number[];
  tags?: Record<string, string>;
}

/** Reads a protobuf varint at `pos`; returns `[value, nextPos]`. */
function varint(buf: Uint8Array, pos: number): [number, number] {
  let value = 0,
    mul = 1;
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint');
    const b = buf[pos++]!;
    value += (b & 0x7f) * mul;
    if (b < 0x80) return [value, pos];
    mul *= 128;
    if (mul > 2 ** 63) throw new Error('varint too long');
  }
}

/** Visits the fields of a protobuf message: varints as numbers, length-delimited as subarrays. */
function fields(buf: Uint8Array, visit: (field: number, value: number | Uint8Array) => void): void {
  let pos = 0;
  while (pos < buf.length) {
    const [key, p1] = varint(buf, pos);
    const field = Math.floor(key / 8),
      wire = key & 7;
    if (wire === 0) {
      const [v, p2] = varint(buf, p1);
      visit(field, v);
      pos = p2;
    } else if (wire === 2) {
      const [len, p2] = varint(buf, p1);
      if (p2 + len > buf.length) throw new Error('truncated field');
      visit(field, buf.subarray(p2, p2 + len));
      pos = p2 + len;
    } else if (wire === 1) pos = p1 + 8;
    else if (wire === 5) pos = p1 + 4;
    else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
}

/**
 * Imports an OSM PBF extract (`.osm.pbf`) as a walking graph, with a report of the ways left out.
 * Produces the same graph as {@link parseOsmXml} on the same data. The file's blob framing is
 * read here; primitive blocks (string tables, dense nodes, ways) are decoded by
 * `osm-pbf-parser-node`.
 *
 * @example
 * const { graph, ignoredWays } = parseOsmPbf(readFileSync('monaco.osm.pbf'));
 */
export function parseOsmPbf(input: Uint8Array, options: OsmProfileOptions = {}): OsmImportResult {
  if (!(input instanceof Uint8Array)) throw new TypeError('parseOsmPbf: input must be a Buffer / Uint8Array');
  const collector = new OsmNetworkCollector(options);
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const parseOpts = { withTags: { node: false, way: true, relation: false }, withInfo: false };
  let pos = 0;
  let blocks = 0;
  try {
    while (pos < input.length) {
      if (pos + 4 > input.length) throw new Error('truncated blob header length');
      const headerLen = view.getUint32(pos);
      pos += 4;
      if (pos + headerLen > input.length) throw new Error('truncated blob header');
      let type = '';
      let dataSize = -1;
      fields(input.subarray(pos, pos + headerLen), (f, v) => {
        if (f === 1 && v instanceof Uint8Array) type = new TextDecoder().decode(v);
        else if (f === 3 && typeof v === 'number') dataSize = v;
      });
      pos += headerLen;
      if (type !== 'OSMHeader' && type !== 'OSMData') throw new Error(`unexpected blob type "${type}"`);
      if (dataSize < 0 || pos + dataSize > input.length) throw new Error('truncated blob');
      let raw: Uint8Array | undefined;
      let zlib: Uint8Array | undefined;
      let other = -1;
      fields(input.subarray(pos, pos + dataSize), (f, v) => {
        if (f === 1 && v instanceof Uint8Array) raw = v;
        else if (f === 3 && v instanceof Uint8Array) zlib = v;
        else if (f >= 4 && v instanceof Uint8Array) other = f;
      });
      pos += dataSize;
      if (type === 'OSMHeader') continue;
      if (!raw && !zlib) throw new Error(other > 0 ? `blob compression (field ${other}) not supported; use zlib` : 'empty blob');
      const block = raw ?? inflateSync(zlib!);
      const items = parsePrimitiveBlock(Buffer.from(block.buffer, block.byteOffset, block.byteLength), parseOpts) as PbfItem[];
      for (const item of items) {
        if (item.type === 'node') collector.addNode(item.id!, item.lon!, item.lat!);
        else if (item.type === 'way') collector.addWay(item.id!, item.refs ?? [], item.tags ?? {});
      }
      blocks++;
    }
  } catch (err) {
    throw new Error(`parseOsmPbf: could not decode the PBF data: ${(err as Error).message}`);
  }
  if (blocks === 0 && input.length > 0) throw new Error('parseOsmPbf: no OSM data blocks found');
  return collector.finish();
}
