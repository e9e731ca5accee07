// The shop's own name: a value labelled 店铺名称/商家名称, else the page's <h1>, else the first
// part of the title, else another heading ("老北京炸酱面（望京店）- 外卖点餐 - 某平台").
import type { PageSnapshot } from '../../read/snapshot';
import type { LabelledValue } from './licence-fields';

export interface ShopName {
  name: string;
  /** Where the name is shown, when it is on the page (not only in the title). */
  block?: number;
}

// Headings that name a section, not the shop.
const SECTION_HEADING = /商家资质|营业执照|许可证|资质|商家信息|店铺信息|评价|菜单|购物车|公告|热销|推荐|优惠|登录|注册|全部商品|商品|点餐/;
const TITLE_SEPARATOR = /\s[-|_—–]\s|[|｜_]|\s—\s/;
const MAX_NAME = 40;
const TITLE_FILLER = /外卖|点餐|订餐|美团|饿了么|平台|首页|官网/;

const plausible = (s: string) => s.length >= 2 && s.length <= MAX_NAME && !SECTION_HEADING.test(s);

export function findShopName(snapshot: PageSnapshot, values: readonly LabelledValue[]): ShopName | null {
  const labelled = values.find((v) => v.field === 'shopName' && plausible(v.value));
  if (labelled) return { name: labelled.value, block: labelled.block };
  const h1 = snapshot.headings.find((h) => h.element.tagName === 'H1' && plausible(h.text));
  if (h1) return { name: h1.text, block: h1.block };
  // "美团外卖 - 老北京炸酱面": skip the parts that name the platform or the service.
  const fromTitle =
    (snapshot.meta['og:title'] ?? snapshot.title)
      .split(TITLE_SEPARATOR)
      .map((part) => part.trim())
      .find((part) => part && !TITLE_FILLER.test(part)) ?? '';
  if (plausible(fromTitle)) return { name: fromTitle };
  // Lower headings last: on a shop page they are more often dishes than the shop.
  const other = [...snapshot.headings].sort((a, b) => Number(a.element.tagName.slice(1)) - Number(b.element.tagName.slice(1))).find((h) => plausible(h.text));
  return other ? { name: other.text, block: other.block } : null;
}
