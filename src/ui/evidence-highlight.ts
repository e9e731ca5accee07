// "看看在哪里": scroll the evidence fully into view and ring it for a few seconds, so the reader
// sees which words the warning means. The ring is a border drawn around the element's box (in
// its own host, under the markers), never a fill over the words.
import { el } from './dom-build';
import { createUiHost, UI_LAYER, type UiHost } from './ui-host';

export const HIGHLIGHT_HOST_TAG = 'mingbai-evidence-highlight';
const SHOW_MS = 6_000;
const GAP = 4;

const CSS = `
.ring { position: absolute; top: 0; left: 0; pointer-events: none; box-sizing: border-box;
  border: 4px solid #1A56DB; border-radius: 6px; box-shadow: 0 0 0 3px #FFF, 0 0 0 8px rgba(26,86,219,.35); }
@media (prefers-reduced-motion: no-preference) { .ring { animation: pulse 1s ease-in-out 3; } }
@keyframes pulse { 50% { box-shadow: 0 0 0 3px #FFF, 0 0 0 14px rgba(26,86,219,.15); } }
`;

class EvidenceHighlight {
  private ui: UiHost | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly doc: Document) {}

  show(element: Element, smooth: boolean): void {
    this.remove();
    const view = this.doc.defaultView;
    const tall = element.getBoundingClientRect().height > (view?.innerHeight ?? 0) * 0.8;
    element.scrollIntoView({ block: tall ? 'start' : 'center', behavior: smooth ? 'smooth' : 'auto' });
    // Document coordinates: the host sits at the document's origin and scrolls with it.
    const r = element.getBoundingClientRect();
    const x = r.left + (view?.scrollX ?? 0) - GAP;
    const y = r.top + (view?.scrollY ?? 0) - GAP;
    const ui = createUiHost(
      this.doc,
      HIGHLIGHT_HOST_TAG,
      CSS,
      { position: 'absolute', top: '0', left: '0', width: '0', height: '0', overflow: 'visible' },
      UI_LAYER.banner,
    );
    const ring = el(this.doc, 'div', { className: 'ring', attrs: { 'data-highlight': '' } });
    ring.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    ring.style.width = `${Math.round(r.width + 2 * GAP)}px`;
    ring.style.height = `${Math.round(r.height + 2 * GAP)}px`;
    ui.shadow.append(ring);
    this.ui = ui;
    this.timer = setTimeout(() => this.remove(), SHOW_MS);
  }

  remove(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.ui?.remove();
    this.ui = null;
  }
}

const perDocument = new WeakMap<Document, EvidenceHighlight>();

export function evidenceHighlight(doc: Document): EvidenceHighlight {
  let highlight = perDocument.get(doc);
  if (!highlight) perDocument.set(doc, (highlight = new EvidenceHighlight(doc)));
  return highlight;
}
