import { describe, expect, it } from 'vitest';
import { hasHiddenAncestor, takeSnapshot, takeSnapshotSliced } from '../../../src/core/read/snapshot';
import { BLOCK_TAGS, collapse, fileName, isHiddenByMarkup } from '../../../src/core/read/snapshot-markup';
import { markOwnUi } from '../../../src/core/read/own-ui';
import { seededRandom } from '../../bench/generate-page';
import { blocksOf } from './snapshot-blocks';

function doc(html: string): Document {
  document.documentElement.innerHTML = `<head><title>t</title></head><body>${html}</body>`;
  return document;
}

describe('takeSnapshot', () => {
  it('joins inline children of one block, so split values read as one phrase', () => {
    const s = takeSnapshot(doc('<div class="rate"><span>日息</span><em>0.02%</em></div><p>第二段</p>'));
    expect(blocksOf(s).map(([, text]) => text)).toEqual(['日息0.02%', '第二段']);
    expect(s.text).toBe('日息0.02%\n第二段');
    expect(Array.from(s.offsets)).toEqual([0, 8]);
    expect(s.blockAt(9)).toBe(1);
    expect(s.blockAt(3)).toBe(0);
  });

  it('leaves out hidden, aria-hidden, display:none, script and style content', () => {
    const s = takeSnapshot(
      doc(`<p>看得见</p>
        <p hidden>hidden属性</p>
        <div aria-hidden="true"><p>aria隐藏</p></div>
        <div style="display: none"><p>内联隐藏</p></div>
        <div style="color:red;visibility:hidden">不可见</div>
        <script>var x = "脚本"</script><style>.a{}</style><noscript>无脚本</noscript>`),
    );
    expect(s.text).toBe('看得见');
  });

  it('checks CSS visibility lazily in computed mode', () => {
    const d = doc('<style>.gone{display:none}</style><p class="gone">样式隐藏</p><p id="v">可见</p>');
    const s = takeSnapshot(d, { visibility: 'computed' });
    const gone = d.querySelector('.gone')!;
    expect(s.isVisible(gone)).toBe(false);
    expect(s.isVisible(d.getElementById('v')!)).toBe(true);
    expect(takeSnapshot(d).isVisible(gone)).toBe(true); // attributes mode trusts markup only
    // By block index too (the matcher's question), remembered without holding the element.
    expect([s.blockVisible(0), s.blockVisible(1), s.blockVisible(0), s.blockVisible(9)]).toEqual([false, true, false, true]);
    expect(takeSnapshot(d).blockVisible(0)).toBe(true);
  });

  it('reads checkboxes with their labels and checked state', () => {
    const s = takeSnapshot(
      doc(`<form>
        <label><input type="checkbox" checked> 同意开通会员</label>
        <input type="checkbox" id="b"><label for="b">记住我</label>
        <input type="radio" aria-label="选项A" checked>
        <input type="checkbox" checked disabled required><span>保障服务</span>
        <input type="hidden" value="x"></form>`),
    );
    expect(s.controls.map((c) => [c.type, c.checked, c.label])).toEqual([
      ['checkbox', true, '同意开通会员'],
      ['checkbox', false, '记住我'],
      ['radio', true, '选项A'],
      ['checkbox', true, '保障服务'],
    ]);
    expect(s.controls[3]).toMatchObject({ disabled: true, required: true });
  });

  it('collects images, headings, timers, meta and article markup', () => {
    const d = doc(`<h1>老北京炸酱面</h1><img src="/img/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.jpg?x=1" alt="">
      <div class="countdown-box">23:59:59</div><article><time>2026-01-01</time></article>`);
    d.head.insertAdjacentHTML('beforeend', '<meta name="description" content="描述">');
    const s = takeSnapshot(d);
    expect(s.headings.map((h) => h.text)).toEqual(['老北京炸酱面']);
    expect(s.images[0]?.description).toBe('营业执照.jpg');
    expect(s.timerElements).toHaveLength(1);
    expect(s.meta.description).toBe('描述');
    expect(s.articleMarkup).toBe(true);
  });

  it('reads meta tags and news markup in one query, each way a page marks an article', () => {
    const markupOf = (head: string, body: string) => {
      const d = doc(body);
      d.head.insertAdjacentHTML('beforeend', head);
      const s = takeSnapshot(d);
      return { meta: s.meta, article: s.articleMarkup };
    };
    // The first of each name wins; itemprop meta tags in the body count; values are cut at 500.
    const long = '长'.repeat(600);
    const first = markupOf(
      `<meta name="Description" content="一"><meta name="description" content="二"><meta property="og:title" content="${long}">`,
      '<div itemscope><meta itemprop="price" content="99"></div>',
    );
    expect(first.meta).toEqual({ description: '一', 'og:title': '长'.repeat(500), price: '99' });
    expect(first.article).toBe(false);
    expect(markupOf('<meta property="og:type" content="Article">', '<p>x</p>').article).toBe(true);
    expect(markupOf('<meta name="pubdate" content="2026-01-01">', '<p>x</p>').article).toBe(true);
    expect(markupOf('', '<div itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></div>').article).toBe(true);
    // Linked data: a product first does not hide a news article after it.
    const ld = (type: string) => `<script type="application/ld+json">{"@type": "${type}"}</script>`;
    expect(markupOf(ld('Product'), '<p>x</p>').article).toBe(false);
    expect(markupOf(ld('Product') + ld('NewsArticle'), '<p>x</p>').article).toBe(true);
    expect(markupOf('', '<article><p>x</p></article><time>2026</time>').article).toBe(false);
  });

  it('snapshots only a subtree, and nothing under a hidden ancestor', () => {
    const d = doc('<p>外面</p><div id="r"><p>里面</p></div><div hidden><div id="h"><p>藏</p></div></div>');
    expect(takeSnapshot(d, {}, d.getElementById('r')).text).toBe('里面');
    expect(takeSnapshot(d, {}, d.getElementById('h')).text).toBe('');
  });

  it("skips the extension's own UI hosts, known by identity", () => {
    const d = doc('<p>页面</p><mingbai-marker data-mingbai-ui><p>提醒</p></mingbai-marker>');
    markOwnUi(d.querySelector('mingbai-marker')!);
    expect(takeSnapshot(d).text).toBe('页面');
  });

  it("reads a page's own element that copies the UI attribute: a page cannot hide its text from the scan", () => {
    const d = doc('<p>页面</p><div data-mingbai-ui><p>需先缴纳20%保证金</p></div><span data-mingbai-ui>不看征信</span>');
    expect(takeSnapshot(d).text).toBe('页面\n需先缴纳20%保证金\n不看征信');
    expect(hasHiddenAncestor(d.querySelector('div[data-mingbai-ui] p')!)).toBe(false);
  });
});

