/** Items grouped by a key, in their order; items whose key is null are left out. */
export function groupBy<K, V>(items: readonly V[], key: (item: V) => K | null): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
