import type { Action } from '@carecircle/domain';
import { Kind, type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Info,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { UnauthenticatedError } from '../../shared/errors.js';
import { t } from '../../shared/i18n.js';
import { toId } from '../../shared/validation.js';
import { Division } from '../divisions/division.entity.js';
import { AuthService, SESSION_COOKIE, SESSION_HOURS } from './auth.service.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

/** Operations whose aliased sign-ins were already counted. */
const countedOperations = new WeakSet<object>();

@ObjectType({ description: 'A successful sign-in.' })
export class SignInResult {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;

  @Field({ description: 'Session token for API clients (Authorization: Bearer …); browsers get it as an HttpOnly cookie.' })
  token!: string;

  @Field(() => Date, { description: 'When the session ends.' })
  expiresAt!: Date;
}

@InputType({ description: 'A new account.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in name, 3–64 letters, digits, dot, dash or underscore.' }) username!: string;
  @Field(() => String, { nullable: true, description: 'Name shown in the interface (default the username).' }) displayName?: string | null;
  @Field(() => Role, { description: 'What the user may do.' }) role!: Role;
  @Field(() => ID, { nullable: true, description: 'Street or town of a STREET_OFFICE account.' }) divisionId?: string | null;
  @Field({
    description:
      'Initial password: at least 10 characters besides spaces, mixing letters with digits or symbols, not containing the username, and not a common or guessable password (zxcvbn score ≥ 3).',
  })
  password!: string;
}

@InputType({ description: 'Changes to an account; omitted fields stay.' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'The account.' }) id!: string;
  @Field(() => Int, { description: 'The version you read (optimistic locking).' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Name shown in the interface.' }) displayName?: string | null;
  @Field(() => Role, { nullable: true, description: 'New role.' }) role?: Role | null;
  @Field(() => ID, { nullable: true, description: 'Street or town of a STREET_OFFICE account.' }) divisionId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Disable (true) or enable (false) the account; disabling ends its sessions.' })
  disabled?: boolean | null;
}

@Resolver(() => User)
export class UsersResolver {
  @Mutation(() => SignInResult, {
    description:
      'Signs in with username and password. Every failure answers alike; after five failures from one address the name waits there (30 s, doubling up to 15 minutes), and attempts per address are rate-limited.',
  })
  async signIn(
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('username', () => String, { description: 'Sign-in name.' }) username: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
  ) {
    // Aliased sign-ins in one operation count like that many requests, all at the first one.
    if (!countedOperations.has(info.operation)) {
      countedOperations.add(info.operation);
      const attempts = info.operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === 'signIn').length;
      for (let i = 1; i < attempts; i++) await ctx.limits.signIn.hit(ctx.ip ?? 'unknown', ctx.lang);
    }
    const result = await new AuthService(ctx.em, ctx.lang).signIn(username, password, { ip: ctx.ip, userAgent: ctx.userAgent }, ctx.limits);
    ctx.res?.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.secure,
      path: '/',
      maxAge: SESSION_HOURS * 3600_000,
    });
    return result;
  }

  @Mutation(() => Boolean, { description: 'Signs out: the session is revoked and cannot be used again.' })
  async signOut(@Ctx() ctx: AppContext) {
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
    return new AuthService(ctx.em, ctx.lang).signOut(ctx.signedIn?.session() ?? null);
  }

  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: AppContext) {
    return ctx.signedIn?.user() ?? null;
  }

  @Authorized<Action>('account:self')
  @Mutation(() => Boolean, {
    description:
      "Changes the signed-in user's password; other sessions of the user end. Wrong current passwords are throttled like sign-in.",
  })
  changePassword(
    @Ctx() ctx: AppContext,
    @Arg('currentPassword', () => String, { description: 'The current password.' }) currentPassword: string,
    @Arg('newPassword', () => String, { description: 'The new password.' }) newPassword: string,
  ) {
    if (!ctx.signedIn) throw new UnauthenticatedError(t(ctx.lang, 'auth.required'));
    return new AuthService(ctx.em, ctx.lang).changePassword(ctx.signedIn.user(), currentPassword, newPassword, { ip: ctx.ip }, ctx.limits);
  }

  @Authorized<Action>('user:manage')
  @Query(() => [User], { description: 'All accounts (administrators).' })
  users(@Ctx() ctx: AppContext) {
    return ctx.em.find(User, {}, { orderBy: { id: 'asc' } });
  }

  @Authorized<Action>('user:manage')
  @Mutation(() => User, { description: 'Creates an account (administrators).' })
  createUser(@Ctx() ctx: AppContext, @Arg('input', () => CreateUserInput, { description: 'The account.' }) input: CreateUserInput) {
    return new AuthService(ctx.em, ctx.lang).createUser(input);
  }

  @Authorized<Action>('user:manage')
  @Mutation(() => User, { description: 'Changes an account (administrators).' })
  updateUser(@Ctx() ctx: AppContext, @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput) {
    return new AuthService(ctx.em, ctx.lang).updateUser(toId(input.id, 'id', ctx.lang), input.version, input);
  }

  @Authorized<Action>('user:manage')
  @Mutation(() => User, { description: 'Sets a new password (administrators); unlocks the account and ends its sessions.' })
  resetPassword(
    @Ctx() ctx: AppContext,
    @Arg('id', () => ID, { description: 'The account.' }) id: string,
    @Arg('password', () => String, { description: 'The new password.' }) password: string,
  ) {
    return new AuthService(ctx.em, ctx.lang).resetPassword(toId(id, 'id', ctx.lang), password);
  }

  @FieldResolver(() => Division, { nullable: true, description: 'Jurisdiction of a street office.' })
  division(@Root() u: User) {
    return u.division ? u.division.load() : null;
  }
}
