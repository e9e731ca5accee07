// Reads the page ONCE: visible text grouped into blocks, form controls with their labels,
// headings, images, meta. Every later stage works from this snapshot, never from the DOM.
// Standard DOM only, so it runs in the content script, jsdom (CLI) and the tests.
//
// The walk is resumable: `takeSnapshot` runs it in one go; `takeSnapshotSliced` runs the same
// walk in time slices, awaiting the page between them, so a 100k-element page never blocks the
// main thread for longer than a slice.
import { shownValue } from './snapshot-form-values';
import { labelIndex, readControl, type LabelIndex } from './snapshot-labels';
import { ElementRefs } from './element-refs';
import { BlockTexts, JoinedBlocks, type ElementList } from './snapshot-text';
import {
  BLOCK_TAGS,
  HEADING_TAGS,
  collapse,
  computedVisibility,
  fileName,
  hasHiddenAncestor,
  isHiddenTag,
  NON_SPACE,
  readPageMarkup,
  type PageMarkup,
  SEPARATE_TAGS,
  TIMER_SELECTOR,
} from './snapshot-markup';
import type { TimeSlicer } from '../shared/time-slicer';
import type { Control, HeadingBlock, ImageInfo, PageSnapshot } from './page-snapshot';

export { OWN_UI_ATTRIBUTE, hasHiddenAncestor, isHiddenByMarkup } from './snapshot-markup';
export type { Control, HeadingBlock, ImageInfo, PageSnapshot } from './page-snapshot';

export interface SnapshotOptions {
  url?: string;
  /**
   * 'computed' also consults CSS (checkVisibility, or getComputedStyle in jsdom) for elements
   * that end up as evidence. 'attributes' trusts only hidden/aria-hidden/inline styles.
   */
  visibility?: 'attributes' | 'computed';
  /** Elements this selector matches are timers (snapshot-markup timerSelector); default TIMER_SELECTOR. */
  timerSelector?: string;
}

/** Nodes between two looks at the clock in a sliced walk. */
const NODES_PER_CLOCK_CHECK = 256;
/** Box labels read between two looks at the clock (each reads a few nodes' text). */
const LABELS_PER_CLOCK_CHECK = 16;

/** A block element whose text the walk is collecting: where it is (see BlockTexts), and its index in BlockTexts once it has text. */
interface OpenBlock {
  where: Element | number;
  heading: boolean;
  index: number;
  /** A separate element (SEPARATE_TAGS) came since this block's last text: a gap before the next. */
  gap: boolean;
}

/**
 * The walk over the DOM, one node per step, in document order, without a TreeWalker filter
 * callback (a call from the engine into script per node). Hidden subtrees are skipped whole.
 *
 * Each node the walk touches costs a wrapper in the content script's world; on a 100k page,
 * making those wrappers (and looking them up) is most of the walk's time, and what fills the
 * young generation (docs/performance.md). So a leaf's text is read in one call without touching
 * its text nodes, the climb takes ancestors from the walk's own stack, and nothing is allocated
 * per element that the snapshot does not keep.
 */
class SnapshotWalk implements SnapshotParts {
  readonly joined = new JoinedBlocks();
  private readonly texts = new BlockTexts(this.joined);
  readonly controls: Control[] = [];
  readonly images = new ElementRefs();
  readonly headingEls: Element[] = [];
  readonly timerElements: Element[] = [];
  elementCount = 0;
  private node: Node | null = null;
  /** The subtree being walked, and those still to walk. */
  private start: Element | null = null;
  private readonly pending: Element[];
  /** The elements being walked (the current node's ancestors up to the start), and the block each one's text joins. */
  private readonly elements: Element[] = [];
  private readonly blocks: OpenBlock[] = [];
  /** Per element on the stack: is it a separate element (leaving it makes a gap)? */
  private readonly separates: boolean[] = [];
  private readonly labels: LabelIndex;
  /**
   * The start's descendants as they were when its walk began, and the current element's index
   * in that list: blocks are kept as indices into it (see BlockTexts). A change to the
   * subtree's children while the walk is paused would shift the indices after it, so from then
   * on the walk keeps the elements themselves.
   */
  private list: ElementList | null = null;
  private position = -1;
  private moved = false;
  private readonly watcher: MutationObserver | null;

