// Benign noise around the page's content: neutral paragraphs, a nav bar, a footer with ICP
// filing numbers, empty divs, in random places among the page's sections. None of it uses any
// word of the packs (metamorphic.test checks that), so it cannot add or remove a finding.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { describeElement, movableChildren, sectionContainers, serialize } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

export const NEUTRAL_PARAGRAPHS = [
  '本页面适配手机和电脑浏览。',
  '天气转凉，出门记得多穿一件衣服。',
  '欢迎把本站推荐给身边的朋友。',
  '图片仅作展示，颜色以实际收到的为准。',
  '周末愉快！',
  '如页面显示不全，请刷新后重试。',
  '本站部分字体由系统提供。',
] as const;

export const NAV_LINKS = ['首页', '帮助中心', '关于我们', '联系我们', '网站地图', '意见反馈'] as const;

const digits = (choose: Chooser, n: number) => Array.from({ length: n }, () => String(choose.below(10))).join('');

/** One piece of noise as HTML (text only from the lists above, digits only in ICP numbers). */
function noise(choose: Chooser): { html: string; what: string } {
  switch (choose.below(4)) {
    case 0:
      return { html: '<div></div>', what: 'empty div' };
    case 1: {
      const text = choose.pick(NEUTRAL_PARAGRAPHS);
      return { html: `<p>${text}</p>`, what: `paragraph ${text}` };
    }
    case 2: {
      const links = NAV_LINKS.slice(0, 2 + choose.below(NAV_LINKS.length - 1));
      return {
        html: `<nav>${links.map((l, i) => `<a href="/n${i}">${l}</a>`).join(' | ')}</nav>`,
        what: `nav ${links.join('|')}`,
      };
    }
    default: {
      const icp = `沪ICP备${digits(choose, 8)}号-${1 + choose.below(9)}`;
      const police = `沪公网安备${digits(choose, 14)}号`;
      return {
        html: `<footer><p>© 2026 版权所有</p><p><a href="https://beian.miit.gov.cn/">${icp}</a> ${police}</p></footer>`,
        what: `footer ${icp} ${police}`,
      };
    }
  }
}

export const benignNoise: Transformation = {
  id: 'benign-noise',
  relation: 'same',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const doc = parseFixture(fixture);
    const edits: string[] = [];
    const containers = sectionContainers(doc);
    if (!containers.length) return { html: serialize(doc), doc, edits };
    const pieces = 1 + choose.below(6);
    for (let i = 0; i < pieces; i++) {
      const container = choose.pick(containers);
      const kids = movableChildren(container);
      const at = choose.below(kids.length + 1);
      const { html, what } = noise(choose);
      const holder = doc.createElement('template');
      holder.innerHTML = html;
      const node = holder.content.firstElementChild as Element;
      const next = kids[at];
      if (next) next.before(node);
      else container.append(node);
      edits.push(`${what} in ${describeElement(container)} at ${at}`);
    }
    return { html: serialize(doc), doc, edits };
  },
};