/**
 * The walk reads a leaf's text in one call and keeps its own ancestor stack. This reference
 * reads the same markup the plain way, one child node at a time, so the two can be compared on
 * random pages.
 */
function referenceBlocks(body: Element): Array<[Element, string]> {
  const order: Element[] = [];
  const pieces = new Map<Element, string[]>();
  const visit = (parent: Element, block: Element) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        const list = pieces.get(block);
        if (/\S/.test(data)) {
          if (list) list.push(data);
          else {
            pieces.set(block, [data]);
            order.push(block);
          }
        } else if (data && list) list.push(' ');
      } else if (child.nodeType === Node.ELEMENT_NODE && !isHiddenByMarkup(child as Element)) {
        visit(child as Element, BLOCK_TAGS.has((child as Element).tagName) ? (child as Element) : block);
      }
    }
  };
  visit(body, body);
  return order.map((el) => [el, collapse((pieces.get(el) ?? []).join(''))] as [Element, string]).filter(([, text]) => text);
}

/** Random markup: blocks, inline elements, leaves, bare whitespace, comments, hidden parts. */
function randomMarkup(rnd: () => number, depth: number): string {
  const words = ['日息', '0.02%', '免息', '同意', ' ', '  \n ', '会员', 'a b', '\u00a0', '条款'];
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const out: string[] = [];
  const n = 1 + Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) {
    const r = rnd();
    if (depth <= 0 || r < 0.3) out.push(pick(words));
    else if (r < 0.35) out.push('<!-- 注释 -->');
    else if (r < 0.4) out.push(`<span hidden>藏${pick(words)}</span>`);
    else if (r < 0.43) out.push(`<script>var x = "脚本"</script>`);
    else if (r < 0.46) out.push(`<input type="checkbox"${rnd() < 0.5 ? ' checked' : ''}>`);
    else if (r < 0.49) out.push('<br>');
    else if (r < 0.51) out.push(`<img alt="${pick(words)}" src="/i/${Math.floor(rnd() * 9)}.png">`);
    else {
      const tag = pick(['div', 'p', 'li', 'span', 'em', 'b', 'a', 'td', 'label', 'h2', 'i', 'strong', 'x-tag', 'time']);
      // Attributes that make an inline element special to the walk, and some that do not.
      const attr = pick([
        '',
        '',
        '',
        '',
        ' style="display:none"',
        ' style="color:red"',
        ' aria-hidden="true"',
        ' class="count-down"',
        ' id="Timer1"',
        ' class="price"',
      ]);
      out.push(`<${tag}${attr}>${randomMarkup(rnd, depth - 1)}</${tag}>`);
    }
  }
  return out.join('');
}

