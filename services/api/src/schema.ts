import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './modules/resolvers.js';
import { authChecker } from './request/auth-checker.js';

/** Builds the GraphQL schema from the resolvers. */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker });
}

/** The schema as SDL, sorted so the checked-in file diffs cleanly. */
export function schemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
