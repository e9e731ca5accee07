// Whether our UI may move the page's own layout to make room for itself (0017), or must lie over
// it (0024). Moving the content of a page makes Chromium redo its paint properties for every
// element that moved, in the next frame: 30–50 ms at 10k elements and 270–300 ms at 100k on the
// bench machine (what-we-tried.md, issue 19). Past the limit, one frozen frame costs more than
// the cover a one-line banner and a marker at the end of a line cause.
export const ROOM_LIMIT_ELEMENTS = 8000;

/** 'room': the banner pushes the page down and markers get a slot in the text; 'overlay': neither. */
export type UiLayout = 'room' | 'overlay';

export function uiLayoutFor(doc: Document): UiLayout {
  // Only whether there is an element past the limit: walking to it costs the same on any page,
  // where counting them all (the collection's length) took 25–100 ms on a 100k-element page.
  return doc.getElementsByTagName('*').item(ROOM_LIMIT_ELEMENTS) === null ? 'room' : 'overlay';
}
