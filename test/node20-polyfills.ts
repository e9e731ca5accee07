// vitest 5's reporter calls Map.groupBy (Node 21+). The machines run Node 20, where a failing
// test would otherwise crash the reporter and hide the failure. Imported by vitest configs.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
const MapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const list = groups.get(k);
      if (list) list.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}
const ObjectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof ObjectWithGroupBy.groupBy !== 'function') {
  ObjectWithGroupBy.groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) =>
    Object.fromEntries((MapWithGroupBy.groupBy as GroupBy)(items, key));
}
export {};
