interface TreeTeam {
  id: string;
  name: string;
  parent: { id: string } | null;
}

/**
 * Orders teams parent-first, children under their parent by name, with each
 * team's depth. Teams whose parent is not in the list start a tree of their own.
 */
export function orderTeamsAsTree<T extends TreeTeam>(teams: readonly T[]): { team: T; depth: number }[] {
  const ids = new Set(teams.map((team) => team.id));
  const children = new Map<string | null, T[]>();
  for (const team of teams) {
    const parentId = team.parent && ids.has(team.parent.id) ? team.parent.id : null;
    const siblings = children.get(parentId) ?? [];
    siblings.push(team);
    children.set(parentId, siblings);
  }
  const result: { team: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const team of siblings) {
      if (seen.has(team.id)) continue;
      seen.add(team.id);
      result.push({ team, depth });
      visit(team.id, depth + 1);
    }
  };
  visit(null, 0);
  // A cycle in the data leaves teams unvisited; list them rather than lose them.
  for (const team of teams) if (!seen.has(team.id)) result.push({ team, depth: 0 });
  return result;
}
