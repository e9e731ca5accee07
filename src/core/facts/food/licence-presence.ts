// How the licence is shown when no number can be read: as a picture (营业执照.jpg, alt
// "食品经营许可证"), or behind a 商家资质 tab/link. Both mean "shown, but we cannot check it".
import type { ImageInfo, PageSnapshot } from '../../read/snapshot';

const LICENCE_IMAGE = /营业执照|食品经营许可|经营许可证|许可证|商家资质|资质|证照|licen[cs]e|xukezheng|xkz|yyzz|zhizhao|spjy|zizhi/i;
const LICENCE_SECTION = /商家资质|营业资质|资质信息|证照信息|经营资质|食品安全档案|营业执照|食品经营许可证/;
const CLICKABLE = 'a, button, [role="tab"], [role="button"], [onclick]';

export const licenceImages = (snapshot: PageSnapshot): ImageInfo[] =>
  snapshot.images.filter((img) => LICENCE_IMAGE.test(img.description));

/** Blocks that title or open the licence section (a heading, a tab, a link "查看商家资质"). */
export function licenceSectionBlocks(snapshot: PageSnapshot): number[] {
  const found: number[] = [];
  for (let i = 0; i < snapshot.blockCount; i++) {
    const text = snapshot.blockText(i);
    if (text.length <= 30 && LICENCE_SECTION.test(text)) found.push(i);
  }
  return found;
}

/** A short block naming the licence section that is, or holds, a link or tab. */
export function isLicenceLink(snapshot: PageSnapshot, block: number): boolean {
  const el = snapshot.blockElement(block);
  if (!el) return false;
  return Boolean(el.closest(CLICKABLE) || el.querySelector(CLICKABLE));
}
