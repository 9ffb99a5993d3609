import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { ResidentialArea } from '../residents/residential-area.entity.js';
import type { ResidentialAreaRow } from '../residents/residential-area.rows.js';
import { GapZone } from './coverage.types.js';

/** Where a gap zone lies: its residential areas and the communities/villages they belong to. */
@Resolver(() => GapZone)
export class GapZonePlacesResolver {
  @FieldResolver(() => [ResidentialArea], { description: 'The residential areas of the zone, most older residents first.' })
  async residentialAreas(@Root() zone: GapZone, @Ctx() ctx: AppContext): Promise<ResidentialAreaRow[]> {
    const areas = await ctx.loaders.residentialAreaById.loadMany(zone.residentialAreaIds.map(Number));
    return areas
      .filter((a): a is ResidentialAreaRow => a != null && !(a instanceof Error))
      .sort((a, b) => b.olderResidents - a.olderResidents || a.id - b.id);
  }

  @FieldResolver(() => [String], {
    description:
      'Names of the communities/villages (社区/村) the zone’s residential areas lie in, the one with the most uncovered older residents first; the name a planner calls the zone by.',
  })
  async communityNames(@Root() zone: GapZone, @Ctx() ctx: AppContext): Promise<string[]> {
    const areas = await this.residentialAreas(zone, ctx);
    const older = new Map<string, number>();
    const divisions = await Promise.all(areas.map((a) => (a.divisionId == null ? null : ctx.loaders.divisions.get(a.divisionId))));
    areas.forEach((a, i) => {
      const name = divisions[i]?.name;
      if (name) older.set(name, (older.get(name) ?? 0) + a.olderResidents);
    });
    return [...older.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'zh-CN')).map(([name]) => name);
  }
}
