import { describe, expect, it } from 'vitest';
import { LexiconMatcher } from '../../../src/core/match/lexicon-matcher';
import { takeSnapshot } from '../../../src/core/read/snapshot';

function snap(html: string) {
  document.body.innerHTML = html;
  return takeSnapshot(document);
}

const matcher = new LexiconMatcher(
  {
    'test.free': { phrases: ['免息', '零利息'], patterns: [], negatable: false },
    'test.fee': { phrases: ['服务费', '保证金'], patterns: ['手续费\\d+(?:\\.\\d+)?%'], negatable: true },
    'test.freeInstalment': { phrases: ['免息分期'], patterns: [], negatable: false },
    'test.shared': { phrases: ['免息'], patterns: [], negatable: false },
  },
  ['不收取', '谨防'],
);

describe('LexiconMatcher', () => {
  it('drops hits in blocks that CSS hides, in computed mode, in one go and in slices', async () => {
    document.body.innerHTML = '<style>.gone{display:none}</style><p class="gone">免息</p><p>零利息</p><p class="gone">服务费</p>';
    const s = takeSnapshot(document, { visibility: 'computed' });
    const eager = { due: () => true, pause: async () => {} };
    for (const hits of [matcher.match(s), await matcher.matchSliced(s, eager)]) {
      expect(
        hits
          .get('test.free')
          ?.toArray()
          .map((h) => [h.match, h.block]),
      ).toEqual([['零利息', 1]]);
      expect(hits.get('test.fee')).toBeUndefined();
    }
    // Attributes mode trusts markup only.
    expect(matcher.match(snap(document.body.innerHTML)).get('test.free')).toHaveLength(2);
  });

  it('finds phrases and patterns of every lexicon in one pass, with their blocks', () => {
    const hits = matcher.match(snap('<p>30天免息</p><p>另收服务费和手续费1.5%</p>'));
    expect(
      hits
        .get('test.free')
        ?.toArray()
        .map((h) => [h.match, h.block]),
    ).toEqual([['免息', 0]]);
    expect(
      hits
        .get('test.fee')
        ?.toArray()
        .map((h) => h.match),
    ).toEqual(['服务费', '手续费1.5%']);
  });

  it('a pattern of one lexicon does not hide the phrases of another that start where it does', () => {
    const own = new LexiconMatcher(
      {
        'test.deduction': { phrases: [], patterns: ['放款时[^。]{0,12}?收取'], negatable: false },
        'test.signals': { phrases: ['放款', '放款时'], patterns: [], negatable: false },
      },
      [],
    );
    const hits = own.match(snap('<p>放款时一次性收取评估费300元</p>'));
    expect(
      hits
        .get('test.deduction')
        ?.toArray()
        .map((h) => h.match),
    ).toEqual(['放款时一次性收取']);
    expect(
      hits
        .get('test.signals')
        ?.toArray()
        .map((h) => h.match),
    ).toEqual(['放款', '放款时']);
    expect([...own.lexiconsIn('放款时一次性收取')].sort()).toEqual(['test.deduction', 'test.signals']);
  });

  it('reports a phrase to every lexicon that lists it', () => {
    const hits = matcher.match(snap('<p>免息</p>'));
    expect(hits.get('test.free')).toHaveLength(1);
    expect(hits.get('test.shared')).toHaveLength(1);
  });

  it('lets a longer phrase and a shorter phrase inside it both be found', () => {
    const hits = matcher.match(snap('<p>支持免息分期</p>'));
    expect(hits.get('test.freeInstalment')?.match(0)).toBe('免息分期');
    expect(hits.get('test.free')?.match(0)).toBe('免息');
  });

  it('drops negated hits of negatable lexicons only', () => {
    const hits = matcher.match(snap('<p>放款前不收取任何保证金</p><p>谨防免息陷阱</p>'));
    expect(hits.get('test.fee')).toBeUndefined();
    expect(hits.get('test.free')).toHaveLength(1); // not negatable
  });

  it('does not let a negation in a previous block cancel a hit', () => {
    const hits = matcher.match(snap('<p>不收取</p><p>保证金500元</p>'));
    expect(hits.get('test.fee')).toHaveLength(1);
  });

  it('lexiconsIn tells which lexicons occur in a short string', () => {
    expect([...matcher.lexiconsIn('同意支付服务费')]).toEqual(['test.fee']);
    expect(matcher.lexiconsIn('记住我').size).toBe(0);
  });

  it('lexiconsIn finds what a page match finds in the same words', () => {
    // Before, a short string met one alternation: only the longest phrase at a position counted.
    expect([...matcher.lexiconsIn('支持免息分期')].sort()).toEqual(['test.free', 'test.freeInstalment', 'test.shared']);
    for (const text of [
      '支持免息分期',
      '另收服务费和手续费1.5%',
      '不收取任何保证金',
      '谨防免息陷阱',
      '手续费2%免息',
      '零利息，无服务费',
    ]) {
      const onPage = [...matcher.match(snap(`<p>${text}</p>`)).keys()].sort();
      expect([...matcher.lexiconsIn(text)].sort(), text).toEqual(onPage);
    }
  });

  it('copes with an empty rule set and an empty page', () => {
    expect(new LexiconMatcher({}, []).match(snap('<p>任何</p>')).size).toBe(0);
    expect(matcher.match(snap('')).size).toBe(0);
  });
});
