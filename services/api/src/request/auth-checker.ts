import type { Action } from '@carecircle/domain';
import type { AuthCheckerFn } from 'type-graphql';
import type { AppContext } from './context.js';

/**
 * `@Authorized<Action>('facility:review')`: the signed-in user's role must allow the named action
 * (the domain's role → action table; administrators may do everything). Anonymous requests get
 * UNAUTHENTICATED, others FORBIDDEN. Where a division-scoped role may act is checked by the
 * services (`Access.assertPerformAction`).
 */
export const authChecker: AuthCheckerFn<AppContext, Action> = ({ context }, actions) => {
  for (const action of actions) context.access.assertCan(action);
  if (!actions.length) context.access.assertCan('registry:read');
  return true;
};
