// A snapshot of the form controls alone, for a page (or region) already known to be `other`
// whose rules read nothing but checkboxes and radios (the pre-checked consent rule): one native
// query for the inputs instead of a walk over every element. Same controls, labels and hidden
// rules as the full walk; no text, so no lexicon hits and no text facts.
import { ElementRefs } from './element-refs';
import { JoinedBlocks } from './snapshot-text';
import { finishSnapshot, type Control, type PageSnapshot, type SnapshotOptions, type SnapshotRoot } from './snapshot';
import { labelIndex, readControl } from './snapshot-labels';
import { hasHiddenAncestor, isHiddenByMarkup } from './snapshot-markup';

/** Hidden by markup between `input` and `start` (the walk never filters its start). */
function hiddenBelow(input: Element, start: Element): boolean {
  for (let cur: Element | null = input; cur && cur !== start; cur = cur.parentElement) {
    if (isHiddenByMarkup(cur)) return true;
  }
  return false;
}

export function takeControlsSnapshot(doc: Document, options: SnapshotOptions = {}, root: SnapshotRoot = null): PageSnapshot {
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
  const parts = {
    joined: new JoinedBlocks(),
    controls,
    images: new ElementRefs(),
    headingEls: [],
    timerElements: [],
    elementCount: 0,
  };
  return finishSnapshot(doc, options, parts);
}
