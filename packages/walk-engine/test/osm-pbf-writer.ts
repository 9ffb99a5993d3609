import { deflateSync } from 'node:zlib';

/** Minimal OSM PBF writer for tests: dense nodes and tagged ways, zlib blobs. */

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};
const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const key = (field: number, wire: number): number[] => varint(field * 8 + wire);
const bytesField = (field: number, data: Uint8Array | number[]): number[] => [...key(field, 2), ...varint(data.length), ...data];
const varintField = (field: number, n: number): number[] => [...key(field, 0), ...varint(n)];
const packed = (field: number, values: number[]): number[] => bytesField(field, values.flatMap(varint));
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

function blob(type: string, payload: number[]): number[] {
  const z = deflateSync(Uint8Array.from(payload));
  const body = [...varintField(2, payload.length), ...bytesField(3, z)];
  const header = [...bytesField(1, utf8(type)), ...varintField(3, body.length)];
  const len = header.length;
  return [(len >>> 24) & 255, (len >>> 16) & 255, (len >>> 8) & 255, len & 255, ...header, ...body];
}

export interface TestNode {
  id: number;
  lon: number;
  lat: number;
}
export interface TestWay {
  id: number;
  refs: number[];
  tags: Record<string, string>;
}

/** Encodes nodes and ways as an OSM PBF file (granularity 100 nanodegrees, as osmium writes). */
export function writeOsmPbf(nodes: TestNode[], ways: TestWay[]): Uint8Array {
  const header = [...bytesField(4, utf8('OsmSchema-V0.6')), ...bytesField(4, utf8('DenseNodes'))];
  const strings = [''];
  const sid = (s: string): number => {
    let i = strings.indexOf(s);
    if (i < 0) i = strings.push(s) - 1;
    return i;
  };
  const delta = (xs: number[]): number[] => xs.map((x, i) => zigzag(x - (i ? xs[i - 1]! : 0)));
  const dense = [
    ...packed(1, delta(nodes.map((n) => n.id))),
    ...packed(8, delta(nodes.map((n) => Math.round(n.lat * 1e7)))),
    ...packed(9, delta(nodes.map((n) => Math.round(n.lon * 1e7)))),
  ];
  const wayMsgs = ways.map((w) => {
    const keys = Object.keys(w.tags).map(sid);
    const vals = Object.values(w.tags).map(sid);
    return [...varintField(1, w.id), ...packed(2, keys), ...packed(3, vals), ...packed(8, delta(w.refs))];
  });
  const groupNodes = bytesField(2, dense);
  const groupWays = wayMsgs.flatMap((m) => bytesField(3, m));
  const stringtable = strings.flatMap((s) => bytesField(1, utf8(s)));
  const block = [...bytesField(1, stringtable), ...bytesField(2, groupNodes), ...bytesField(2, groupWays)];
  return Uint8Array.from([...blob('OSMHeader', header), ...blob('OSMData', block)]);
}
