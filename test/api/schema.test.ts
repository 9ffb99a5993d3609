import 'reflect-metadata';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type * as TypeGraphQL from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createSchema, readPlainFieldsDirectly } from '@carecircle/api/dist/schema.js';

// The API's own graphql and type-graphql (one module instance with the built API).
const apiRequire = createRequire(createRequire(import.meta.url).resolve('@carecircle/api/package.json'));
const graphql = apiRequire('graphql') as typeof GraphQL;
const tg = apiRequire('type-graphql') as typeof TypeGraphQL;

/** A function type-graphql calls as one: it takes anything with a prototype for a class (this file's arrows may be compiled to functions). */
const plainFunction = <F extends object>(f: F): F => Object.defineProperty(f, 'prototype', { value: undefined });

const resolvedFields = (schema: GraphQL.GraphQLSchema, type: string) =>
  Object.fromEntries(Object.entries((schema.getType(type) as GraphQL.GraphQLObjectType).getFields()).map(([n, f]) => [n, !!f.resolve]));

describe('plain fields read by graphql’s default resolver', () => {
  it('keeps type-graphql’s resolver where a field has authorization, middleware, a resolver or another name', async () => {
    // Types declared with the decorators called directly (as TypeScript's decorators would).
    class Base {
      id!: string;
    }
    tg.Field(() => String)(Base.prototype, 'id');
    tg.ObjectType('PlainBase')(Base);
    class Card extends Base {
      open!: string;
      secret!: string;
      watched!: string;
      inner!: string;
      computed!: string;
    }
    const seen: string[] = [];
    for (const name of ['open', 'secret', 'watched', 'computed']) tg.Field(() => String)(Card.prototype, name);
    tg.Field(() => String, { name: 'renamed' })(Card.prototype, 'inner');
    tg.Authorized('secret:read')(Card.prototype, 'secret');
    const watch: TypeGraphQL.MiddlewareFn = async ({ info }, next) => {
      seen.push(info.fieldName);
      return next();
    };
    tg.UseMiddleware(plainFunction(watch))(Card.prototype, 'watched');
    tg.ObjectType('PlainCard')(Card);
    class CardResolver {
      card() {
        return Object.assign(new Card(), { id: '1', open: 'o', secret: 's', watched: 'w', inner: 'i', computed: 'raw' });
      }
      computed(c: Card) {
        return `${c.computed}!`;
      }
    }
    tg.Query(() => Card)(CardResolver.prototype, 'card', Object.getOwnPropertyDescriptor(CardResolver.prototype, 'card')!);
    tg.FieldResolver(() => String)(
      CardResolver.prototype,
      'computed',
      Object.getOwnPropertyDescriptor(CardResolver.prototype, 'computed')!,
    );
    tg.Root()(CardResolver.prototype, 'computed', 0);
    tg.Resolver(Card)(CardResolver);

    const schema = await tg.buildSchema({
      resolvers: [CardResolver],
      validate: false,
      authChecker: plainFunction(({ context }: { context: { roles: string[] } }, roles: string[]) =>
        roles.every((r) => context.roles.includes(r)),
      ),
    });
    readPlainFieldsDirectly(schema);
    expect(resolvedFields(schema, 'PlainCard')).toEqual({
      id: false,
      open: false,
      secret: true,
      watched: true,
      renamed: true,
      computed: true,
    });

    const run = (source: string, roles: string[]) => graphql.graphql({ schema, source, contextValue: { roles } });
    const first = await run('{ card { id open watched renamed computed } }', []);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      card: { id: '1', open: 'o', watched: 'w', renamed: 'i', computed: 'raw!' },
    });
    expect(seen).toEqual(['watched']);
    expect((await run('{ card { secret } }', [])).errors?.[0]?.message).toMatch(/Access denied/);
    expect((await run('{ card { secret } }', ['secret:read'])).data).toEqual({ card: { secret: 's' } });
  });

  it('in the API: row fields read directly; resolvers, masked personal data and authorized operations keep theirs', async () => {
    const schema = await createSchema();
    const facility = resolvedFields(schema, 'Facility');
    expect([facility.id, facility.name, facility.createdAt, facility.location]).toEqual([false, false, false, false]);
    expect([facility.division, facility.viewerCanModify, facility.reviewHistory]).toEqual([true, true, true]);
    expect(resolvedFields(schema, 'Capacity').beds).toBe(false);
    expect(resolvedFields(schema, 'Division')).toMatchObject({ name: false, parent: true, boundary: true, children: true });
    expect(resolvedFields(schema, 'Worker')).toMatchObject({ idNumber: true, phone: true, idNumberMasked: true });
    expect(Object.values(resolvedFields(schema, 'Query')).every(Boolean)).toBe(true);
    expect(Object.values(resolvedFields(schema, 'Mutation')).every(Boolean)).toBe(true);
  });
});
