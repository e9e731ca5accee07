// The page's checkboxes and radios with their labels, by one native query for the inputs instead
// of a walk over every element: what the controls-only snapshot holds, and what the gate reads
// when the `other` rules ask only for a ticked box with certain words in its label. Same
// controls, labels and hidden rules as the full walk.
import type { Control } from './page-snapshot';
import type { SnapshotRoot } from './snapshot';
import { labelIndex, readControl } from './snapshot-labels';
import { hasHiddenAncestor, isHiddenByMarkup } from './snapshot-markup';

/** Hidden by markup between `input` and `start` (the walk never filters its start). */
function hiddenBelow(input: Element, start: Element): boolean {
  for (let cur: Element | null = input; cur && cur !== start; cur = cur.parentElement) {
    if (isHiddenByMarkup(cur)) return true;
  }
  return false;
}

export function readFormControls(doc: Document, root: SnapshotRoot = null): Control[] {
  const whole = root === null || (Array.isArray(root) && root.length === 0);
  const body = doc.body ?? doc.documentElement;
  const starts: readonly Element[] = whole ? (body ? [body] : []) : Array.isArray(root) ? root : [root as Element];
  const labels = labelIndex(doc, whole ? null : (starts[0] ?? null));
  const controls: Control[] = [];
  for (const start of starts) {
    if (!whole && hasHiddenAncestor(start)) continue;
    const inputs = start.tagName === 'INPUT' ? [start] : Array.from(start.getElementsByTagName('input'));
    for (const input of inputs) {
      if (input !== start && hiddenBelow(input, start)) continue;
      const control = readControl(input as HTMLInputElement, labels);
      if (control) controls.push(control);
    }
  }
  return controls;
}