  constructor(
    doc: Document,
    starts: readonly Element[],
    private readonly scoped: boolean,
    private readonly paused: boolean,
    private readonly timerSelector: string,
  ) {
    this.pending = [...starts].reverse();
    this.labels = labelIndex(doc, scoped ? (starts[0] ?? null) : null);
    // Only a walk that pauses can meet a changed page.
    const Observer = paused ? doc.defaultView?.MutationObserver : undefined;
    this.watcher = Observer ? new Observer(() => (this.moved = true)) : null;
    this.nextStart();
  }

  /** Move on to the next subtree (skipping those under a hidden ancestor); false when none is left. */
  private nextStart(): boolean {
    this.elements.length = 0;
    this.blocks.length = 0;
    this.separates.length = 0;
    this.watcher?.disconnect();
    for (let start = this.pending.pop(); start; start = this.pending.pop()) {
      if (this.scoped && hasHiddenAncestor(start)) continue;
      this.start = start;
      this.node = start;
      // Native, and it wraps none of the elements it lists. A walk in one go keeps elements:
      // it is the CLI's (jsdom, where the list is slow and there is no wrapper table) and that
      // of small regions.
      this.list = this.paused ? start.querySelectorAll('*') : null;
      this.position = -1;
      this.moved = false;
      this.watcher?.observe(start, { childList: true, subtree: true });
      return true;
    }
    this.start = null;
    this.node = null;
    this.list = null;
    return false;
  }

  /** Stop watching the page: the walk is over, or was given up. */
  stopWatching(): void {
    this.watcher?.disconnect();
  }

  /** Index up to `count` of the page's labels ahead of use; false when all are. */
  prepareLabels(count: number): boolean {
    return this.labels.prepare(count);
  }

  /** Visit up to `budget` nodes; returns false when the walk is over. */
  step(budget: number): boolean {
    const { elements, blocks, separates } = this;
    // Changes not yet delivered to the watcher's callback.
    if (this.watcher?.takeRecords().length) this.moved = true;
    let start = this.start;
    let node = this.node;
    for (let n = 0; node && n < budget; n++) {
      let next: Node | null = null;
      const type = node.nodeType;
      if (type === 3) {
        const block = blocks[blocks.length - 1];
        if (block) this.text(block, (node as Text).data);
      } else if (type === 1) {
        const el = node as Element;
        const tag = el.tagName;
        // The start itself is not filtered (a subtree's start was checked with its ancestors).
        const isStart = node === start;
        const position = isStart ? -1 : ++this.position;
        const read = isStart || !isHiddenTag(el, tag);
        const where = isStart || this.moved || !this.list ? el : position;
        // Text after a separate element's start (inside it or after it) stands apart from the text before.
        const separate = !isStart && SEPARATE_TAGS.has(tag);
        const around = blocks[blocks.length - 1];
        if (separate && around) around.gap = true;
        if (read) this.element(el, tag, where);
        else if (this.list && el.firstElementChild !== null) this.position += el.querySelectorAll('*').length;
        const shown = read && (tag === 'INPUT' || tag === 'SELECT') ? shownValue(el, tag) : null;
        if (shown !== null) {
          const outer = blocks[blocks.length - 1];
          if (outer) this.text(outer, ` ${shown} `);
          else this.texts.open(where, this.listFor(where), shown, false);
        }
        if (tag === 'SELECT') {
          // Its chosen option was read above; the other options are not on show.
          if (this.list && el.firstElementChild !== null) this.position += el.querySelectorAll('*').length;
        } else if (read && el.hasChildNodes()) {
          const outer = blocks[blocks.length - 1];
          const ownBlock = !outer || BLOCK_TAGS.has(tag);
          if (el.firstElementChild === null) {
            // A leaf (<span>text</span>, <td>text</td>): all its text in one call.
            const text = el.textContent ?? '';
            if (ownBlock) {
              if (NON_SPACE.test(text)) this.texts.open(where, this.listFor(where), text, HEADING_TAGS.has(tag));
            } else this.text(outer, text);
          } else {
            elements.push(el);
            separates.push(separate);
            blocks.push(ownBlock ? { where, heading: HEADING_TAGS.has(tag), index: -1, gap: false } : outer);
            next = el.firstChild;
          }
        }
        // Not walked into: its end is here too.
        if (separate && around && !next) around.gap = true;
      }
      if (!next) {
        // Climb to the next sibling of this node or of its nearest ancestor that has one.
        let cur: Node | null = node;
        let sibling: Node | null = null;
        while (cur && cur !== start && !(sibling = cur.nextSibling)) {
          cur = elements.pop() ?? null;
          blocks.pop();
          // Leaving a separate element: what follows in the block around it stands apart.
          const around = blocks[blocks.length - 1];
          if (separates.pop() && around) around.gap = true;
        }
        // A node removed while the walk was paused has no sibling, so the walk goes on after the
        // ancestor it had then (the content script rescans what was added meanwhile).
        next = cur && cur !== start ? sibling : null;
        if (!next && this.nextStart()) {
          start = this.start;
          next = this.node;
        }
      }
      node = next;
    }
    this.node = node;
    // Blocks before the first one still open are complete: joined now, their strings die young.
    let open = Infinity;
    for (const block of blocks) if (block.index >= 0 && block.index < open) open = block.index;
    this.texts.joinBefore(node === null ? Infinity : open);
    return node !== null;
  }

