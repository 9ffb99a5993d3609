import type { WalkGraph } from './graph.js';
import { segmentLength } from './geodesy.js';

/**
 * The part of edge `e`'s polyline between `a` and `b` metres from its `edgeFrom` end, as
 * `[lon, lat]` positions (cut points interpolated on the segment they fall in).
 *
 * @example
 * sliceEdge(graph, 12, 0, 40.5); // first 40.5 m of edge 12
 */
export function sliceEdge(graph: WalkGraph, e: number, a: number, b: number): number[][] {
  if (!Number.isInteger(e) || e < 0 || e >= graph.edgeCount) throw new RangeError(`sliceEdge: no edge ${e}`);
  const sc = graph.shapeCoords;
  const first = graph.shapeOffsets[e]!,
    last = graph.shapeOffsets[e + 1]! - 1;
  if (a > b) [a, b] = [b, a];
  const out: number[][] = [];
  let acc = 0;
  for (let q = first; q < last; q++) {
    const x1 = sc[2 * q]!,
      y1 = sc[2 * q + 1]!,
      x2 = sc[2 * q + 2]!,
      y2 = sc[2 * q + 3]!;
    const l = segmentLength(x1, y1, x2, y2);
    const s0 = acc,
      s1 = acc + l;
    acc = s1;
    if (s1 < a && q < last - 1) continue;
    if (out.length === 0) {
      const t = l > 0 ? Math.min(1, Math.max(0, (a - s0) / l)) : 0;
      out.push([x1 + t * (x2 - x1), y1 + t * (y2 - y1)]);
    }
    if (s1 >= b || q === last - 1) {
      const t = l > 0 ? Math.min(1, Math.max(0, (b - s0) / l)) : 1;
      out.push([x1 + t * (x2 - x1), y1 + t * (y2 - y1)]);
      break;
    }
    out.push([x2, y2]);
  }
  return out;
}
