import { describe, expect, it, vi } from 'vitest';
import { compileRuleset, type PackData } from '../../../src/core/evaluate/ruleset';
import { scanDocument } from '../../../src/core/scan';
import { takeSnapshot, takeSnapshotSliced } from '../../../src/core/read/snapshot';
import { createTimeSlicer, type TimeSlicer } from '../../../src/core/shared/time-slicer';
import { LexiconMatcher } from '../../../src/core/match/lexicon-matcher';
import { blocksOf } from './snapshot-blocks';

function page(html: string): Document {
  document.documentElement.innerHTML = `<head><title>页</title><meta name="description" content="描述"></head><body>${html}</body>`;
  return document;
}

/** A slicer that is always due: pauses at every opportunity, and counts them. */
function eagerSlicer(): TimeSlicer & { pauses: number } {
  const s = { pauses: 0, due: () => true, pause: async () => void s.pauses++ };
  return s;
}

const bigPage = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 7 === 0
      ? `<form><label><input type="checkbox"${i % 2 ? ' checked' : ''}> 同意条款${i}</label><input type="checkbox" id="c${i}"><label for="c${i}">记住我${i}</label></form>`
      : `<div class="item"><span>日息</span><em>0.0${i % 9}%</em> 第${i}条 <b hidden>藏</b><img src="/a/${i}.png" alt="图${i}"></div>`,
  ).join('');

const plain = (s: ReturnType<typeof takeSnapshot>) => ({
  text: s.text,
  offsets: s.offsets,
  blocks: blocksOf(s),
  controls: s.controls.map((c) => [c.element, c.checked, c.label]),
  images: s.images.map((i) => i.description),
  headings: s.headings.map((h) => h.text),
  count: s.elementCount,
});

describe('time-sliced snapshot', () => {
  it('reads exactly what takeSnapshot reads, pausing along the way', async () => {
    const d = page(`<h1>标题</h1>${bigPage(400)}<p>末尾</p>`);
    const slicer = eagerSlicer();
    const sliced = await takeSnapshotSliced(d, {}, null, slicer);
    expect(plain(sliced)).toEqual(plain(takeSnapshot(d)));
    expect(slicer.pauses).toBeGreaterThan(3);
    expect(sliced.text).not.toContain('藏');
  });

  it('reads a subtree the same way, and nothing under a hidden ancestor', async () => {
    const d = page(`<div id="r">${bigPage(50)}</div><div aria-hidden="true"><p id="h">藏</p></div>`);
    const r = d.getElementById('r')!;
    expect(plain(await takeSnapshotSliced(d, {}, r, eagerSlicer()))).toEqual(plain(takeSnapshot(d, {}, r)));
    expect((await takeSnapshotSliced(d, {}, d.getElementById('h'), eagerSlicer())).text).toBe('');
  });

  it('ends cleanly when the node it paused on is removed meanwhile', async () => {
    const d = page(bigPage(300));
    let removed = false;
    const slicer: TimeSlicer = {
      due: () => true,
      pause: async () => {
        if (!removed) {
          removed = true;
          d.body.innerHTML = '<p>新内容</p>';
        }
      },
    };
    const s = await takeSnapshotSliced(d, {}, null, slicer);
    expect(typeof s.text).toBe('string');
  });

  // Blocks are kept as indices into the list of the page's elements taken when the walk began;
  // the page changing its children while the walk is paused must not point blocks at the wrong
  // elements.
  it('gives every block its own element when the page adds and removes elements meanwhile', async () => {
    const d = page(Array.from({ length: 600 }, (_, i) => `<p id="p${i}">第${i}段<b>加粗${i}</b></p>`).join(''));
    let pauses = 0;
    const slicer: TimeSlicer = {
      due: () => true,
      pause: async () => {
        pauses++;
        if (pauses === 2) {
          // Ahead of the walk: remove some paragraphs, add others with more elements inside.
          for (let i = 300; i < 340; i++) d.getElementById(`p${i}`)!.remove();
          d.getElementById('p200')!.insertAdjacentHTML('afterend', '<div><p>新段<i>一</i></p><p>新段二</p></div>');
          // Behind it.
          d.body.insertAdjacentHTML('afterbegin', '<section><p>顶部新段</p></section>');
        }
      },
    };
    const s = await takeSnapshotSliced(d, {}, null, slicer);
    expect(pauses).toBeGreaterThan(2);
    expect(s.blockCount).toBeGreaterThan(500);
    for (const [element, text] of blocksOf(s)) expect(element?.textContent?.replace(/\s+/g, ' ').trim()).toBe(text);
    expect(s.text).toContain('新段一');
    expect(s.text).not.toContain('第310段');
  });
});

