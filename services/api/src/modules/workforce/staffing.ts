import { WORKER_POST_LIST, WORKER_POSTS } from '@carecircle/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execSql } from '../../shared/sql.js';

/** The care posts (护理员: 养老护理员, 医疗护理员, 母婴护理员). */
export const CARE_POSTS = WORKER_POST_LIST.filter((p) => WORKER_POSTS[p].careWorker);
const quoted = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * SQL: the facility `f` is staffed on `day` (YYYY-MM-DD) — it employs at least one care worker in
 * an employment running that day, who holds a certificate valid that day entitling them to the
 * post (持证上岗). The one definition of a staffed facility: coverage `staffedOnly` and the alert
 * `stationsWithoutCertifiedCareWorker` both use it.
 * @example `select id from facility f where ${staffedSql('f', '2026-12-01')}`
 */
export function staffedSql(f: string, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  const d = `'${day}'::date`;
  const entitled = `(case ${CARE_POSTS.map(
    (p) =>
      `when we.post = '${p}' then ${
        WORKER_POSTS[p].certificates.length
          ? `exists (select 1 from worker_certificate c where c.worker_id = we.worker_id and c.kind in (${quoted(WORKER_POSTS[p].certificates)})
               and c.issued_on <= ${d} and (c.valid_until is null or c.valid_until >= ${d}))`
          : 'true'
      }`,
  ).join(' ')} else false end)`;
  return `exists (select 1 from worker_employment we join employer e on e.id = we.employer_id
       join worker w on w.id = we.worker_id and w.deleted_at is null
      where e.facility_id = ${f}.id and we.post in (${quoted(CARE_POSTS)})
        and we.starts_on <= ${d} and (we.ends_on is null or we.ends_on >= ${d}) and ${entitled})`;
}

/**
 * The facilities staffed on a day (see {@link staffedSql}).
 * @example await staffedFacilityIds(em, '2026-12-01') // Set { 12, 40, … }
 */
export async function staffedFacilityIds(em: EntityManager, day: string): Promise<Set<number>> {
  const rows = await execSql<{ id: number }[]>(em, `select f.id from facility f where ${staffedSql('f', day)}`, []);
  return new Set(rows.map((r) => Number(r.id)));
}
