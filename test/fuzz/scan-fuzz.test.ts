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
  // `join` problems (a block's text resuming after a nested block, run together with no gap
  // mark) are left to the test below until the snapshot marks those gaps; every other property
  // must hold on every page.
  it(`no crash, bounded time, quotes that are page text with whole characters: ${RUNS} pages (seed ${SEED})`, async () => {
    const ruleset = bundledRuleset();
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom(...KINDS), async (html, kind) => {
        const { problems } = await checkPage(ruleset, html, kind);
        expect(problems.filter((p) => p.kind !== 'join').map((p) => p.message.slice(0, 400))).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: false },
    );
  }, 180_000);

  // Found by the fuzzer: the snapshot joins the text before and after a nested block (a label,
  // a table) into one block text, and quotes show it as one run. Expected to fail until the
  // snapshot (src/core/read/snapshot*.ts) marks the gap; then remove `.fails`.
  it.fails('marks the gap where a block\'s text resumes after a nested block', () => {
    const doc = parseHtml('<div>每天只需3元<label><input type="checkbox">记住我</label>服务费</div>');
    const snapshot = takeSnapshot(doc);
    const block = [...Array(snapshot.blockCount).keys()].find((i) => snapshot.blockText(i).includes('每天只需3元')) as number;
    const start = snapshot.text.indexOf('每天只需3元');
    const quote = snippetAround(snapshot, block, start, start + 6);
    expect(quoteProblem(quote, pageText(doc))).toBeNull();
  });
});

// The checker itself must be able to fail: each of these breaks one property.
describe('quoteProblem', () => {
  const text = pageText(parseHtml('<p>每天只需3元 😀 借款</p><p>服务费</p><img alt="执照照片">'));
  it('accepts page text, gap-marked pieces and Mingbai\'s known labels', () => {
    expect(quoteProblem('…每天只需3元 😀…', text)).toBeNull();
    expect(quoteProblem(`借款${GAP}服务费`, text)).toBeNull();
    expect(quoteProblem('[图片] 执照照片', text)).toBeNull();
  });
  it('rejects text the page does not have, unmarked joins, split emoji and own words in quotes', () => {
    expect(quoteProblem('每天只需30元', text)?.kind).toBe('foreign');
    expect(quoteProblem('借款服务费', text)?.kind).toBe('join');
    expect(quoteProblem('每天只需3元 \ud83d', text)?.kind).toBe('split');
    expect(quoteProblem('\u200d借款', text)?.kind).toBe('split');
    expect(quoteProblem('页面说：借款', text)?.kind).toBe('foreign');
  });
});