describe('the walk against a node-by-node reading', () => {
  it('gives the same blocks, texts, controls, images, timers and headings on random pages', async () => {
    const rnd = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const d = doc(randomMarkup(rnd, 5));
      const s = takeSnapshot(d);
      expect(blocksOf(s)).toEqual(referenceBlocks(d.body));
      const shown = Array.from(d.body.querySelectorAll('*')).filter((el) => !hasHiddenAncestor(el));
      expect(s.elementCount).toBe(1 + shown.length);
      expect(s.controls.map((c) => c.element)).toEqual(shown.filter((el) => el.tagName === 'INPUT'));
      expect(s.images.map((i) => i.element)).toEqual(shown.filter((el) => el.tagName === 'IMG'));
      expect(s.timerElements).toEqual(shown.filter((el) => /count-?down|timer/i.test(`${el.id} ${el.className}`)));
      expect(s.headings.map((h) => h.element)).toEqual(shown.filter((el) => el.tagName === 'H2'));
      // A sliced walk keeps blocks as indices into the page's element list: the same elements.
      const sliced = await takeSnapshotSliced(d, {}, null, { due: () => true, pause: async () => {} });
      expect(blocksOf(sliced)).toEqual(blocksOf(s));
      expect(sliced.headings).toEqual(s.headings);
    }
  });

  it('joins blocks in the same order when outer blocks stay open across many slices', async () => {
    // A sliced walk joins blocks as soon as no earlier block is open. Outer blocks with text
    // before and after hundreds of nodes stay open over many 256-node steps.
    const rnd = seededRandom(11);
    for (let round = 0; round < 12; round++) {
      const inner = Array.from({ length: 40 }, () => `<div>${randomMarkup(rnd, 4)}</div>`).join('');
      const d = doc(`前言<section>开头${inner}<p>中间</p>${inner}结尾</section><div>${inner}</div>后记`);
      expect(d.body.querySelectorAll('*').length).toBeGreaterThan(600);
      let pauses = 0;
      const sliced = await takeSnapshotSliced(d, {}, null, { due: () => true, pause: async () => void pauses++ });
      expect(pauses).toBeGreaterThan(2);
      expect(blocksOf(sliced)).toEqual(referenceBlocks(d.body));
      const texts = blocksOf(sliced).map(([, text]) => text);
      expect(sliced.text).toBe(texts.join('\n'));
      expect(Array.from(sliced.offsets)).toEqual(texts.map((_, i) => texts.slice(0, i).join('\n').length + (i ? 1 : 0)));
    }
  });
});

describe('fileName', () => {
  it('takes the last path segment before any query or fragment, decoded', () => {
    expect(fileName('https://img.test/a/b/%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.jpg?x=1#y')).toBe('营业执照.jpg');
    expect(fileName('/licence.png#top?no')).toBe('licence.png');
    expect(fileName('photo.jpg')).toBe('photo.jpg');
    expect(fileName('https://img.test/dir/')).toBe('');
    expect(fileName('?only=query')).toBe('');
    expect(fileName('bad%E8.png')).toBe('bad%E8.png');
    expect(fileName(null)).toBe('');
  });
});
