import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { listOf } from '../../api/list.js';
import type { OrgUnit } from '../../api/types.js';

export const UNITS_KEY = ['org', 'units'] as const;

export function useUnitsQuery() {
  return useQuery({
    queryKey: UNITS_KEY,
    queryFn: async () => listOf<OrgUnit>(await api<unknown>('/api/org/units'), 'units'),
  });
}

export type UnitNode = OrgUnit & { depth: number; children: UnitNode[] };

/** Builds the unit tree from the flat list (units whose parent is unknown become roots), sorted by name. */
export function buildTree(units: readonly OrgUnit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(
    units.map((unit) => [unit.id, { ...unit, depth: 0, children: [] }]),
  );
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[], depth: number, seen: Set<string>): UnitNode[] => {
    list.sort((a, b) => a.name.localeCompare(b.name, 'da'));
    for (const node of list) {
      node.depth = depth;
      if (seen.has(node.id)) node.children = [];
      seen.add(node.id);
      sort(node.children, depth + 1, seen);
    }
    return list;
  };
  return sort(roots, 0, new Set());
}

/** Depth-first list of the tree, for selects that show the hierarchy with indentation. */
export function flattenTree(tree: readonly UnitNode[]): UnitNode[] {
  return tree.flatMap((node) => [node, ...flattenTree(node.children)]);
}
