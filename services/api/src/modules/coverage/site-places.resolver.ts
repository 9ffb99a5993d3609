import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { Division } from '../divisions/division.entity.js';
import { SuggestedSite } from '../site-selection/site-selection.types.js';

const lonLatOf = (site: SuggestedSite): [number, number] => (site.location as { coordinates: [number, number] }).coordinates;

/** Where a suggested site lies, in the words a planner uses: its community and the nearest named road. */
@Resolver(() => SuggestedSite)
export class SitePlacesResolver {
  @FieldResolver(() => Division, {
    nullable: true,
    description: 'The community or village (社区/村) the site lies in, or the nearest one; null when none is loaded.',
  })
  async community(@Root() site: SuggestedSite, @Ctx() ctx: AppContext): Promise<Division | null> {
    const [lon, lat] = lonLatOf(site);
    const [row] = await ctx.em.getConnection().execute<{ id: number }[]>(
      `select id from division where level in ('COMMUNITY', 'VILLAGE') and boundary is not null
        order by ST_Distance(boundary, ST_SetSRID(ST_MakePoint(?, ?), 4326)), id limit 1`,
      [lon, lat],
    );
    return row ? ctx.em.findOne(Division, { id: Number(row.id) }) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the nearest named road of the walking network (the address a planner looks for); null when no road has a name.',
  })
  async nearestRoad(@Root() site: SuggestedSite, @Ctx() ctx: AppContext): Promise<string | null> {
    const [lon, lat] = lonLatOf(site);
    const [row] = await ctx.em.getConnection().execute<{ name: string }[]>(
      `select name from road_segment where name is not null and name <> ''
        order by geometry <-> ST_SetSRID(ST_MakePoint(?, ?), 4326) limit 1`,
      [lon, lat],
    );
    return row?.name ?? null;
  }
}
