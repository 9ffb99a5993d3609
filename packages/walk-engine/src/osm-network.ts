import { buildGraph, type WalkGraph } from './graph.js';
import { wayExclusionReason, type OsmProfileOptions } from './osm-profile.js';

/** The tags kept of a used way. */
export interface OsmWayTags {
  highway: string;
  name?: string;
  wheelchair?: string;
  incline?: string;
  step_count?: string;
}

const PROFILE_TAGS = ['wheelchair', 'incline', 'step_count'] as const;

/**
 * The tags of each edge's way, indexed by edge, for `buildProfileCosts`.
 *
 * @example
 * const osm = parseOsmXml(xml);
 * buildProfileCosts(osm.graph, { tags: osmEdgeTags(osm) }, WALKING_PROFILES.WHEELCHAIR);
 */
export function osmEdgeTags(result: Pick<OsmImportResult, 'graph' | 'wayTags'>): (OsmWayTags | undefined)[] {
  const { graph, wayTags } = result;
  const out = new Array<OsmWayTags | undefined>(graph.edgeCount);
  for (let e = 0; e < graph.edgeCount; e++) out[e] = wayTags.get(graph.edgeSourceId[e]!);
  return out;
}

/** Result of importing OSM data. */
export interface OsmImportResult {
  graph: WalkGraph;
  /** Ways not used, counted by reason, e.g. `{ 'highway=motorway': 12, 'foot=no': 3, 'missing nodes': 1 }`. */
  ignoredWays: Record<string, number>;
  /**
   * `highway` and `name` tags of every used way, and those walking profiles read (`wheelchair`,
   * `incline`, `step_count`) when present, by OSM way id (the `edgeSourceId` of its edges).
   */
  wayTags: Map<number, OsmWayTags>;
  stats: {
    nodesRead: number;
    waysRead: number;
    waysUsed: number;
    /** Used ways that referenced nodes absent from the extract and were cut there. */
    waysCutAtMissingNodes: number;
  };
}

/**
 * Collects OSM nodes and ways (from any reader) and builds the walking graph: walkable ways are
 * split into edges at their ends and at nodes used more than once (shared by several ways or
 * visited twice by one way); edge ends at identical positions are joined.
 */
export class OsmNetworkCollector {
  private readonly nodeIndex = new Map<number, number>();
  private lon: number[] = [];
  private lat: number[] = [];
  private readonly ways: { id: number; refs: number[] }[] = [];
  private readonly wayTags = new Map<number, OsmWayTags>();
  private readonly ignored: Record<string, number> = {};
  private waysRead = 0;

  constructor(private readonly profile: OsmProfileOptions = {}) {}

  addNode(id: number, lon: number, lat: number): void {
    if (!this.nodeIndex.has(id)) {
      this.nodeIndex.set(id, this.lon.length);
      this.lon.push(lon);
      this.lat.push(lat);
    }
  }

  addWay(id: number, refs: number[], tags: Readonly<Record<string, string | undefined>>): void {
    this.waysRead++;
    const reason = wayExclusionReason(tags, this.profile);
    if (reason) this.ignore(reason);
    else if (refs.length < 2) this.ignore('fewer than 2 nodes');
    else {
      this.ways.push({ id, refs });
      const kept: OsmWayTags = tags.name ? { highway: tags.highway!, name: tags.name } : { highway: tags.highway! };
      for (const k of PROFILE_TAGS) if (tags[k] !== undefined) kept[k] = tags[k];
      this.wayTags.set(id, kept);
    }
  }

  private ignore(reason: string): void {
    this.ignored[reason] = (this.ignored[reason] ?? 0) + 1;
  }

  finish(): OsmImportResult {
    const { nodeIndex, lon, lat } = this;
    // runs of consecutive present nodes per way
    const runs: { id: number; nodes: number[] }[] = [];
    let cut = 0;
    let used = 0;
    for (const w of this.ways) {
      let run: number[] = [];
      let missing = false;
      const wayRuns: number[][] = [];
      for (const ref of w.refs) {
        const ix = nodeIndex.get(ref);
        if (ix === undefined) {
          missing = true;
          if (run.length) wayRuns.push(run);
          run = [];
        } else if (run[run.length - 1] !== ix) {
          run.push(ix);
        }
      }
      if (run.length) wayRuns.push(run);
      const good = wayRuns.filter((r) => r.length >= 2);
      if (good.length === 0) {
        this.ignore(missing ? 'missing nodes' : 'fewer than 2 nodes');
        this.wayTags.delete(w.id);
        continue;
      }
      used++;
      if (missing) cut++;
      for (const r of good) runs.push({ id: w.id, nodes: r });
    }
    // graph nodes: run ends and nodes used more than once
    const uses = new Uint16Array(lon.length);
    for (const r of runs) for (const v of r.nodes) if (uses[v]! < 65535) uses[v]!++;
    const graphId = new Int32Array(lon.length).fill(-1);
    const nodeLon: number[] = [];
    const nodeLat: number[] = [];
    // Distinct OSM nodes at identical positions (duplicate nodes, a common mapping slip) are one
    // place on the ground: they become one graph node, as in a network joined by coordinates.
    const byPosition = new Map<string, number>();
    const gid = (v: number): number => {
      if (graphId[v] === -1) {
        const key = `${lon[v]},${lat[v]}`;
        let id = byPosition.get(key);
        if (id === undefined) {
          id = nodeLon.length;
          byPosition.set(key, id);
          nodeLon.push(lon[v]!);
          nodeLat.push(lat[v]!);
        }
        graphId[v] = id;
      }
      return graphId[v]!;
    };
    const edgeFrom: number[] = [],
      edgeTo: number[] = [],
      innerOffsets: number[] = [0],
      innerCoords: number[] = [],
      sourceId: number[] = [];
    for (const r of runs) {
      const ns = r.nodes;
      let start = 0;
      for (let i = 1; i < ns.length; i++) {
        const v = ns[i]!;
        if (i === ns.length - 1 || uses[v]! > 1) {
          edgeFrom.push(gid(ns[start]!));
          edgeTo.push(gid(v));
          for (let k = start + 1; k < i; k++) innerCoords.push(lon[ns[k]!]!, lat[ns[k]!]!);
          innerOffsets.push(innerCoords.length / 2);
          sourceId.push(r.id);
          start = i;
        }
      }
    }
    const graph = buildGraph({ nodeLon, nodeLat, edgeFrom, edgeTo, innerOffsets, innerCoords, edgeSourceId: sourceId });
    return {
      graph,
      ignoredWays: { ...this.ignored },
      wayTags: this.wayTags,
      stats: { nodesRead: lon.length, waysRead: this.waysRead, waysUsed: used, waysCutAtMissingNodes: cut },
    };
  }
}