describe('labels read in one pass', () => {
  it('gives each box the labels input.labels gives, in document order', () => {
    const d = page(`
      <label for="a">甲一</label><input type="checkbox" id="a"><label for="a">甲二</label>
      <label>乙 <input type="checkbox" id="b"></label>
      <label for="elsewhere"><input type="checkbox" id="c"></label><span>丙旁文</span>
      <label hidden for="d">丁隐藏</label><input type="checkbox" id="d">
      <label><input type="radio">戊</label>`);
    const s = takeSnapshot(d);
    const boxes = Array.from(d.querySelectorAll('input'));
    const viaDom = boxes.map((b) =>
      Array.from(b.labels ?? [])
        .map((l) => l.textContent.trim())
        .join(' '),
    );
    expect(viaDom).toEqual(['甲一 甲二', '乙', '', '丁隐藏', '戊']);
    // 丙's label points elsewhere and wraps nothing else: no label, as before.
    expect(s.controls.map((c) => c.label)).toEqual(['甲一 甲二', '乙', '', '丁隐藏', '戊']);
    // A rescan of one region finds the same labels.
    const region = takeSnapshot(d, {}, d.querySelector('label:nth-of-type(3)')!.parentElement);
    expect(region.controls.map((c) => c.label)).toEqual(s.controls.map((c) => c.label));
  });
});

