// What the read stage hands on: the page as joined text with offsets, plus its form controls,
// headings and images. Types only; snapshot.ts builds it.

/** A heading, with the index of its own block when it has one. */
export interface HeadingBlock {
  readonly element: Element;
  readonly text: string;
  block?: number;
}

export interface Control {
  element: HTMLInputElement;
  type: 'checkbox' | 'radio';
  checked: boolean;
  required: boolean;
  disabled: boolean;
  label: string;
}

export interface ImageInfo {
  element: Element;
  /** alt, title and the file name of src, joined: enough to recognise a licence picture. */
  description: string;
}

export interface PageSnapshot {
  url: string;
  title: string;
  /** Read on first use (a rescan of a small region that never needs it does not pay for it). */
  meta: Record<string, string>;
  /**
   * The page's text blocks. A block has no object of its own (on a 100k-element page they were
   * most of what a scan held): ask for its text and element by index.
   */
  blockCount: number;
  /** Block `i`'s text; '' past the end. */
  blockText(i: number): string;
  /** Block `i`'s element; undefined past the end. */
  blockElement(i: number): Element | undefined;
  /** All block texts joined by "\n"; offsets[i] is where block i starts. */
  text: string;
  offsets: ArrayLike<number>;
  /**
   * Offsets in `text`, ascending, where a block's text runs from one separate element into
   * another (its text resumes after a nested block; a label, a field or a picture sits in the
   * sentence). Matching reads across them; quotes mark them (facts/evidence-snippet.ts).
   * Absent: none known.
   */
  gaps?: ArrayLike<number>;
  controls: Control[];
  headings: HeadingBlock[];
  images: ImageInfo[];
  /** Elements whose class or id names a countdown or timer. */
  timerElements: Element[];
  /** og:type=article, NewsArticle markup or an <article> with a <time>: news-like structure. Read on first use. */
  articleMarkup: boolean;
  elementCount: number;
  /** Layout-aware visibility, checked lazily and only for elements that carry evidence. */
  isVisible(element: Element): boolean;
  /**
   * isVisible of block `i`'s element (true when it has none), remembered by index: the matcher
   * asks for every block with a hit, and remembering by element would hold their wrappers.
   */
  blockVisible(i: number): boolean;
  /** Index of the block containing text offset `at`. */
  blockAt(at: number): number;
}
