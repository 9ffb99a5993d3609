import type { Action } from '@carecircle/domain';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../request/context.js';
import { decodePage, encodeCursor, PageArgs, PageInfo } from '../../shared/pagination.js';
import { readAudit } from './audit.service.js';

@ObjectType({ description: 'One change in the audit log: who, when, what before and after, from which request. Never editable.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id (increasing).' }) id!: string;
  @Field(() => Date, { description: 'When the change was committed.' }) at!: Date;
  @Field(() => String, { nullable: true, description: 'Who: the username (null for the system, e.g. the demo data).' }) username!:
    string | null;
  @Field({ description: 'create, update or delete.' }) action!: string;
  @Field({ description: 'Table of the record, e.g. facility.' }) entity!: string;
  @Field(() => String, { nullable: true, description: 'Id of the record.' }) entityId!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change (null when created).' }) before!: Record<
    string,
    unknown
  > | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change (null when deleted).' }) after!: Record<
    string,
    unknown
  > | null;
  @Field(() => String, { nullable: true, description: 'Id of the HTTP request (the x-request-id response header).' }) requestId!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Client address of the request.' }) ip!: string | null;
}

@ObjectType({ description: 'A page of the audit log.' })
export class AuditConnection {
  @Field(() => Int, { description: 'Entries matching the filter.' }) totalCount!: number;
  @Field(() => [AuditEntry], { description: 'This page, oldest first.' }) nodes!: AuditEntry[];
  @Field(() => PageInfo, { description: 'Paging.' }) pageInfo!: PageInfo;
}

@InputType({ description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Table, e.g. facility.' }) entity?: string | null;
  @Field(() => ID, { nullable: true, description: 'Record id.' }) entityId?: string | null;
  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD).' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to and including this day (YYYY-MM-DD).' }) to?: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized<Action>('audit:read')
  @Query(() => AuditConnection, {
    description:
      'The audit log: administrators see everything, a street office the changes in its own division. Export as CSV at /audit.csv.',
  })
  async auditLog(
    @Ctx() ctx: AppContext,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter: AuditFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    const { limit, afterId } = decodePage(page, ctx.lang);
    const { rows, total } = await readAudit(ctx.em, ctx.access, ctx.lang, {
      ...filter,
      entityId: filter?.entityId ? String(filter.entityId) : null,
      afterId,
      limit: limit + 1,
    });
    const nodes = rows.slice(0, limit);
    return {
      totalCount: total,
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: nodes.length ? encodeCursor(Number(nodes[nodes.length - 1].id)) : null },
    };
  }
}
