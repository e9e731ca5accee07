// The page's raw text for the quick read (classify/quick-read.ts): the root's textContent, one
// native call. It holds every text node, hidden ones and the text of scripts and styles
// included, with nothing between blocks: more than the snapshot reads, which only raises the
// quick read's upper bounds. Cheaper ways to leave scripts out cost more than they save in a
// fresh content script: a Range per stretch between scripts (the previous reading) took 2.7×
// the time of textContent, as each skipped element needs a wrapper of its own, and a walk over
// the nodes runs in V8's interpreter (docs/decisions/0006-quick-read.md).

/** What the quick read puts where it cut text out: "\n", which no signal phrase holds. */
export const CUT = '\n';

export function rawPageText(root: Element): string {
  return root.textContent ?? '';
}
