import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { resolvers } from './modules/resolvers.js';
import { authChecker } from './request/auth-checker.js';

/** Builds the GraphQL schema from the resolvers. */
export async function createSchema(): Promise<GraphQLSchema> {
  // No global middlewares: `readPlainFieldsDirectly` relies on it.
  const schema = await buildSchema({ resolvers, validate: false, authChecker, globalMiddlewares: [] });
  readPlainFieldsDirectly(schema);
  return schema;
}

/**
 * Leaves the fields of object types that only read a property to graphql's default resolver.
 * type-graphql wraps every field in a resolver that runs its middlewares and authorization check
 * (and allocates their arguments) for each field of each row; a field without either, without a
 * resolver method and named as its property gains nothing from it. Fields with `@Authorized`,
 * `@UseMiddleware`, a resolver or another name keep type-graphql's resolver, so adding one later
 * keeps it checked. Only for schemas built without global middlewares (they run on every field).
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  // Object type class → its fields that have a resolver method (as type-graphql matches them).
  const resolvedBy = new Map<object, Set<string>>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (!target) continue;
    if (!resolvedBy.has(target)) resolvedBy.set(target, new Set());
    resolvedBy.get(target)!.add(r.methodName);
  }
  const hasResolver = (target: object, name: string) => resolvedBy.get(target)?.has(name) ?? false;
  const metaOf = new Map<object, (typeof storage.objectTypes)[number]>(storage.objectTypes.map((o) => [o.target, o]));
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    const done = new Set<string>();
    // The type's own fields, then those it inherits (the nearest class declaring a field wins).
    for (let target: object | null = objectType.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target)) {
      for (const f of metaOf.get(target)?.fields ?? []) {
        if (done.has(f.schemaName)) continue;
        done.add(f.schemaName);
        const field = fields[f.schemaName];
        const plain =
          f.roles === undefined &&
          !f.middlewares?.length &&
          f.name === f.schemaName &&
          !hasResolver(f.target, f.name) &&
          !hasResolver(objectType.target, f.name);
        if (field && plain) field.resolve = undefined;
      }
    }
  }
}

/** The schema as SDL, sorted so the checked-in file diffs cleanly. */
export function schemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
