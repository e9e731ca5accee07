// The quick read rules page kinds out from the raw text before any snapshot, and `other` pages
// whose rules read only form controls get a controls-only snapshot. Both must be invisible in
// the results: same kinds, same findings as the full snapshot (the fixture suite checks every
// fixture page the same way).
import { describe, expect, it, vi } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { factsOf, labelLexiconNeeded, needsACount } from '../../../src/core/evaluate/rule-facts';
import { CONTROL_ONLY_FACTS, PRESET_CONTROL_SELECTOR, isPreset } from '../../../src/core/facts/consent-facts';
import { readControl } from '../../../src/core/read/snapshot-labels';
import { compileRuleset, type PackData } from '../../../src/core/evaluate/ruleset';
import { packParts } from '../../../src/core/evaluate/pack-parts';
import { QuickReader } from '../../../src/core/classify/quick-read';
import { BUNDLED_PACKS } from '../../../src/extension/background/bundled-packs';
import { contentPacksRecord } from '../../../src/extension/background/content-packs';
import { scanDocument } from '../../../src/core/scan';
import { takeControlsSnapshot } from '../../../src/core/read/snapshot-controls';
import { takeSnapshot } from '../../../src/core/read/snapshot';

const bundled = compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));

function page(html: string) {
  document.body.innerHTML = html;
  return document;
}

const msg = { title: '标题', explain: '解释', advice: '建议', hotline: '12315' };
const textRuleOnOther: PackData = {
  id: 'test',
  version: '1',
  negations: [],
  lexicons: {
    'test.free': { phrases: ['免息'], patterns: [], negatable: false },
    'test.signals': { phrases: ['借款', '额度', '放款'], patterns: [], negatable: false },
  },
  classifier: [{ kind: 'loan', signals: 'test.signals', minDistinct: 2 }],
  rules: [
    {
      id: 'test.free-anywhere',
      risk: 'loan.free-interest-with-fees',
      severity: 'caution',
      pageKinds: ['other'],
      conditions: { all: [{ fact: 'lexicon', params: { lexicon: 'test.free' }, operator: 'greaterThanInclusive', value: 1 }] },
      message: { zh: msg, en: msg },
      sources: [{ issuer: 'i', document: 'd', date: '2024' }],
    },
  ],
};