  /** Text met in `block`. */
  private text(block: OpenBlock, data: string) {
    if (!NON_SPACE.test(data)) {
      // Whitespace between inline elements separates words, once the block has text.
      if (data.length && block.index >= 0) this.texts.append(block.index, ' ');
      return;
    }
    if (block.index < 0) block.index = this.texts.open(block.where, this.listFor(block.where), data, block.heading);
    else {
      if (block.gap) this.texts.gap(block.index);
      this.texts.append(block.index, data);
    }
    block.gap = false;
  }

  /** The list a block's index refers to; none for a block kept as its element. */
  private listFor(where: Element | number): ElementList | null {
    return typeof where === 'number' ? this.list : null;
  }

  /** Record what an element is: a control, an image, a heading, a timer. */
  private element(el: Element, tag: string, where: Element | number): void {
    this.elementCount++;
    if (tag === 'INPUT') {
      const control = readControl(el as HTMLInputElement, this.labels);
      if (control) this.controls.push(control);
    } else if (tag === 'IMG') {
      // Described when a fact first asks (describeImages): reading three attributes of every
      // image here held their strings and wrappers through the scan.
      this.images.push(where, this.listFor(where));
    } else if (HEADING_TAGS.has(tag)) {
      this.headingEls.push(el);
    }
    if (el.hasAttributes() && el.matches(this.timerSelector)) this.timerElements.push(el);
  }
}

/** `a` and `b` joined by a space, leaving out an empty one (without an array per image). */
function joinPresent(a: string | null, b: string | null): string {
  return a ? (b ? `${a} ${b}` : a) : (b ?? '');
}

/** The images with something to say (alt, title or a file name), in page order. */
function describeImages(refs: ElementRefs): ImageInfo[] {
  const described: ImageInfo[] = [];
  for (let i = 0; i < refs.length; i++) {
    const element = refs.get(i) as Element;
    const description = joinPresent(
      joinPresent(element.getAttribute('alt'), element.getAttribute('title')),
      fileName(element.getAttribute('src')),
    );
    if (description) described.push({ element, description });
  }
  return described;
}

/** Subtrees to read: the given root(s), or the body (the whole page). */
export type SnapshotRoot = Element | readonly Element[] | null;

function newWalk(doc: Document, root: SnapshotRoot, paused: boolean, timers = TIMER_SELECTOR): SnapshotWalk {
  if (root === null || (Array.isArray(root) && root.length === 0)) {
    const start = doc.body ?? doc.documentElement;
    return new SnapshotWalk(doc, start ? [start] : [], false, paused, timers);
  }
  return new SnapshotWalk(doc, Array.isArray(root) ? root : [root as Element], true, paused, timers);
}

/**
 * Snapshot a whole document, or only `root` (an incremental rescan of a changed subtree; an
 * array: several changed subtrees read as one region, in the order given, so that one engine
 * run covers them all). One pass; hidden subtrees are rejected whole.
 */
export function takeSnapshot(doc: Document, options: SnapshotOptions = {}, root: SnapshotRoot = null): PageSnapshot {
  const walk = newWalk(doc, root, false, options.timerSelector);
  walk.step(Infinity);
  return finishSnapshot(doc, options, walk);
}

