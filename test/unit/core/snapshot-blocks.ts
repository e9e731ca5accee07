import type { PageSnapshot } from '../../../src/core/read/snapshot';

/** Every block of a snapshot as [element, text], for comparing snapshots in tests. */
export const blocksOf = (s: PageSnapshot): Array<[Element | undefined, string]> =>
  Array.from({ length: s.blockCount }, (_, i) => [s.blockElement(i), s.blockText(i)]);
