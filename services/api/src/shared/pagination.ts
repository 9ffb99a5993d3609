import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { UserInputError } from './errors.js';
import { t, type Lang } from './i18n.js';
import { execSql, type SqlWhere } from './sql.js';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor from `pageInfo.endCursor` of the previous page.' })
  after?: string | null;
}

/** A page of a list, with the total count of the whole filtered list. */
export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds the `XConnection` GraphQL type for an item type. */
export function ConnectionType<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount!: number;

    @Field(() => [item], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursor to fetch the next one.' })
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/** Keyset cursor over the numeric id. */
export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

/** Validates page arguments; returns the size and the id after which to start. */
export function decodePage(args: PageArgs, lang: Lang): { limit: number; afterId: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new UserInputError(t(lang, 'field.pageSize', { max: MAX_PAGE_SIZE }), [
      { field: 'first', message: t(lang, 'field.pageSize', { max: MAX_PAGE_SIZE }) },
    ]);
  }
  let afterId = 0;
  if (args.after) {
    const m = /^id:(\d{1,15})$/.exec(Buffer.from(args.after, 'base64url').toString());
    if (!m) throw new UserInputError(t(lang, 'field.cursor'), [{ field: 'after', message: t(lang, 'field.cursor') }]);
    afterId = Number(m[1]);
  }
  return { limit, afterId };
}

/** Turns `limit + 1` fetched rows into a page. */
export function toConnection<T extends { id: number }>(rows: T[], limit: number, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, limit);
  return {
    totalCount,
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].id) : null },
  };
}

/** Counts the filtered list and fetches the page after `afterId` (keyset on id). */
export async function fetchPage<T extends { id: number }>(qb: QueryBuilder<T>, limit: number, afterId: number): Promise<Connection<T>> {
  const totalCount = await qb.clone().getCount();
  const rows = (await qb
    .andWhere({ id: { $gt: afterId } } as never)
    .orderBy({ id: 'asc' } as never)
    .limit(limit + 1)
    .getResultList()) as T[];
  return toConnection(rows, limit, totalCount);
}

/**
 * Counts the filtered rows of a table and reads the page after `afterId` (keyset on id) as plain
 * rows, in one statement (one round trip, one snapshot) answering one row: the count, and the
 * page's rows as a JSON array (one `JSON.parse` rather than a driver's parse per column of every
 * row; timestamps should be selected as text). `along` adds values computed over the page's rows
 * (the relation named by its argument), e.g. the rows they refer to as JSON.
 * @example
 * await fetchRowPage(em, { table: 'facility', alias: 'f', columns: 'f.id, f.name', where, limit: 20, afterId: 0 })
 */
export async function fetchRowPage<R extends { id: number }, A extends string = never>(
  em: EntityManager,
  o: {
    table: string;
    alias: string;
    columns: string;
    where: SqlWhere;
    limit: number;
    afterId: number;
    along?: { name: A; sql: (page: string) => string }[];
  },
): Promise<{ totalCount: number; rows: R[]; along: Record<A, unknown> }> {
  const { table, alias: a, where } = o;
  const along = o.along ?? [];
  const [found] = await execSql<({ total_count: number; page_rows: R[] | null } & Record<A, unknown>)[]>(
    em,
    `with page as (select ${o.columns} from ${table} ${a} where ${where.sql} and ${a}.id > ? order by ${a}.id asc limit ?)
     select (select count(*)::int from ${table} ${a} where ${where.sql}) as total_count,
       (select json_agg(p order by p.id) from page p) as page_rows${along.map((x) => `,\n       (${x.sql('page')}) as ${x.name}`).join('')}`,
    [...where.params, o.afterId, o.limit + 1, ...where.params],
  );
  return {
    totalCount: found.total_count,
    rows: found.page_rows ?? [],
    along: Object.fromEntries(along.map((x) => [x.name, found[x.name] ?? null])) as Record<A, unknown>,
  };
}

/** Offset cursor, for lists sorted by something other than the id. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`at:${offset}`).toString('base64url');
}

/** Validates page arguments of a sorted list; returns the size and the offset to start at. */
export function decodeOffsetPage(args: PageArgs, lang: Lang): { limit: number; offset: number } {
  const { limit } = decodePage({ first: args.first }, lang);
  let offset = 0;
  if (args.after) {
    const m = /^at:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString());
    if (!m) throw new UserInputError(t(lang, 'field.cursor'), [{ field: 'after', message: t(lang, 'field.cursor') }]);
    offset = Number(m[1]);
  }
  return { limit, offset };
}

/**
 * As {@link fetchRowPage}, for a list sorted by something other than the id: counts the filtered
 * rows and reads `limit + 1` rows from `offset` in the order of `sort` (an SQL expression over the
 * table's alias, `direction` as SQL; the id breaks ties), as plain rows, in one statement. The
 * rows come as a JSON array in that order (each with the sort key as `sort_key`).
 * @example
 * await fetchSortedRowPage(em, { table: 'worker', alias: 'w', columns: 'w.id, w.name', where, sort: { sql: 'w.name', direction: 'asc nulls last' }, limit: 20, offset: 0 })
 */
export async function fetchSortedRowPage<R extends { id: number }, A extends string = never>(
  em: EntityManager,
  o: {
    table: string;
    alias: string;
    columns: string;
    where: SqlWhere;
    sort: { sql: string; direction: 'asc nulls last' | 'desc nulls last' };
    limit: number;
    offset: number;
    along?: { name: A; sql: (page: string) => string }[];
  },
): Promise<{ totalCount: number; rows: R[]; along: Record<A, unknown> }> {
  const { table, alias: a, where, sort } = o;
  const along = o.along ?? [];
  const [found] = await execSql<({ total_count: number; page_rows: R[] | null } & Record<A, unknown>)[]>(
    em,
    `with page as (select ${o.columns}, ${sort.sql} as sort_key from ${table} ${a} where ${where.sql}
       order by sort_key ${sort.direction}, ${a}.id asc limit ? offset ?)
     select (select count(*)::int from ${table} ${a} where ${where.sql}) as total_count,
       (select json_agg(p order by p.sort_key ${sort.direction}, p.id asc) from page p) as page_rows${along
         .map((x) => `,\n       (${x.sql('page')}) as ${x.name}`)
         .join('')}`,
    [...where.params, o.limit + 1, o.offset, ...where.params],
  );
  return {
    totalCount: found.total_count,
    rows: found.page_rows ?? [],
    along: Object.fromEntries(along.map((x) => [x.name, found[x.name] ?? null])) as Record<A, unknown>,
  };
}

/** Turns `limit + 1` rows read from `offset` into a page (the cursor: the offset after it). */
export function toOffsetConnection<T>(rows: T[], limit: number, offset: number, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, limit);
  return {
    totalCount,
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeOffsetCursor(offset + nodes.length) : null },
  };
}
