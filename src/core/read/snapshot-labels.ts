// The label a person reads for a checkbox or radio. `input.labels` searches the whole document
// on every call in browsers (a page with thousands of boxes and labels made the snapshot
// quadratic), so a full-page snapshot resolves all labels in one pass over the <label>s first.
import type { Control } from './page-snapshot';
import { collapse, isHiddenByMarkup } from './snapshot-markup';

/** A box's labels, in document order. */
export type LabelLookup = (input: HTMLInputElement) => readonly Element[];

export interface LabelIndex extends LabelLookup {
  /**
   * Index up to `count` more <label>s ahead of the first lookup, so that a sliced snapshot can
   * pause in between (a 100k-element page has thousands: 10+ ms in one go). False when done.
   */
  prepare(count: number): boolean;
}

/**
 * Labels per control, in document order, like `input.labels`. `scope` null: the whole document,
 * resolved in one pass. A subtree scope (incremental rescans): a box without an id can only be
 * labelled by an enclosing <label>, found by walking up; a box with an id also by a <label for>
 * found with one selector query (scopedLabels).
 */
export function labelIndex(doc: Document, scope: Element | null): LabelIndex {
  if (scope) return Object.assign(scopedLabels, { prepare: () => false });
  // A static list: a page that adds labels while a sliced snapshot pauses does not shift it.
  let labels: HTMLLabelElement[] | null = null;
  let next = 0;
  const byControl = new Map<Element, Element[]>();
  let unsupported = false; // a DOM without HTMLLabelElement.control: ask each box
  const prepare = (count: number): boolean => {
    labels ??= Array.from(doc.getElementsByTagName('label'));
    const end = Math.min(labels.length, next + count);
    for (; next < end && !unsupported; next++) {
      const label = labels[next] as HTMLLabelElement;
      const control = label.control;
      if (control === undefined) unsupported = true;
      else if (control) {
        const list = byControl.get(control);
        if (list) list.push(label);
        else byControl.set(control, [label]);
      }
    }
    return !unsupported && next < labels.length;
  };
  const lookup = (input: HTMLInputElement): readonly Element[] => {
    while (prepare(Number.POSITIVE_INFINITY));
    if (unsupported) return input.labels ? Array.from(input.labels) : [];
    return byControl.get(input) ?? [];
  };
  return Object.assign(lookup, { prepare });
}

/**
 * One box's labels without `input.labels`, which in Chromium walks the whole document and
 * builds a list for it (1.8 ms a box on the 100k-element bench page, four times a selector
 * query): the enclosing <label>s, then the <label for>s in the box's tree, in document order.
 */
function scopedLabels(input: HTMLInputElement): readonly Element[] {
  const found: Element[] = [];
  for (let cur = input.parentElement; cur; cur = cur.parentElement) {
    if (cur.tagName === 'LABEL' && (cur as HTMLLabelElement).control === input) found.unshift(cur);
  }
  const root = input.getRootNode() as Document | ShadowRoot;
  if (!input.id || typeof root.querySelectorAll !== 'function') return found;
  const byFor = Array.from(root.querySelectorAll(labelForSelector(input.id))).filter((l) => {
    const control = (l as HTMLLabelElement).control;
    return (control === undefined || control === input) && !found.includes(l);
  });
  if (!byFor.length) return found;
  return [...found, ...byFor].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** A selector for the <label>s whose `for` names `id` (any id, quoted as a CSS string). */
export function labelForSelector(id: string): string {
  return `label[for="${id.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"]`;
}

export function labelOf(input: HTMLInputElement, labelsOf: LabelLookup): string {
  const aria = input.getAttribute('aria-label');
  if (aria) return collapse(aria);
  const labelledBy = input.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => input.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return collapse(text);
  }
  const fromLabels = labelsOf(input)
    .map((l) => l.textContent ?? '')
    .join(' ');
  if (fromLabels.trim()) return collapse(fromLabels).slice(0, 300);
  // Unlabelled box: what a person reads as its label is the text right after it, up to the
  // next control; failing that, its container's text when the box is alone in there.
  const after = textUntilNextControl(input);
  if (after) return after;
  return containerText(input);
}

/** Letters or Han characters: text that says something, not just "¥1.50". */
const WORDS = /[\p{Script=Han}A-Za-z]/u;
/** How far up a lone box looks for the row that says what it is. */
const CONTAINER_LEVELS = 3;

/**
 * The text of the nearest container that holds this box alone and says something: a box in a
 * price cell (<span>¥1.50 ☑</span>) is described by its row (运费险 … ¥1.50).
 */
function containerText(input: Element): string {
  let fallback = '';
  let container = input.parentElement;
  for (let level = 0; container && level < CONTAINER_LEVELS; level++, container = container.parentElement) {
    // [1] stops at the second input instead of counting every input of a large container.
    if (container.getElementsByTagName('input')[1] !== undefined) break;
    const text = collapse(container.textContent ?? '').slice(0, 300);
    if (WORDS.test(text)) return text;
    fallback ||= text;
  }
  return fallback;
}

function textUntilNextControl(input: Element): string {
  let text = '';
  for (let node = input.nextSibling; node && text.length < 300; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'INPUT' || el.tagName === 'BR' || el.querySelector('input')) break;
      if (isHiddenByMarkup(el)) continue;
    }
    text += node.textContent ?? '';
  }
  return collapse(text).slice(0, 300);
}

/**
 * A box as the snapshot records it, its label read on first use. A class rather than an object
 * literal with a getter: the literal cost each box a closure, the closure's context and a
 * dictionary of properties, and the snapshot holds every box to the end of the scan. On the
 * 100k page (4,460 boxes) that was 1.3 MB promoted to the old generation, a quarter of what the
 * scan promotes (docs/decisions/what-we-tried.md, issue 19).
 */
class SnapshotControl implements Control {
  readonly checked: boolean;
  readonly required: boolean;
  readonly disabled: boolean;
  private labelText: string | undefined;

  constructor(
    readonly element: HTMLInputElement,
    readonly type: Control['type'],
    private readonly labelsOf: LabelLookup,
  ) {
    this.checked = element.checked;
    this.required = element.required;
    this.disabled = element.disabled;
  }

  get label(): string {
    return (this.labelText ??= labelOf(this.element, this.labelsOf));
  }
}

/**
 * A checkbox or radio as the snapshot records it; null for any other input. The label is read
 * on first use: most boxes are never looked at (only pre-set ones are), and a page's first label
 * read indexes all of its <label>s.
 */
export function readControl(input: HTMLInputElement, labelsOf: LabelLookup): Control | null {
  const type = input.type;
  if (type !== 'checkbox' && type !== 'radio') return null;
  return new SnapshotControl(input, type, labelsOf);
}