describe('quick read', () => {
  it('rules out every kind on a page with too few distinct signals, and says how many it saw', async () => {
    const doc = page('<p>借款</p><p>今天天气很好</p><p>额度</p><p>借款 额度</p>');
    const quick = await bundled.quickReader.read(doc.body, null);
    expect(quick.possibleKinds).toEqual([]);
    // Two distinct signals, and an address cue that could not reach loan's threshold of 4 and
    // was never looked up (counted as present).
    expect(quick.scores.loan).toBe(3);
    const result = await scanDocument(bundled, doc);
    expect(result.kind).toBe('other');
    expect(result.timings.quickRead).toBeGreaterThanOrEqual(0);
    expect(result.kindScores.loan).toBe(3);
  });

  it('counts hidden text too (an upper bound), leaving the verdict to the full snapshot', async () => {
    // Two visible loan signals, three more in a hidden block: the raw text reaches loan's
    // threshold (4), the visible text does not.
    const doc = page('<p>借款 额度</p><div hidden>放款 分期 年化利率</div>');
    const quick = await bundled.quickReader.read(doc.body, null);
    expect(quick.possibleKinds).toEqual(['loan']);
    const result = await scanDocument(bundled, doc);
    expect(result.kind).toBe('other');
    expect(result.timings.match).toBeGreaterThanOrEqual(0);
  });

  it('finds a phrase that starts at the end of one text node and ends nodes later', async () => {
    // 年化利率 split over four nodes, among text in other scripts that the quick read skips.
    const whole = await bundled.quickReader.read(page('<p>借款 额度 放款 年化利率 分期</p>').body, null);
    const doc = page('<p>loan 借款 额度 放款 hello 年</p><p>化</p><p>利</p><p>率 world</p><p>english only</p><p>分期</p>');
    const split = await bundled.quickReader.read(doc.body, null);
    expect(whole.scores.loan).toBeGreaterThanOrEqual(5);
    expect(split.scores.loan).toBe(whole.scores.loan);
  });

  it('searches one enormous text node window by window, and finds phrases at its far end', async () => {
    const doc = page(`<pre>${'普通的文字。'.repeat(20_000)}借款 额度 放款 年化利率 分期</pre>`);
    let pauses = 0;
    const quick = await bundled.quickReader.read(doc.body, { due: () => true, pause: async () => void pauses++ });
    expect(quick.possibleKinds).toEqual(['loan']);
    expect(pauses).toBeGreaterThan(5);
  });

  it("counts a script's text too (an upper bound), and leaves the verdict to the snapshot, which never reads it", async () => {
    const json = JSON.stringify({ items: Array.from({ length: 40 }, () => '借款 额度 放款 年化利率 分期') });
    const doc = page(`<p>借款</p><script type="application/json">${json}</script><p>额度</p>`);
    expect((await bundled.quickReader.read(doc.body, null)).possibleKinds).toEqual(['loan']);
    const result = await scanDocument(bundled, doc);
    expect(result.kind).toBe('other');
    expect(result.timings.snapshot).toBeGreaterThanOrEqual(0);
  });

  it('reads signals across element boundaries, as the snapshot does', async () => {
    const doc = page('<p><span>借</span><b>款</b> <i>额</i>度 <em>放</em>款 年化<span>利率</span> <u>分期</u></p>');
    expect((await bundled.quickReader.read(doc.body, null)).possibleKinds).toEqual(['loan']);
  });

  // The rule set's matcher holds every pattern of every pack in one alternation, which V8
  // compiles on its first use in a renderer (5–20 ms): the quick read looks titles and addresses
  // up with a matcher of their own lexicons, and must still find all that the classifier finds.
  it('looks up title and address cues without the rule set matcher, finding at least what the classifier finds', async () => {
    const places: Array<[string, string]> = [
      ['极速借款 - 低息贷款 大额分期', 'https://jiekuan.example.cn/loan/apply'],
      ['美团外卖 老王麻辣烫（朝阳店）', 'https://waimai.example.com/shop/123'],
      ['（国贸店）借款 培训课程 报名', 'https://www.example.com/kecheng/ke/course.html'],
      ['Weather today', 'https://news.example.org/2024/article'],
      ['零基础 副业 训练营 招生', 'https://edu.example.com/peixun/'],
    ];
    const spy = vi.spyOn(bundled.matcher, 'lexiconsIn');
    try {
      for (const [title, url] of places) {
        const doc = page('<p>今天天气很好</p>');
        doc.title = title;
        const quick = await bundled.quickReader.read(doc.body, null, url);
        expect(spy).not.toHaveBeenCalled();
        const full = await scanDocument(bundled, doc, { url, quickRead: false });
        for (const [kind, score] of Object.entries(full.kindScores)) {
          if (kind in quick.scores) expect(quick.scores[kind], `${kind} on ${title}`).toBeGreaterThanOrEqual(score);
        }
        spy.mockClear();
      }
    } finally {
      spy.mockRestore();
    }
  });

  it('with the characters the background says each pattern needs, compiles no title pattern for a title without them', async () => {
    const gatePacks = contentPacksRecord(BUNDLED_PACKS, '1', 'gate').packs;
    const parts = packParts(gatePacks);
    expect(parts.lexicons['food.titleShop']?.needs).toEqual([['店']]);
    const reader = new QuickReader(parts.classifiers, parts.lexicons);
    // The pattern of 川沙店, built on its first use: watched through the reader's own map.
    const lazy = (reader as unknown as { places: { patterns: Map<string, () => RegExp> } }).places.patterns;
    const compile = vi.fn(lazy.get('food.titleShop'));
    lazy.set('food.titleShop', compile);
    const titles = ['Weather today', '今日新闻 天气', '老王麻辣烫（朝阳店）', '美团外卖 老王麻辣烫（川沙分店）', '店长推荐'];
    for (const title of titles) {
      const doc = page('<p>今天天气很好</p>');
      doc.title = title;
      compile.mockClear();
      const quick = await reader.read(doc.body, null, 'https://www.example.com/');
      // The same verdict and bounds as without what the patterns need.
      expect(quick, title).toEqual(await bundled.quickReader.read(doc.body, null, 'https://www.example.com/'));
      expect(compile.mock.calls.length > 0, title).toBe(title.includes('店'));
    }
  });

  it('reads the page text in native calls, with no script loop over its nodes', async () => {
    const doc = page(`<p>${'普通的文字内容。'.repeat(500)}</p><p>借款</p><p>English text</p>`);
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<script type="application/json">${'"借款 额度 放款 年化利率 分期"'.repeat(20)}</script>`,
    );
    const walk = vi.spyOn(doc, 'createTreeWalker');
    try {
      const quick = await bundled.quickReader.read(doc.body, null);
      expect(quick.possibleKinds).toEqual(['loan']);
      expect(walk).not.toHaveBeenCalled();
    } finally {
      walk.mockRestore();
    }
  });

  it('looks the title and address up only while they could decide a kind', async () => {
    // An ordinary page: no signal in its text, none in its title. No kind could reach its
    // threshold whatever the address says, so the address is never read.
    const doc = page('<p>Weather today: sunny.</p>');
    doc.title = 'Weather';
    const address = vi.spyOn(doc, 'URL', 'get');
    try {
      expect((await bundled.quickReader.read(doc.body, null)).possibleKinds).toEqual([]);
      expect(address).not.toHaveBeenCalled();
      // Three loan signals in the text: now the address decides.
      doc.body.innerHTML = '<p>借款 额度 放款</p>';
      expect((await bundled.quickReader.read(doc.body, null)).possibleKinds).toEqual([]);
      expect(address).toHaveBeenCalled();
      expect((await bundled.quickReader.read(doc.body, null, 'https://x.example.com/loan/apply')).possibleKinds).toEqual([
        'loan',
      ]);
    } finally {
      address.mockRestore();
    }
  });

  it('pauses between windows of a long text in a sliced read', async () => {
    // 4,000 text nodes and 44k characters, with one signal phrase over and over.
    const doc = page(`<p>${'借款，普通的文字内容。'.repeat(4_000)}</p>`.replaceAll('。', '。</p><p>'));
    let pauses = 0;
    const slicer = { due: () => true, pause: async () => void pauses++ };
    await bundled.quickReader.read(doc.body, slicer);
    // Before the text is read, and after each 16k-character window of it but the last.
    expect(pauses).toBeGreaterThanOrEqual(3);
  });
});

describe('controls-only snapshot', () => {
  const form = `
    <form>
      <label><input type="checkbox" id="a" checked> 同意开通会员，到期自动续费</label>
      <label for="b">记住我</label><input type="checkbox" id="b" checked>
      <div hidden><input type="checkbox" id="c" checked> 隐藏的勾选框</div>
      <input type="radio" name="r" id="d" checked aria-label="按月付款">
      <input type="text" id="e">
      <svg><foreignObject><input type="checkbox" id="f" checked></foreignObject></svg>
    </form>`;

  it('reads the same controls, labels and states as the full walk', () => {
    const doc = page(form);
    const pick = (s: ReturnType<typeof takeSnapshot>) => s.controls.map((c) => [c.element.id, c.type, c.checked, c.label]);
    expect(pick(takeControlsSnapshot(doc))).toEqual(pick(takeSnapshot(doc)));
    expect(pick(takeControlsSnapshot(doc)).map((c) => c[0])).toEqual(['a', 'b', 'd']);
    const region = doc.querySelector('form')!;
    expect(pick(takeControlsSnapshot(doc, {}, [region]))).toEqual(pick(takeSnapshot(doc, {}, [region])));
  });

  it('still finds a pre-checked paid extra on an `other` page, as the full snapshot does', async () => {
    const doc = page(`<h1>会员中心</h1>${form}`);
    const quick = await scanDocument(bundled, doc, { visibility: 'computed' });
    const full = await scanDocument(bundled, doc, { visibility: 'computed', quickRead: false });
    expect(quick.kind).toBe('other');
    expect(quick.findings.map((f) => f.risk)).toEqual(['common.prechecked-consent']);
    expect(quick.findings.map((f) => [f.ruleId, f.evidence.map((e) => e.text)])).toEqual(
      full.findings.map((f) => [f.ruleId, f.evidence.map((e) => e.text)]),
    );
  });

  it('is used only while the `other` rules read nothing but controls', async () => {
    expect(bundled.otherReadsOnlyControls).toBe(true);
    const withTextRule = compileRuleset([textRuleOnOther]);
    expect(withTextRule.otherReadsOnlyControls).toBe(false);
    const result = await scanDocument(withTextRule, page('<p>30天免息</p>'));
    expect(result.kind).toBe('other');
    expect(result.firedRules).toEqual(['test.free-anywhere']);
  });
});

describe('no engine run on an `other` page without controls', () => {
  it('skips the engine only where no `other` rule could fire', async () => {
    expect(bundled.otherNeedsAControl).toBe(true);
    const plain = await scanDocument(bundled, page('<p>一篇普通的文章</p>'));
    expect(plain.kind).toBe('other');
    expect(plain.timings.evaluate).toBeUndefined();
    // An unticked box changes nothing, nor does a ticked one whose label holds nothing the rule
    // asks of it (记住我). A ticked box that commits the reader makes the engine run.
    const unticked = await scanDocument(
      bundled,
      page('<p>一篇普通的文章</p><label><input type="checkbox"> 同意自动续费</label>'),
    );
    expect(unticked.timings.evaluate).toBeUndefined();
    const harmless = await scanDocument(
      bundled,
      page(
        '<p>一篇普通的文章</p><label><input type="checkbox" checked> 记住我</label><input type="radio" name="s" checked> 全站',
      ),
    );
    expect(harmless.timings.evaluate).toBeUndefined();
    expect(harmless.findings).toEqual([]);
    for (const label of ['同意开通会员，到期自动续费', '开通加速包 29元/月']) {
      const html = `<p>一篇普通的文章</p><label><input type="checkbox" checked> 记住我</label><label><input type="checkbox" checked> ${label}</label>`;
      const gated = await scanDocument(bundled, page(html));
      expect(gated.timings.evaluate, label).toBeGreaterThanOrEqual(0);
      expect(
        gated.findings.map((f) => f.ruleId),
        label,
      ).toEqual(['common.prechecked-consent.commitment']);
      // What the full read finds, without any quick path.
      const full = await scanDocument(bundled, page(html), { quickRead: false });
      expect(gated.findings.map((f) => f.ruleId)).toEqual(full.findings.map((f) => f.ruleId));
    }
  });

  it('reads the lexicon a rule asks of a ticked box’s label only along its `all` chain', () => {
    const facts = bundled.facts;
    const boxes = (params: Record<string, string>, value = 1) => ({
      fact: 'presetBoxes',
      params,
      operator: 'greaterThanInclusive',
      value,
    });
    expect(labelLexiconNeeded({ all: [boxes({ lexicon: 'a', exclude: 'b' })] }, facts, CONTROL_ONLY_FACTS)).toBe('a');
    expect(labelLexiconNeeded({ all: [{ all: [boxes({ lexicon: 'a' })] }] }, facts, CONTROL_ONLY_FACTS)).toBe('a');
    // Any ticked box will do, or a count of 0 may fire, or another leaf may fire instead.
    expect(labelLexiconNeeded({ all: [boxes({})] }, facts, CONTROL_ONLY_FACTS)).toBeNull();
    expect(labelLexiconNeeded({ all: [boxes({ lexicon: 'a' }, 0)] }, facts, CONTROL_ONLY_FACTS)).toBeNull();
    expect(labelLexiconNeeded({ any: [boxes({ lexicon: 'a' }), boxes({})] }, facts, CONTROL_ONLY_FACTS)).toBeNull();
  });

  it('reads a rule as needing a control only when it asks a control count for at least 1', () => {
    const facts = bundled.facts;
    const count = (operator: string, value: number) => ({ all: [{ fact: 'presetBoxes', operator, value }] });
    expect(needsACount(count('greaterThanInclusive', 1), facts, CONTROL_ONLY_FACTS)).toBe(true);
    expect(needsACount(count('greaterThan', 0), facts, CONTROL_ONLY_FACTS)).toBe(true);
    expect(needsACount(count('greaterThanInclusive', 0), facts, CONTROL_ONLY_FACTS)).toBe(false);
    expect(needsACount(count('lessThan', 1), facts, CONTROL_ONLY_FACTS)).toBe(false);
    expect(needsACount({ any: [count('greaterThan', 0)] }, facts, CONTROL_ONLY_FACTS)).toBe(false);
    expect(needsACount({ all: [{ fact: 'lexicon', operator: 'greaterThan', value: 0 }] }, facts, CONTROL_ONLY_FACTS)).toBe(false);
  });
});

describe('PRESET_CONTROL_SELECTOR', () => {
  it('matches exactly the inputs isPreset accepts', () => {
    const doc = page(`
      <input type="checkbox" checked><input type="checkbox"><input type="radio" name="a" checked>
      <input type="radio" name="b"><input type="checkbox" required disabled><input type="checkbox" required>
      <input type="radio" name="c" required disabled><input type="CHECKBOX" checked><input type="Checkbox" required disabled>
      <input type="text" checked><input checked><input type="hidden" checked><input type="checkbox" disabled checked>`);
    const inputs = Array.from(doc.querySelectorAll('input'));
    const byPredicate = inputs.map((input) => {
      const control = readControl(input, () => []);
      return control ? isPreset(control) : false;
    });
    expect(inputs.map((input) => input.matches(PRESET_CONTROL_SELECTOR))).toEqual(byPredicate);
    expect(byPredicate.filter(Boolean).length).toBe(6);
  });

  it('matches inputs only, so a page without one needs no query (the gate counts inputs first)', async () => {
    for (const alternative of PRESET_CONTROL_SELECTOR.split(',')) expect(alternative.trim()).toMatch(/^input\b/);
    const doc = page('<p>今天天气很好</p><select><option selected>会员</option></select>');
    const query = vi.spyOn(doc.body, 'querySelector');
    try {
      expect((await scanDocument(bundled, doc)).findings).toEqual([]);
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });

  it('errs only on the side of reading more: a box unticked since the page loaded still matches', async () => {
    const doc = page('<label><input type="checkbox" id="x" checked> 同意开通会员，到期自动续费</label>');
    (doc.getElementById('x') as HTMLInputElement).checked = false;
    expect(doc.getElementById('x')!.matches(PRESET_CONTROL_SELECTOR)).toBe(true);
    // The gate then reads the box itself, as the rule's fact does, and finds it unticked.
    const result = await scanDocument(bundled, doc);
    expect(result.timings.evaluate).toBeUndefined();
    expect(result.findings).toEqual([]);
    expect((await scanDocument(bundled, doc, { quickRead: false })).findings).toEqual([]);
  });
});

describe('factsOf', () => {
  it('collects fact names through all/any/not', () => {
    const facts = factsOf({
      all: [{ fact: 'a', operator: 'equal', value: 1 }, { any: [{ not: { fact: 'b', operator: 'equal', value: 1 } }] }],
    });
    expect([...(facts ?? [])]).toEqual(['a', 'b']);
  });

  it('gives up (null) on shapes it does not know, so the full snapshot is used', () => {
    expect(factsOf({ all: [{ condition: 'shared' }] })).toBeNull();
    expect(factsOf({ all: [{ fact: 'a', operator: 'equal', value: { fact: 'b' } }] })).toBeNull();
    expect(factsOf(null)).toBeNull();
  });
});
