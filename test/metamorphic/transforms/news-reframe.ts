// The page quoted in a news report or police warning: a headline, a byline, a publication time,
// then "某网站宣称：" and the page's visible text in a <blockquote>, then the warning. A story
// that quotes a lure is not an offer: it must be kind `other` with no loan.*, food.* or
// training.* finding. The story is scanned at a news site's address, not at the quoted site's.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import { isHidden } from '../harness/page-text';
import type { Transformation, Variant } from '../harness/transformation';

const HEADLINES = ['警方提醒：警惕这类网页', '记者调查：这类网页背后有陷阱', '消费提示：遇到这样的宣传要当心'] as const;
const BYLINES = [
  '记者 张三 来源：某某日报 责任编辑：李四',
  '本报记者 王五 通讯员 赵六 来源：某某晚报',
  '来源：某某市公安局反诈中心 编辑：陈七',
] as const;
const CLOSINGS = [
  '警方提醒：如遇可疑情况，请拨打110或96110反诈专线咨询。',
  '市场监管部门提醒消费者：保存好聊天记录和付款凭证，遇到纠纷可拨打12315投诉。',
] as const;
export const NEWS_URL = 'https://news.example.cn/shehui/2026-05-20/8848.html';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'IFRAME', 'SVG']);
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'CITE',
  'CODE',
  'DATA',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INPUT',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
]);

/** The page's visible text as lines, one per block (a paragraph, a list item, a table row…). */
export function visibleLines(doc: Document): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line += (child as Text).data;
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || isHidden(el)) continue;
        const inline = INLINE.has(el.tagName.toUpperCase());
        if (!inline) flush();
        if (el.tagName === 'TD' || el.tagName === 'TH') line += ' ';
        walk(el);
        if (!inline) flush();
      }
    }
  };
  const title = doc.title.trim();
  if (title) lines.push(`《${title}》`);
  if (doc.body) walk(doc.body);
  flush();
  return lines;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const newsReframe: Transformation = {
  id: 'news-reframe',
  relation: 'reported',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const lines = visibleLines(parseFixture(fixture));
    const headline = choose.pick(HEADLINES);
    const byline = choose.pick(BYLINES);
    const closing = choose.pick(CLOSINGS);
    const quoted = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n');
    const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${headline}_社会_某某新闻网</title></head>
<body>
<nav><a href="/">首页</a> <a href="/shehui/">社会</a></nav>
<article>
<h1>${headline}</h1>
<p class="byline">${byline}</p>
<p><time datetime="2026-05-20T09:30:00+08:00">2026年05月20日 09:30</time></p>
<p>近日，有市民向本报反映，自己在网上看到一个页面。某网站宣称：</p>
<blockquote>
${quoted}
</blockquote>
<p>${closing}</p>
</article>
</body></html>`;
    return {
      html,
      url: NEWS_URL,
      edits: [`headline ${headline}`, `byline ${byline}`, `closing ${closing}`, `quoted ${lines.length} lines of the page`],
    };
  },
};
