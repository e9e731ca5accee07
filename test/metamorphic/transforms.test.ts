// The transformations themselves: each changes what it says and nothing else, so that a
// metamorphic failure is detection's and not the test's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import './harness/config';
import { chooserFrom, lastChoices, type Chooser } from './harness/chooser';
import { loadFixtures, type Fixture } from './harness/fixture-scan';
import { packVocabulary, vocabularyHits } from './harness/pack-vocabulary';
import { benignNoise, NAV_LINKS, NEUTRAL_PARAGRAPHS } from './transforms/benign-noise';
import { fullwidthDigits, toFullWidthDigits } from './transforms/fullwidth-digits';
import { inlineSplit } from './transforms/inline-split';
import { labelledLine, labelledLines } from './transforms/labelled-line';
import { newsReframe, visibleLines } from './transforms/news-reframe';
import { QUIET_AUTHORS, QUIET_CLOSINGS, QUIET_HEADLINES, QUIET_INTRO } from './transforms/quiet-report';
import { reorderSections } from './transforms/reorder-sections';
import { swappableOccurrences, synonymSwap } from './transforms/synonym-swap';

const fixtures = loadFixtures();
const page = (body: string, name = 'inline'): Fixture => ({
  name,
  html: `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`,
  url: 'https://example.test/',
  today: '2026-06-01',
  memory: {},
});
const bodyOf = (html: string) => parseHtml(html).body;
/** Answers the draws in order, then 0. */
const scripted = (...draws: number[]): Chooser => {
  let i = 0;
  const below = (n: number) => Math.min(draws[i++] ?? 0, Math.max(0, n - 1));
  return { below, pick: (items) => items[below(items.length)] as (typeof items)[number] };
};

describe('inline-split', () => {
  it('keeps every character of every fixture, adds no spaces, and wraps pieces in inline tags', () => {
    for (const fixture of fixtures) {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const variant = inlineSplit.vary(fixture, chooserFrom(g));
          expect(bodyOf(variant.html).textContent).toBe(bodyOf(fixture.html).textContent);
        }),
        { numRuns: 1 },
      );
    }
  }, 120_000);
  it('splits a text node into tagged pieces', () => {
    const variant = inlineSplit.vary(page('<p>不看征信当天放款</p>'), lastChoices);
    const p = bodyOf(variant.html).querySelector('p')!;
    expect(p.textContent).toBe('不看征信当天放款');
    expect(p.children.length).toBeGreaterThan(0);
    for (const child of Array.from(p.children)) expect(['B', 'SPAN', 'EM', 'FONT']).toContain(child.tagName);
  });
});

describe('labelled-line', () => {
  it('finds 标签：值 lines, not sentences, numbers or times that contain a colon', () => {
    const doc = parseHtml(
      '<body><p>（责任编辑：张伟）</p><p>经营者名称：福园庆丰包子铺</p><li>借款期限12个月，还款方式：等额本息</li><p>倒计时 23:59:59</p><div><p>地址：不算外层</p></div><p>空：</p></body>',
    );
    expect(labelledLines(doc).map((l) => `${l.element.tagName} ${l.label}`)).toEqual(['P 经营者名称', 'P 地址']);
  });
  it('lays a line out as a table row, a definition list or a read-only field, keeping the attributes', () => {
    const fixture = page('<p class="lic" hidden>许可证编号：<b>JY11105050012345</b></p>');
    const table = bodyOf(labelledLine.vary(fixture, scripted(1)).html);
    expect(table.innerHTML).toBe(
      '<div class="lic" hidden=""><table><tbody><tr><th>许可证编号</th><td><b>JY11105050012345</b></td></tr></tbody></table></div>',
    );
    const dl = bodyOf(labelledLine.vary(fixture, scripted(2)).html);
    expect(dl.innerHTML).toBe('<div class="lic" hidden=""><dl><dt>许可证编号</dt><dd><b>JY11105050012345</b></dd></dl></div>');
    const input = bodyOf(labelledLine.vary(fixture, scripted(3)).html);
    expect(input.innerHTML).toBe(
      '<div class="lic" hidden=""><label>许可证编号</label><input value="JY11105050012345" readonly=""></div>',
    );
    expect(labelledLine.vary(fixture, scripted(0)).edits).toEqual([]);
  });
});

describe('fullwidth-digits', () => {
  it('turns ASCII digits into full-width ones and nothing else', () => {
    expect(toFullWidthDigits('年化36.5%，借1,000元')).toBe('年化３６.５%，借１,０００元');
    const variant = fullwidthDigits.vary(page('<p>月入3万</p><script>var a = 1;</script>'), lastChoices);
    const body = bodyOf(variant.html);
    expect(body.querySelector('p')!.textContent).toBe('月入３万');
    expect(body.querySelector('script')!.textContent).toBe('var a = 1;');
  });
});