/** The same snapshot as takeSnapshot, read in slices: the slicer decides when to pause. */
export async function takeSnapshotSliced(
  doc: Document,
  options: SnapshotOptions,
  root: SnapshotRoot,
  slicer: TimeSlicer | null,
): Promise<PageSnapshot> {
  const walk = newWalk(doc, root, slicer !== null, options.timerSelector);
  try {
    while (walk.step(NODES_PER_CLOCK_CHECK)) {
      if (slicer?.due()) await slicer.pause();
    }
  } finally {
    // A page's nodes keep their observers alive: a walk that throws must not stay registered.
    walk.stopWatching();
  }
  // Labels are read later, by facts, which cannot pause, and only for boxes that arrive ticked
  // or forced (consent facts). Where there are such boxes, index the page's labels and read
  // theirs now, in slices (2,000 boxes on the 100k page: 20–35 ms in one go).
  const preset = walk.controls.filter((c) => c.checked || c.disabled);
  if (preset.length) {
    while (walk.prepareLabels(NODES_PER_CLOCK_CHECK)) {
      if (slicer?.due()) await slicer.pause();
    }
    for (let i = 0; i < preset.length; i++) {
      void (preset[i] as Control).label;
      if (i % LABELS_PER_CLOCK_CHECK === 0 && slicer?.due()) await slicer.pause();
    }
  }
  return finishSnapshot(doc, options, walk);
}

/** What a read of the page collected, besides the block texts. */
export interface SnapshotParts {
  joined: JoinedBlocks;
  controls: Control[];
  /** Every image read, described on first use. */
  images: ElementRefs;
  headingEls: Element[];
  timerElements: Element[];
  elementCount: number;
}

/** The snapshot over what a read collected: lazy meta, article markup and visibility. */
export function finishSnapshot(doc: Document, options: SnapshotOptions, walk: SnapshotParts): PageSnapshot {
  const { joined } = walk;
  const { offsets } = joined;
  const text = joined.joinedText;
  let headings: HeadingBlock[] = [];
  if (walk.headingEls.length) {
    // The heading blocks alone are looked up: asking every block for its element would wrap them all.
    const byElement = new Map<Element, number>(joined.headingBlocks.map((b) => [joined.elementOf(b) as Element, b]));
    headings = walk.headingEls.map((el) => {
      const block = byElement.get(el);
      return block === undefined
        ? { element: el, text: collapse(el.textContent ?? '') }
        : { element: el, text: joined.textOf(block, text), block };
    });
  }

  const computed = options.visibility === 'computed';
  const visibility = new Map<Element, boolean>();
  /** Per block: 0 not checked yet, 1 visible, 2 hidden. */
  const blockVisibility = computed ? new Int8Array(joined.count) : null;
  let meta: Record<string, string> | undefined;
  let articleMarkup: boolean | undefined;
  let markup: PageMarkup | undefined;
  let images: ImageInfo[] | undefined;

  return {
    url: options.url ?? doc.URL ?? '',
    title: collapse(doc.title ?? ''),
    get meta() {
      return (meta ??= (markup ??= readPageMarkup(doc)).meta);
    },
    set meta(value) {
      meta = value;
    },
    get articleMarkup() {
      return (articleMarkup ??= (markup ??= readPageMarkup(doc)).articleMarkup);
    },
    set articleMarkup(value) {
      articleMarkup = value;
    },
    blockCount: joined.count,
    gaps: joined.gaps,
    blockText: (i) => joined.textOf(i, text),
    blockElement: (i) => joined.elementOf(i),
    text,
    offsets,
    controls: walk.controls,
    headings,
    get images() {
      return (images ??= describeImages(walk.images));
    },
    timerElements: walk.timerElements,
    elementCount: walk.elementCount,
    isVisible(element) {
      if (!computed) return true;
      let known = visibility.get(element);
      if (known === undefined) {
        known = computedVisibility(element);
        visibility.set(element, known);
      }
      return known;
    },
    blockVisible(i) {
      if (!blockVisibility || i < 0 || i >= blockVisibility.length) return true;
      let known = blockVisibility[i];
      if (!known) {
        const element = joined.elementOf(i);
        known = element && !computedVisibility(element) ? 2 : 1;
        blockVisibility[i] = known;
      }
      return known === 1;
    },
    blockAt(at) {
      let lo = 0;
      let hi = offsets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((offsets[mid] ?? 0) <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
