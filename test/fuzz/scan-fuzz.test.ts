// Seed-fixed fuzzing of scanDocument over generated pages (test/fuzz/page-arbitrary.ts): no
// crash, bounded time, evidence quotes that are page text with no split characters. The long
// run is `npm run fuzz -- --runs 10000`; this one stays small enough for `npm run test:unit`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { snippetAround } from '../../src/core/facts/evidence-snippet';
import { takeSnapshot } from '../../src/core/read/snapshot';
import { bundledRuleset } from './bundled-ruleset';
import { page } from './page-arbitrary';
import { checkPage, GAP, KINDS, pageText, quoteProblem } from './scan-properties';

const SEED = 20261204;
const RUNS = Number(process.env.MINGBAI_FUZZ_RUNS ?? 60);

describe('scanDocument on generated pages', () => {
  it(`no crash, bounded time, quotes that are page text with whole characters and marked gaps: ${RUNS} pages (seed ${SEED})`, async () => {
    const ruleset = bundledRuleset();
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom(...KINDS), async (html, kind) => {
        const { problems } = await checkPage(ruleset, html, kind);
        expect(problems.map((p) => p.message.slice(0, 400))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: false },
    );
  }, 180_000);

  // Found by the fuzzer: the snapshot joined the text before and after a nested block (a label,
  // a table) into one block text, and quotes showed it as one run. The snapshot now records
  // where separate elements meet (PageSnapshot.gaps) and quotes mark it.
  const quoteOf = (html: string, phrase: string) => {
    const doc = parseHtml(html);
    const snapshot = takeSnapshot(doc);
    const block = [...Array(snapshot.blockCount).keys()].find((i) => snapshot.blockText(i).includes(phrase)) as number;
    const start = snapshot.text.indexOf(phrase);
    return { quote: snippetAround(snapshot, block, start, start + phrase.length), text: pageText(doc), snapshot };
  };

  it("marks the gap where a block's text resumes after a nested block", () => {
    const { quote, text, snapshot } = quoteOf(
      '<div>每天只需3元<label><input type="checkbox">记住我</label>服务费</div>',
      '每天只需3元',
    );
    expect(quoteProblem(quote, text)).toBeNull();
    expect(quote).toBe(`每天只需3元${GAP}记住我${GAP}服务费`);
    // Matching still reads the block as one line.
    expect(snapshot.text).toBe('每天只需3元记住我服务费');
  });

  it('marks gaps around a nested table, a hidden block, a picture and a line break, and nowhere inside inline text', () => {
    for (const [html, phrase, expected] of [
      ['<div>借款<table><tr><td>年化36%</td></tr></table>服务费</div>', '借款', `借款${GAP}服务费`],
      ['<div>借款<p hidden>藏起来</p>服务费</div>', '借款', `借款${GAP}服务费`],
      ['<p>借款<img alt="x" src="a.png">服务费<br>每天只需3元</p>', '服务费', `借款${GAP}服务费${GAP}每天只需3元`],
      ['<p>日息<b>0.02%</b>，<span>每天只需3元</span></p>', '日息', '日息0.02%，每天只需3元'],
    ] as const) {
      const { quote, text } = quoteOf(html, phrase);
      expect(quote, html).toBe(expected);
      expect(quoteProblem(quote, text), html).toBeNull();
    }
  });

  it('never cuts a quote inside a character: surrogate pairs, emoji sequences, flags', () => {
    const pad = '一'.repeat(29);
    for (const emoji of ['😀', '👨‍👩‍👧‍👦', '👍🏽', '🇨🇳', '1️⃣', '𠮷']) {
      for (const html of [
        `<p>${emoji}${pad}不看征信${pad}${emoji}</p>`,
        `<p>${emoji.repeat(20)}不看征信${emoji.repeat(20)}</p>`,
      ]) {
        const { quote, text } = quoteOf(html, '不看征信');
        expect(quoteProblem(quote, text), quote).toBeNull();
        expect(
          [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(quote.replace(/^…|…$/g, ''))].every((g) =>
            html.includes(g.segment),
          ),
          quote,
        ).toBe(true);
      }
    }
  });
});

// The checker itself must be able to fail: each of these breaks one property.
describe('quoteProblem', () => {
  const text = pageText(parseHtml('<p>每天只需3元 😀 借款</p><p>服务费</p><img alt="执照照片">'));
  it('accepts page text and gap-marked pieces', () => {
    expect(quoteProblem('…每天只需3元 😀…', text)).toBeNull();
    expect(quoteProblem(`借款${GAP}服务费`, text)).toBeNull();
    expect(quoteProblem('执照照片', text)).toBeNull();
  });
  it('rejects text the page does not have, unmarked joins, split emoji and own words in quotes', () => {
    expect(quoteProblem('每天只需30元', text)?.kind).toBe('foreign');
    expect(quoteProblem('借款服务费', text)?.kind).toBe('join');
    expect(quoteProblem('每天只需3元 \ud83d', text)?.kind).toBe('split');
    expect(quoteProblem('\u200d借款', text)?.kind).toBe('split');
    expect(quoteProblem('页面说：借款', text)?.kind).toBe('foreign');
    // Mingbai's own words belong in Evidence.note, not in the quote.
    expect(quoteProblem('[图片] 执照照片', text)?.kind).toBe('foreign');
    expect(quoteProblem('☑ 借款', text)?.kind).toBe('foreign');
  });
});
