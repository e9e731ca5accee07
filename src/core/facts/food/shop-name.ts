// The shop's own name: a value labelled 店铺名称/商家名称, else the page's <h1>, else the first
// part of the title, else another heading ("老北京炸酱面（望京店）- 外卖点餐 - 某平台").
import type { PageSnapshot } from '../../read/snapshot';
import type { FoodGrammar } from './food-grammar';
import type { LabelledValue } from './licence-fields';

export interface ShopName {
  name: string;
  /** Where the name is shown, when it is on the page (not only in the title). */
  block?: number;
}

const TITLE_SEPARATOR = /\s[-|_—–]\s|[|｜_]|\s—\s/;
const MAX_NAME = 40;

export function findShopName(snapshot: PageSnapshot, values: readonly LabelledValue[], food: FoodGrammar): ShopName | null {
  // Headings that name a section (商家资质, 菜单 …) are not the shop's name.
  const plausible = (s: string) => s.length >= 2 && s.length <= MAX_NAME && !food.sectionHeading.test(s);
  const labelled = values.find((v) => v.field === 'shopName' && plausible(v.value));
  if (labelled) return { name: labelled.value, block: labelled.block };
  const h1 = snapshot.headings.find((h) => h.element.tagName === 'H1' && plausible(h.text));
  if (h1) return { name: h1.text, block: h1.block };
  // "美团外卖 - 老北京炸酱面": skip the parts that name the platform or the service.
  const fromTitle =
    (snapshot.meta['og:title'] ?? snapshot.title)
      .split(TITLE_SEPARATOR)
      .map((part) => part.trim())
      .find((part) => part && !food.titleFiller.test(part)) ?? '';
  if (plausible(fromTitle)) return { name: fromTitle };
  // Lower headings last: on a shop page they are more often dishes than the shop.
  const other = [...snapshot.headings]
    .sort((a, b) => Number(a.element.tagName.slice(1)) - Number(b.element.tagName.slice(1)))
    .find((h) => plausible(h.text));
  return other ? { name: other.text, block: other.block } : null;
}
