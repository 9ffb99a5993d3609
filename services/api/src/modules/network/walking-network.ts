import { buildGraphFromGeoJSON, createEnginePool, snap, type EnginePool, type SnappedPoint, type WalkGraph } from '@carecircle/walk-engine';
import { MAX_SNAP_METERS } from '@carecircle/domain';
import type { MikroORM } from '@mikro-orm/postgresql';


/** Revision counters of the data that walking results depend on (see the data_revision table). */
export type Revisions = Record<'facility' | 'medical_institution' | 'residential_area' | 'road_segment', number>;

export async function readRevisions(orm: MikroORM): Promise<Revisions> {
  const rows = await orm.em.fork().getConnection().execute<{ scope: keyof Revisions; revision: string }[]>(`select scope, revision from data_revision`);
  const out = { facility: 0, medical_institution: 0, residential_area: 0, road_segment: 0 } as Revisions;
  for (const r of rows) out[r.scope] = Number(r.revision);
  return out;
}

/** A loaded walking graph: searches run on the pool's workers, snapping here (it is cheap). */
export interface LoadedNetwork {
  graph: WalkGraph;
  revision: number;
  segments: number;
}

/**
 * The street network of the database, loaded into the walking engine and shared with a pool of
 * worker threads. Reloaded when the road_segment revision changes (an import, from any process).
 */
export class WalkingNetwork {
  private pool: EnginePool | null = null;
  private loaded: LoadedNetwork | null = null;
  private loading: Promise<LoadedNetwork | null> | null = null;
  private loadedRevision = -1;

  constructor(
    private readonly orm: MikroORM,
    private readonly poolSize = 2,
  ) {}

  /** The current network, or null when no road segments are stored. */
  async current(revisions?: Revisions): Promise<LoadedNetwork | null> {
    const rev = (revisions ?? (await readRevisions(this.orm))).road_segment;
    if (rev === this.loadedRevision) return this.loaded;
    this.loading ??= this.load(rev).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(revision: number): Promise<LoadedNetwork | null> {
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ g: string }[]>(`select ST_AsGeoJSON(geometry, 7) as g from road_segment order by id`);
    if (!rows.length) {
      this.loaded = null;
      this.loadedRevision = revision;
      return null;
    }
    const graph = buildGraphFromGeoJSON({
      type: 'FeatureCollection',
      features: rows.map((r) => ({ type: 'Feature', properties: {}, geometry: JSON.parse(r.g) })),
    });
    this.pool ??= createEnginePool({ size: this.poolSize });
    await this.pool.load(graph);
    this.loaded = { graph, revision, segments: rows.length };
    this.loadedRevision = revision;
    return this.loaded;
  }

  /** The worker pool (after `current()` returned a network). */
  get workers(): EnginePool {
    if (!this.pool) throw new Error('walking network not loaded');
    return this.pool;
  }

  /** Snaps a point, or null when it lies farther than {@link MAX_SNAP_METERS} from any street. */
  snap(network: LoadedNetwork, lon: number, lat: number): SnappedPoint | null {
    const s = snap(network.graph, lon, lat);
    return s.snapMeters <= MAX_SNAP_METERS ? s : null;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