describe('synonym-swap', () => {
  const vocabulary = packVocabulary();
  it('swaps only within lexicons named by rules, never a classifier signal list', () => {
    expect(vocabulary.swappable.length).toBeGreaterThan(0);
    const signalLists = vocabulary.lexicons.filter((l) => /pageSignals|reporting/.test(l.name)).map((l) => l.name);
    expect(signalLists.length).toBeGreaterThan(0);
    for (const name of signalLists) expect(vocabulary.swappable.map((l) => l.name)).not.toContain(name);
  });
  it('replaces a phrase with another phrase of the same lexicon, leaving every other hit as it was', () => {
    let tried = 0;
    for (const lexicon of vocabulary.swappable) {
      // The first few phrases of each lexicon: enough to see the rule, cheap enough to run.
      const occurrences = lexicon.phrases
        .slice(0, 3)
        .flatMap((p) => swappableOccurrences(`甲乙${p}丙丁`, vocabulary).filter((o) => o.phrase === p));
      for (const occ of occurrences) {
        tried++;
        expect(occ.lexicon.name).toBe(lexicon.name);
        for (const r of occ.replacements) expect(lexicon.phrases).toContain(r);
        const variant = synonymSwap.vary(page(`<p>甲乙${occ.phrase}丙丁</p>`), scripted(1));
        const text = bodyOf(variant.html).textContent;
        if (variant.edits.length === 0) continue; // every replacement would disturb another lexicon
        const swappedIn = text.slice(2, text.length - 2);
        expect(lexicon.phrases).toContain(swappedIn);
        expect(swappedIn).not.toBe(occ.phrase);
        const others = (t: string) =>
          vocabularyHits(t, vocabulary)
            .filter((h) => !h.startsWith(`${lexicon.name}: `))
            .sort();
        expect(others(text)).toEqual(others(`甲乙${occ.phrase}丙丁`));
      }
    }
    expect(tried).toBeGreaterThan(10);
  });
});

describe('reorder-sections', () => {
  it('reorders the sections of <body> and of <main>, keeping each one whole', () => {
    const fixture = page(
      '<header>头</header><main><section>甲</section><section>乙</section><section>丙</section></main><footer>尾</footer>',
    );
    const variant = reorderSections.vary(fixture, lastChoices);
    const body = bodyOf(variant.html);
    expect(variant.edits).toHaveLength(2);
    expect(
      Array.from(body.children)
        .map((c) => c.tagName)
        .sort(),
    ).toEqual(['FOOTER', 'HEADER', 'MAIN']);
    expect(
      Array.from(body.querySelector('main')!.children)
        .map((c) => c.textContent)
        .sort(),
    ).toEqual(['丙', '乙', '甲']);
    expect(body.textContent).not.toBe(bodyOf(fixture.html).textContent);
  });
});

describe('benign-noise', () => {
  it('the noise texts use no word, pattern or negation of any pack', () => {
    for (const text of [...NEUTRAL_PARAGRAPHS, ...NAV_LINKS]) expect(vocabularyHits(text), text).toEqual([]);
  });
  it('every noise it inserts is free of pack vocabulary, and the page keeps its own content', () => {
    const fixture = page('<main><p>原文</p></main>');
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const variant = benignNoise.vary(fixture, chooserFrom(g));
        const body = bodyOf(variant.html);
        expect(Array.from(body.querySelectorAll('main > p')).filter((p) => p.textContent === '原文')).toHaveLength(1);
        expect(vocabularyHits(body.textContent.replace('原文', ''))).toEqual([]);
        expect(variant.edits.length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });
});

describe('news-reframe', () => {
  it('quotes the visible text of the page, not its hidden text, in a blockquote under a byline', () => {
    const fixture = fixtures.find((f) => f.name === 'loan-advance-fee-hidden-lures');
    if (!fixture) return;
    const lines = visibleLines(parseHtml(fixture.html, fixture.url)).join('\n');
    expect(lines).toContain('解冻金');
    expect(lines).not.toContain('黑户可贷'); // display:none through the page's stylesheet
    expect(lines).not.toContain('无条件下款'); // hidden attribute
    const doc = parseHtml(newsReframe.vary(fixture, lastChoices).html);
    expect(doc.querySelector('article blockquote')?.textContent).toContain('解冻金');
    expect(doc.querySelector('article .byline')?.textContent).toMatch(/来源/);
    expect(doc.querySelector('article time')).not.toBeNull();
  });
});

describe('quiet-report', () => {
  it('its framing uses no word, pattern or negation of any pack: only structure says "report"', () => {
    // (Its publication time matches training.timestamp, as any date and time would.)
    for (const text of [...QUIET_HEADLINES, ...QUIET_AUTHORS, ...QUIET_CLOSINGS, QUIET_INTRO]) {
      expect(vocabularyHits(text), text).toEqual([]);
    }
  });
});
