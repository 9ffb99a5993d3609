import { ACTION_LIST, ACTIONS, type Action } from '@carecircle/domain';
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import type { Access } from './access.js';

/**
 * What the signed-in user may do, one Boolean per named action of the domain's permission table,
 * so the apps show only what will be allowed instead of comparing role strings.
 */
@ObjectType({ description: 'What the signed-in user may do; every field is false when nobody is signed in.' })
export class ViewerCapabilities {
  constructor(readonly access: Access) {}

  @Field(() => Boolean, { description: 'True for a role held to its own division (a street office): its writes must lie inside it.' })
  get divisionScoped(): boolean {
    return this.access.divisionScoped;
  }

  @Field(() => [String], { description: 'The names of the actions the user may perform (`facility:register`, …).' })
  get actions(): string[] {
    return ACTION_LIST.filter((a) => this.access.can(a));
  }
}

// One field per action, named in the permission table; a new action is a new field, nothing else.
for (const action of ACTION_LIST) {
  const { field, description } = ACTIONS[action];
  Object.defineProperty(ViewerCapabilities.prototype, field, {
    get(this: ViewerCapabilities) {
      return this.access.can(action as Action);
    },
  });
  Field(() => Boolean, { description })(ViewerCapabilities.prototype, field);
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerCapabilities, { description: 'What the signed-in user may do (the apps hide what is not allowed).' })
  viewerCan(@Ctx() ctx: AppContext): ViewerCapabilities {
    return new ViewerCapabilities(ctx.access);
  }
}
