// Chromium helpers that look at Mingbai's in-page UI through the DevTools protocol.
import type { CDPSession, Page } from 'playwright-core';
import {
  boxOf,
  clickNode,
  dialogNodes,
  markerNodes,
  openInspector,
  readUiAccessibility,
  type AxNode,
  type UiAccessibility,
} from '../harness/closed-shadow';
import { markerNamePattern } from '../harness/mingbai-text';
import { waitUntil } from '../harness/wait-until';

export interface UiView {
  page: Page;
  cdp: CDPSession;
  read(): Promise<UiAccessibility>;
  /**
   * Waits until at least `min` markers are shown and announced. Markers of evidence outside the
   * viewport are hidden until it scrolls into view, so this scrolls down the page like a reader.
   */
  markers(min?: number, timeoutMs?: number): Promise<AxNode[]>;
  /** Tag of the element `document.elementFromPoint` finds at a node's centre (a host, for our UI). */
  tagAtCentre(backendNodeId: number): Promise<string>;
  /** Of the given markers, the first whose centre is not covered by anything else (after scrolling to it). */
  clickableMarker(markers: AxNode[]): Promise<AxNode>;
  /** Clicks a marker at the centre of its box and waits for its popover; returns the UI's text. */
  openPopover(marker: AxNode): Promise<string>;
  /** Opens every fold of the open popover (details, sources, 这不对), as a reader would; returns the UI's text. */
  openFolds(): Promise<string>;
  close(): Promise<void>;
}

const expanded = (n: AxNode) => n.properties?.some((p) => p.name === 'expanded' && p.value.value === true) === true;

export async function viewUi(page: Page): Promise<UiView> {
  const cdp = await openInspector(page);
  const namePattern = markerNamePattern();
  const read = () => readUiAccessibility(cdp);
  const tagAtCentre = async (backendNodeId: number) => {
    const box = await boxOf(cdp, backendNodeId);
    return page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName.toLowerCase() ?? '', [box.cx, box.cy] as const);
  };
  const hostTagOf = async (node: AxNode) => (await read()).hosts.find((h) => h.inside.has(node.backendDOMNodeId!))?.tag;
  return {
    page,
    cdp,
    read,
    tagAtCentre,
    async markers(min = 1, timeoutMs = 15_000) {
      await page.evaluate(() => window.scrollTo(0, 0));
      return waitUntil(
        async () => {
          const found = markerNodes(await read(), namePattern);
          if (found.length >= min) return found;
          const atEnd = await page.evaluate(() => {
            const end = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
            window.scrollBy(0, Math.round(window.innerHeight * 0.6));
            return end;
          });
          if (atEnd) await page.evaluate(() => window.scrollTo(0, 0));
          return undefined;
        },
        { what: `${min}+ Mingbai markers on ${page.url()}`, timeoutMs, intervalMs: 250 },
      );
    },
    async clickableMarker(markers) {
      for (const marker of markers) {
        await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: marker.backendDOMNodeId! });
        const own = await hostTagOf(marker);
        // Positions settle a frame after scrolling; give each marker a moment.
        const ok = await waitUntil(async () => (await tagAtCentre(marker.backendDOMNodeId!)) === own, {
          what: 'marker on top',
          timeoutMs: 1_000,
        }).catch(() => false);
        if (ok) return marker;
      }
      throw new Error(`none of ${markers.length} markers can be clicked: each is covered by something else`);
    },
    async openPopover(marker) {
      await clickNode(page, cdp, marker.backendDOMNodeId!);
      return waitUntil(
        async () => {
          const ui = await read();
          return dialogNodes(ui).length > 0 && ui.text.length > 0 ? ui.text : undefined;
        },
        { what: 'a popover (role=dialog) after clicking a marker', timeoutMs: 5_000 },
      );
    },
    async openFolds() {
      for (let i = 0; i < 8; i++) {
        const fold = (await read()).nodes.find((n) => n.role?.value === 'DisclosureTriangle' && !expanded(n));
        if (!fold) break;
        await clickNode(page, cdp, fold.backendDOMNodeId!);
        await waitUntil(
          async () => ((await read()).nodes.some((n) => n.nodeId === fold.nodeId && !expanded(n)) ? undefined : true),
          { what: 'a fold to open' },
        );
      }
      return (await read()).text;
    },
    close: () => cdp.detach().catch(() => undefined),
  };
}

/** How many of Mingbai's markers the page shows now, read through the closed shadow roots. */
export async function markerCount(page: Page): Promise<number> {
  const ui = await viewUi(page);
  try {
    return markerNodes(await ui.read(), markerNamePattern()).length;
  } finally {
    await ui.close();
  }
}
