import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination.js';

/** The most an operation may cost (see {@link queryCostRule}). */
export const MAX_QUERY_COST = 50_000;
/** What an unpaged list of objects (a division's children, a hub's resources) counts as, in items. */
export const UNPAGED_LIST_ITEMS = 10;

/**
 * The cost of an operation: every field counts 1; the items of a page (`nodes` / `edges` of a
 * field taking `first`) count as many times as the page holds (`first`, the maximum page size
 * when it comes in a variable, the default page size when it is left out), the items of other
 * lists of objects ten times. So `facilities(first: 500)` with a facility's fields, its division
 * and its parent costs about 500 × 30 = 15,000, while lists nested in pages, or many pages
 * under aliases, multiply past the limit and are refused at validation (before any work, and
 * only once per document: Apollo caches validated documents by their hash).
 *
 * @example
 * new ApolloServer({ schema, validationRules: [queryCostRule(MAX_QUERY_COST)] });
 */
export function queryCostRule(maxCost = MAX_QUERY_COST, defaultPage = 50): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    /** Cost of a selection set on a type; fragments are followed (a cycle is another rule's error). */
    const selectionCost = (set: SelectionSetNode, type: GraphQLCompositeType, seen: Set<string>): number => {
      let cost = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) cost += fieldCost(sel, type, seen);
        else if (sel.kind === Kind.INLINE_FRAGMENT) {
          const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
          cost += selectionCost(sel.selectionSet, isCompositeType(on) ? on : type, seen);
        } else {
          const name = sel.name.value;
          const fragment = context.getFragment(name);
          if (!fragment || seen.has(name)) continue;
          const on = schema.getType(fragment.typeCondition.name.value);
          cost += selectionCost(fragment.selectionSet, isCompositeType(on) ? on : type, new Set([...seen, name]));
        }
      }
      return cost;
    };
    const pageSize = (node: FieldNode): number | null => {
      const arg = node.arguments?.find((a) => a.name.value === 'first');
      if (!arg) return null;
      if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
      return arg.value.kind === Kind.NULL ? defaultPage : MAX_PAGE_SIZE;
    };
    const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
      if (!node.selectionSet) return 1;
      const fields = 'getFields' in parent ? parent.getFields() : {};
      const def = fields[node.name.value];
      if (!def) return 1;
      const type = getNamedType(def.type);
      if (!isCompositeType(type)) return 1;
      const paged = def.args.some((a) => a.name === 'first');
      if (paged) {
        const items = pageSize(node) ?? defaultPage;
        let cost = 1;
        for (const sel of node.selectionSet.selections) {
          const one = selectionCost({ kind: Kind.SELECTION_SET, selections: [sel] }, type, seen);
          const perItem = sel.kind === Kind.FIELD && (sel.name.value === 'nodes' || sel.name.value === 'edges');
          cost += perItem ? items * one : one;
        }
        return cost;
      }
      const inner = selectionCost(node.selectionSet, type, seen);
      return 1 + (isListType(getNullableType(def.type as GraphQLOutputType)) && !isConnectionNodes(node) ? UNPAGED_LIST_ITEMS : 1) * inner;
    };
    /** `nodes` / `edges` of a page are counted by the page itself. */
    const isConnectionNodes = (node: FieldNode): boolean => node.name.value === 'nodes' || node.name.value === 'edges';
    return {
      OperationDefinition(node) {
        const root =
          node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? null : schema.getQueryType();
        if (!root) return;
        const cost = selectionCost(node.selectionSet, root, new Set());
        if (cost > maxCost)
          context.reportError(
            new GraphQLError(
              `Query cost ${Math.round(cost)} exceeds the limit of ${maxCost}; ask for smaller pages or fewer nested lists.`,
              {
                nodes: [node],
              },
            ),
          );
      },
    };
  };
}
