// A snapshot of the form controls alone, for a page (or region) already known to be `other`
// whose rules read nothing but checkboxes and radios (the pre-checked consent rule): the controls
// of form-controls.ts, no text, so no lexicon hits and no text facts.
import { ElementRefs } from './element-refs';
import { readFormControls } from './form-controls';
import { JoinedBlocks } from './snapshot-text';
import { finishSnapshot, type PageSnapshot, type SnapshotOptions, type SnapshotRoot } from './snapshot';

export function takeControlsSnapshot(doc: Document, options: SnapshotOptions = {}, root: SnapshotRoot = null): PageSnapshot {
  const parts = {
    joined: new JoinedBlocks(),
    controls: readFormControls(doc, root),
    images: new ElementRefs(),
    headingEls: [],
    timerElements: [],
    elementCount: 0,
  };
  return finishSnapshot(doc, options, parts);
}
