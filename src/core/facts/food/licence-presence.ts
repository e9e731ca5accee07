// How the licence is shown when no number can be read: as a picture (营业执照.jpg, alt
// "食品经营许可证"), or behind a 商家资质 tab/link. Both mean "shown, but we cannot check it".
import type { ImageInfo, PageSnapshot } from '../../read/snapshot';
import type { FoodGrammar } from './food-grammar';

const CLICKABLE = 'a, button, [role="tab"], [role="button"], [onclick]';

export const licenceImages = (snapshot: PageSnapshot, food: FoodGrammar): ImageInfo[] =>
  snapshot.images.filter((img) => food.licenceImage.test(img.description));

/** Blocks that title or open the licence section (a heading, a tab, a link "查看商家资质"). */
export function licenceSectionBlocks(snapshot: PageSnapshot, food: FoodGrammar): number[] {
  const found: number[] = [];
  for (let i = 0; i < snapshot.blockCount; i++) {
    const text = snapshot.blockText(i);
    if (text.length <= 30 && food.licenceSection.test(text)) found.push(i);
  }
  return found;
}

/** A short block naming the licence section that is, or holds, a link or tab. */
export function isLicenceLink(snapshot: PageSnapshot, block: number): boolean {
  const el = snapshot.blockElement(block);
  if (!el) return false;
  return Boolean(el.closest(CLICKABLE) || el.querySelector(CLICKABLE));
}
