import type { AuthCheckerFn } from 'type-graphql';
import { Role } from '../modules/users/role.js';
import type { AppContext } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import { t } from './i18n.js';

/**
 * `@Authorized(roles)`: a signed-in user whose role is listed; administrators always pass;
 * an empty list admits every signed-in user. Anonymous requests get UNAUTHENTICATED.
 */
export const authChecker: AuthCheckerFn<AppContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError(t(context.lang, 'auth.required'));
  if (roles.length && context.user.role !== Role.ADMIN && !roles.includes(context.user.role)) {
    throw new ForbiddenError(t(context.lang, 'auth.forbidden'));
  }
  return true;
};

/** Role checks inside services, for the same rule. */
export function requireRole(context: Pick<AppContext, 'user' | 'lang'>, ...roles: Role[]) {
  authChecker({ context: context as AppContext } as never, roles);
}