describe('lazy meta', () => {
  it('a region rescan does not read the document head unless asked', () => {
    const d = page('<div id="r"><p>借款</p></div>');
    const spy = vi.spyOn(d, 'querySelectorAll');
    const s = takeSnapshot(d, {}, d.getElementById('r'));
    expect(spy).not.toHaveBeenCalled();
    expect(s.meta.description).toBe('描述');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

const msg = { title: 't', explain: 'e', advice: 'a', hotline: '12315' };
const pack: PackData = {
  id: 'slice',
  version: '1',
  negations: ['不收取'],
  lexicons: {
    'slice.rate': { phrases: ['日息'], patterns: ['\\d+(?:\\.\\d+)?%'], negatable: false },
    'slice.fee': { phrases: ['服务费', '免服务费'], patterns: [], negatable: true },
    'slice.signals': { phrases: ['借款', '额度'], patterns: [], negatable: false },
  },
  classifier: [{ kind: 'loan', signals: 'slice.signals', minDistinct: 2 }],
  rules: [
    {
      id: 'slice.rate',
      risk: 'loan.apr-over-cap',
      severity: 'danger',
      pageKinds: ['loan'],
      conditions: { all: [{ fact: 'lexicon', params: { lexicon: 'slice.rate' }, operator: 'greaterThanInclusive', value: 1 }] },
      message: { zh: msg, en: msg },
      sources: [{ issuer: 'i', document: 'd', date: '2024' }],
    },
    {
      id: 'slice.fee',
      risk: 'loan.free-interest-with-fees',
      severity: 'caution',
      pageKinds: ['loan'],
      conditions: { any: [{ fact: 'lexicon', params: { lexicon: 'slice.fee' }, operator: 'greaterThanInclusive', value: 1 }] },
      message: { zh: msg, en: msg },
      sources: [{ issuer: 'i', document: 'd', date: '2024' }],
    },
  ],
};

describe('time-sliced matching and scanning', () => {
  const ruleset = compileRuleset([pack]);

  it('finds the same hits window by window as in one go, across window ends', async () => {
    // ~60k characters: several 16k windows; long blocks so matches sit near window ends.
    const filler = '文'.repeat(997);
    const d = page(
      `<p>借款 额度</p>${Array.from({ length: 60 }, (_, i) => `<p>${filler}日息${i}.5%</p><p>不收取服务费</p><p>免服务费，另收服务费</p>`).join('')}`,
    );
    const s = takeSnapshot(d);
    expect(s.text.length).toBeGreaterThan(50_000);
    const once = ruleset.matcher.match(s);
    const slicer = eagerSlicer();
    const sliced = await ruleset.matcher.matchSliced(s, slicer);
    expect([...sliced.entries()]).toEqual([...once.entries()]);
    expect(slicer.pauses).toBeGreaterThan(1);
    expect(once.get('slice.rate')).toHaveLength(120);
    // 不收取服务费 is negated; 免服务费 and the later 服务费 count.
    expect(
      once
        .get('slice.fee')!
        .toArray()
        .map((h) => h.match)
        .slice(0, 2),
    ).toEqual(['免服务费', '服务费']);
  });

  it('scanDocument with yieldToPage gives the result of an unsliced scan, and yields', async () => {
    const d = page(`<p>借款 额度</p>${bigPage(300)}<p>收取服务费</p>`);
    const whole = await scanDocument(ruleset, d, { today: '2026-11-27' });
    const yieldToPage = vi.fn(() => Promise.resolve());
    const sliced = await scanDocument(ruleset, d, { today: '2026-11-27', yieldToPage, sliceMs: 0.0001 });
    expect(sliced.kind).toBe('loan');
    expect(sliced.firedRules.sort()).toEqual(whole.firedRules.sort());
    expect(sliced.findings.map((f) => [f.risk, f.evidence.map((e) => e.text)])).toEqual(
      whole.findings.map((f) => [f.risk, f.evidence.map((e) => e.text)]),
    );
    expect(yieldToPage.mock.calls.length).toBeGreaterThan(3);
  });

  it('never pauses without a yield function', () => {
    expect(createTimeSlicer(undefined, 8)).toBeNull();
    expect(createTimeSlicer(() => Promise.resolve(), Number.NaN)?.due()).toBe(false);
  });
});

describe('phrase trie + pattern alternation', () => {
  // The reference: the patterns' alternation and the phrases' alternation, each stepping one
  // character after a match. At a position, every phrase starting there (shorter first), then
  // the pattern that matches there: a pattern does not hide another lexicon's phrases.
  function reference(lexicons: Record<string, { phrases: string[]; patterns: string[] }>, text: string) {
    const groups: string[] = [];
    const groupLexicon: string[] = [];
    const owners = new Map<string, string[]>();
    for (const [name, spec] of Object.entries(lexicons)) {
      for (const p of spec.phrases) owners.set(p, [...(owners.get(p) ?? []), name]);
      for (const p of spec.patterns) {
        groups.push(`(${p})`);
        groupLexicon.push(name);
      }
    }
    const byStart = new Map<number, string[]>();
    const at = (i: number) => byStart.get(i) ?? (byStart.set(i, []), byStart.get(i)!);
    const literals = [...owners.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const phraseRe = new RegExp(`(?:${literals.join('|')})`, 'gu');
    for (let m = phraseRe.exec(text); m; m = phraseRe.exec(text)) {
      phraseRe.lastIndex = m.index + 1;
      for (let len = 1; len <= m[0].length; len++)
        for (const o of owners.get(m[0].slice(0, len)) ?? []) at(m.index).push(`${o}:${m[0].slice(0, len)}@${m.index}`);
    }
    const patternRe = new RegExp(groups.join('|'), 'gu');
    const patternHits = new Map<number, string>();
    for (let m = patternRe.exec(text); m; m = patternRe.exec(text)) {
      patternRe.lastIndex = m.index + 1;
      if (!m[0]) continue;
      const g = groupLexicon.findIndex((_, i) => m[i + 1] !== undefined);
      patternHits.set(m.index, `${groupLexicon[g]}:${m[0]}@${m.index}`);
    }
    for (const [i, hit] of patternHits) at(i).push(hit);
    return [...byStart.keys()].sort((x, y) => x - y).flatMap((i) => byStart.get(i)!);
  }

  it('finds what the pattern and phrase alternations find, on random text', () => {
    const lexicons = {
      'x.a': { phrases: ['免息', '免息分期', '服务费', '免服务费', '日息'], patterns: ['日息\\d+(?:\\.\\d+)?%'] },
      'x.b': { phrases: ['服务', '分期', '免息'], patterns: ['\\d{3,}元', '(?:^|[^无不])需先交'] },
      'x.c': { phrases: ['元', 'Keep me signed in'], patterns: [] },
    };
    const specs = Object.fromEntries(Object.entries(lexicons).map(([k, v]) => [k, { ...v, negatable: false }]));
    const m = new LexiconMatcher(specs, []);
    const pieces = [
      '免息',
      '分期',
      '服务费',
      '免',
      '日息',
      '0.05%',
      '1200元',
      '无需先交',
      '需先交',
      '元',
      'Keep me signed in',
      '的',
      '\n',
      ' ',
      '12',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 30; round++) {
      const lines = Array.from({ length: 40 }, () =>
        Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(''),
      );
      const d = page(lines.map((l) => `<p>${l.replace(/\n/g, '')}</p>`).join(''));
      const s = takeSnapshot(d);
      const got = [...m.match(s).values()]
        .flatMap((list) => list.toArray())
        .sort((a, b) => a.start - b.start)
        .map((h) => `${h.lexicon}:${h.match}@${h.start}`);
      // The reference keeps hits nested in the previous hit of a lexicon; drop those the same way.
      const last = new Map<string, number>();
      const want = reference(lexicons, s.text).filter((h) => {
        const [lex, rest] = h.split(/:(.*)/s) as [string, string];
        const [match, at] = [rest.slice(0, rest.lastIndexOf('@')), Number(rest.slice(rest.lastIndexOf('@') + 1))];
        const end = at + match.length;
        if ((last.get(lex) ?? -1) >= end) return false;
        last.set(lex, end);
        return true;
      });
      expect(got.sort()).toEqual(want.sort());
    }
  });
});

describe('timer names', () => {
  it('the selector the walk asks finds the words in ids and classes, ASCII in any case', async () => {
    const { timerSelector } = await import('../../../src/core/read/snapshot-markup');
    const TIMER_SELECTOR = timerSelector(['countdown', 'count-down', 'timer', '倒计时']);
    const TIMER_NAME = /count-?down|timer|倒计时/i;
    const names = [
      'x countdown',
      'COUNT-DOWN y',
      'Timer',
      'js-timer-box',
      '活动倒计时',
      'count down',
      'account',
      'timed',
      'ctimer',
      'nav item',
      ' ',
      'CountDown2',
      'TIMER',
      'tımer',
      'count_down',
      '倒计',
      'x-倒计时-y',
    ];
    const d = page('');
    let matched = 0;
    for (const name of names) {
      for (const attribute of ['id', 'class']) {
        const el = d.createElement('div');
        el.setAttribute(attribute, name);
        const expected = TIMER_NAME.test(name);
        if (expected) matched++;
        expect(el.matches(TIMER_SELECTOR), `${attribute}="${name}"`).toBe(expected);
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('several roots as one region', () => {
  it('reads the subtrees in the order given, skips hidden ones, and runs the rules once over all', async () => {
    const d = page(
      '<div id="a"><p>日息5%</p></div><p>外面 服务费</p><div id="b"><p>收取服务费</p></div><div hidden><p id="h">日息9%</p></div>',
    );
    const roots = [d.getElementById('b')!, d.getElementById('a')!, d.getElementById('h')!];
    expect(takeSnapshot(d, {}, roots).text).toBe('收取服务费\n日息5%');
    expect(takeSnapshot(d, {}, []).text).toContain('外面');
    const ruleset = compileRuleset([pack]);
    const r = await scanDocument(ruleset, d, { kind: 'loan', roots, today: '2026-11-27' });
    expect(r.firedRules.sort()).toEqual(['slice.fee', 'slice.rate']);
    const sliced = await scanDocument(ruleset, d, {
      kind: 'loan',
      roots,
      today: '2026-11-27',
      yieldToPage: () => Promise.resolve(),
      sliceMs: 0.0001,
    });
    expect(sliced.firedRules.sort()).toEqual(r.firedRules.sort());
  });
});
