// The page quoted in a report that uses none of the packs' reporting words: an <article> with a
// headline, an author and a <time>, "某网站宣称：" and the page's visible text in a <blockquote>,
// then a plain closing line, at an article address. Issue 16 asks that framing be judged by
// structure, "not by one word": this is news-reframe without the words 记者/来源/责任编辑/警方提醒.
import type { Chooser } from '../harness/chooser';
import { parseFixture, type Fixture } from '../harness/fixture-scan';
import type { Transformation, Variant } from '../harness/transformation';
import { visibleLines } from './news-reframe';

export const QUIET_HEADLINES = ['这类网页，别轻信', '网友求助：这个页面靠谱吗？', '我们差点上当'] as const;
export const QUIET_AUTHORS = ['张三', '李四 王五', '晨风'] as const;
export const QUIET_CLOSINGS = ['遇到这种页面，先和家人商量，别急着付钱。', '看到这样的说法，多问一句，多等一天。'] as const;
export const QUIET_INTRO = '前几天，有读者发来截图。某网站宣称：';
export const QUIET_URL = 'https://www.example.cn/article/2026/05/20/8848.html';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const quietReport: Transformation = {
  id: 'quiet-report',
  relation: 'reported',
  vary(fixture: Fixture, choose: Chooser): Variant {
    const lines = visibleLines(parseFixture(fixture));
    const headline = choose.pick(QUIET_HEADLINES);
    const author = choose.pick(QUIET_AUTHORS);
    const closing = choose.pick(QUIET_CLOSINGS);
    const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${headline}</title></head>
<body>
<article>
<h1>${headline}</h1>
<p class="byline"><span class="author">${author}</span> <time datetime="2026-05-20T09:30:00+08:00">2026-05-20 09:30</time></p>
<p>${QUIET_INTRO}</p>
<blockquote>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</blockquote>
<p>${closing}</p>
</article>
</body></html>`;
    return {
      html,
      url: QUIET_URL,
      edits: [`headline ${headline}`, `author ${author}`, `closing ${closing}`, `quoted ${lines.length} lines of the page`],
    };
  },
};
