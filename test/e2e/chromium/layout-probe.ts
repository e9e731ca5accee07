// Where Mingbai's UI sits against the page's own words, in Chromium: the boxes of the markers
// and the banner (read inside their closed shadow roots through the DevTools protocol) and the
// line boxes of every page text node (Range.getClientRects), all in viewport coordinates.
import type { Page } from 'playwright-core';
import { boxOf, markerNodes, type AxNode, type Box } from '../harness/closed-shadow';
import { contentText, markerNamePattern } from '../harness/mingbai-text';
import { readPageTextRects, type TextRect } from '../harness/page-text-rects';
import type { UiView } from './ui-probe';

export type { TextRect };

/** Line boxes of the page's visible text (not ours), in viewport coordinates. */
export function pageTextRects(page: Page): Promise<TextRect[]> {
  return page.evaluate(readPageTextRects);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Overlap larger than a pixel each way (sub-pixel rounding between line boxes is not covering). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 1 && h > 1 ? w * h : 0;
}

export interface OurBox extends Box {
  what: string;
}

/** Markers and the banner's box; markers are named by their accessible names. */
export async function ourBoxes(
  ui: UiView,
): Promise<{ markers: Array<OurBox & { node: AxNode }>; banner: OurBox | null; bannerText: string }> {
  const read = await ui.read();
  const markers = [];
  for (const node of markerNodes(read, markerNamePattern()))
    markers.push({ ...(await boxOf(ui.cdp, node.backendDOMNodeId!)), what: `marker "${node.name?.value}"`, node });
  const bannerNode = read.nodes.find((n) => n.name?.value === contentText('content_bannerLabel'));
  const banner = bannerNode ? { ...(await boxOf(ui.cdp, bannerNode.backendDOMNodeId!)), what: 'banner' } : null;
  const bannerText = read.hosts.find((h) => h.tag === 'mingbai-page-banner')?.text ?? '';
  return { markers, banner, bannerText };
}

/** "3 个风险 · 6 处" in the banner, as numbers. */
export function bannerCount(text: string): { risks: number; places: number } | null {
  const m = /(\d+) 个风险 · (\d+) 处/.exec(text);
  return m ? { risks: Number(m[1]), places: Number(m[2]) } : null;
}
