import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors.js';
import type { Lang } from '../../shared/i18n.js';
import { Division } from '../divisions/division.entity.js';
import { type FacilityKind, type FacilityStatus } from '../facilities/facility.enums.js';
import type { DashboardFigures } from './dashboard.types.js';

interface Scope {
  id: number;
  path: string;
}

/** Aggregates the registry by division with a fixed number of queries, however many divisions. */
export class DashboardService {
  constructor(
    private readonly em: EntityManager,
    private readonly lang: Lang,
    private readonly today: string,
  ) {}

  async figures(divisionId: number | null): Promise<DashboardFigures> {
    let division: Division | null = null;
    let children: Division[];
    if (divisionId != null) {
      division = await this.em.findOne(Division, { id: divisionId });
      if (!division) throw notFound(this.lang, 'division', divisionId);
      children = await this.em.find(Division, { parent: divisionId }, { orderBy: { code: 'asc' } });
    } else {
      const roots = await this.em.find(Division, { parent: null }, { orderBy: { code: 'asc' } });
      children = roots.length === 1 ? await this.em.find(Division, { parent: roots[0].id }, { orderBy: { code: 'asc' } }) : roots;
      if (roots.length === 1) division = roots[0];
    }
    const scopes: Scope[] = [{ id: division?.id ?? 0, path: division?.path ?? '' }, ...children.map((c) => ({ id: c.id, path: c.path }))];
    const computed = await this.compute(scopes);
    const make = (d: Division | null, id: number): DashboardFigures => ({
      ...computed.get(id)!,
      division: d,
      olderPopulation: d?.olderPopulation ?? computed.get(id)!.olderPopulation,
      children: [],
    });
    const root = make(division, division?.id ?? 0);
    root.children = children.map((c) => make(c, c.id));
    return root;
  }

  private async compute(scopes: Scope[]): Promise<Map<number, Omit<DashboardFigures, 'division' | 'children'>>> {
    const conn = this.em.getConnection();
    const values = scopes.map(() => '(?::int, ?::text)').join(', ');
    const params = scopes.flatMap((s) => [s.id, s.path]);
    const scopeCte = `with scope(id, path) as (values ${values})`;
    const inScope = `(s.path = '' or d.path like s.path || '%')`;
    const counts = await conn.execute<{ id: number; kind: FacilityKind; status: FacilityStatus; n: string }[]>(
      `${scopeCte} select s.id, f.kind, f.status, count(*) as n
       from scope s join facility f on f.deleted_at is null left join division d on d.id = f.division_id
       where ${inScope} group by s.id, f.kind, f.status`,
      params,
    );
    const beds = await conn.execute<
      { id: number; beds: string; nursing: string; occupied: string; institutions: string; signed: string }[]
    >(
      `${scopeCte} select s.id, coalesce(sum(f.capacity_beds), 0) as beds, coalesce(sum(f.capacity_nursing_beds), 0) as nursing,
         coalesce(sum(f.capacity_occupied_beds), 0) as occupied, count(f.id) as institutions,
         count(f.id) filter (where exists (select 1 from care_agreement a where a.facility_id = f.id and a.deleted_at is null
           and a.state = 'SIGNED' and a.starts_on <= ?::date and a.ends_on >= ?::date)) as signed
       from scope s join facility f on f.deleted_at is null and f.kind = 'CARE_INSTITUTION' and f.status = 'APPROVED'
       left join division d on d.id = f.division_id where ${inScope} group by s.id`,
      [...params, this.today, this.today],
    );
    const result = new Map<number, Omit<DashboardFigures, 'division' | 'children'>>();
    for (const s of scopes) {
      const b = beds.find((r) => r.id === s.id);
      const n = (v: string | undefined) => Number(v ?? 0);
      const institutions = n(b?.institutions);
      result.set(s.id, {
        olderPopulation: 0,
        facilityCounts: counts.filter((c) => c.id === s.id).map((c) => ({ kind: c.kind, status: c.status, count: Number(c.n) })),
        beds: n(b?.beds),
        nursingBeds: n(b?.nursing),
        occupiedBeds: n(b?.occupied),
        occupancyRate: n(b?.beds) ? n(b?.occupied) / n(b?.beds) : null,
        nursingBedShare: n(b?.beds) ? n(b?.nursing) / n(b?.beds) : null,
        careInstitutions: institutions,
        signedCareInstitutions: n(b?.signed),
        signingCoverage: institutions ? n(b?.signed) / institutions : null,
      });
    }
    return result;
  }
}
