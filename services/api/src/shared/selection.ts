import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Does the operation ask for this field path below the field being resolved (`['nodes',
 * 'division']`)? Fragments are followed; `@skip` / `@include` are not evaluated, so the answer
 * may be yes for a field that is then skipped: use it to read ahead, never to decide what to answer.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[]): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === path[depth] && (depth === path.length - 1 || within(sel.selectionSet, depth + 1))) return true;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (within(sel.selectionSet, depth)) return true;
      } else if (!seen.has(`${depth}:${sel.name.value}`)) {
        seen.add(`${depth}:${sel.name.value}`);
        if (within(info.fragments[sel.name.value]?.selectionSet, depth)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, 0));
}
