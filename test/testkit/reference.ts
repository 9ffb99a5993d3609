import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkInsert, GEOMETRY_SQL } from '@carecircle/api/dist/db/bulk-insert.js';
import type { TestApi } from './api.js';

/** The independent reference answers beside the repository (never copied into it). */
export const REFERENCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/reference');

export const readReference = <T = any>(area: string, file: string): T =>
  JSON.parse(fs.readFileSync(path.join(REFERENCE_DIR, area, file), 'utf8'));

/**
 * Replaces the stored network and facilities with a reference area's, straight through SQL
 * (independent of the import commands): each facility gets its `ref` as code and is APPROVED.
 */
export async function loadReferenceArea(api: TestApi, area: 'monaco' | 'chengdu'): Promise<void> {
  const network = readReference(area, 'network.geojson');
  const facilities = readReference(area, 'facilities.geojson');
  await api.db.orm.em.fork().transactional(async (em) => {
    const conn = em.getConnection();
    const ctx = em.getTransactionContext();
    await conn.execute('truncate care_agreement, facility_resource, facility, road_segment restart identity cascade', [], 'run', ctx);
    const now = new Date();
    await bulkInsert(
      em,
      'road_segment',
      [
        { name: 'geometry', value: (f: any) => JSON.stringify(f.geometry), sql: GEOMETRY_SQL },
        { name: 'highway', value: (f: any) => f.properties.highway ?? null },
        { name: 'source', value: () => `reference:${area}` },
        { name: 'created_at', value: () => now },
      ],
      network.features,
    );
    await bulkInsert(
      em,
      'facility',
      [
        { name: 'code', value: (f: any) => f.properties.ref },
        { name: 'name', value: (f: any) => f.properties.name },
        { name: 'kind', value: (f: any) => f.properties.kind },
        { name: 'status', value: () => 'APPROVED' },
        { name: 'location', value: (f: any) => JSON.stringify(f.geometry), sql: GEOMETRY_SQL },
        { name: 'created_at', value: () => now },
        { name: 'updated_at', value: () => now },
      ],
      facilities.features,
    );
  });
}
