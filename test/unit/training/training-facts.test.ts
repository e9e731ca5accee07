// The training facts over real snapshots and the real training pack's lexicons.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../src/cli/parse-html';
import { FactMemo, type FactParams } from '../../../src/core/facts/fact-context';
import { trainingFacts } from '../../../src/core/facts/training/index';
import { LexiconMatcher, type LexiconSpec } from '../../../src/core/match/lexicon-matcher';
import { ephemeralMemory, scanDocument } from '../../../src/core/scan';
import { takeSnapshot } from '../../../src/core/read/snapshot';
import { GRAMMAR } from '../bundled-grammar';
import { bundledRuleset } from '../../fuzz/bundled-ruleset';
import { explainRules } from '../../../src/core/evaluate/explain';

const pack = JSON.parse(readFileSync(join(import.meta.dirname, '../../../rules/training-course.json'), 'utf8')) as {
  lexicons: Record<string, { phrases?: string[]; patterns?: string[]; negatable?: boolean }>;
};
const lexicons: Record<string, LexiconSpec> = Object.fromEntries(
  Object.entries(pack.lexicons).map(([name, l]) => [
    name,
    { phrases: l.phrases ?? [], patterns: l.patterns ?? [], negatable: l.negatable ?? false },
  ]),
);
const matcher = new LexiconMatcher(lexicons, []);

function fact(html: string, name: string, params: FactParams = {}, visibility: 'attributes' | 'computed' = 'computed') {
  const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  const snapshot = takeSnapshot(doc, { visibility });
  const memo = new FactMemo(new Map(Object.entries(trainingFacts)));
  const ctx = memo.context({
    snapshot,
    kind: 'training-course',
    hits: matcher.match(snapshot),
    today: '2026-06-01',
    phrasesOf: () => [],
    grammar: GRAMMAR,
    memory: ephemeralMemory(),
    lexiconsIn: (text) => matcher.lexiconsIn(text),
  });
  return ctx.get(name, params);
}

describe('incomeClaims', () => {
  it('counts claims with a readable figure and points at their blocks', () => {
    const r = fact('<p>学员两个月赚11.8万</p><p>宝妈日赚601</p><p>收入稳定</p>', 'incomeClaims');
    expect(r.value).toBe(2);
    expect(r.evidence.map((e) => e.element?.textContent)).toEqual(['学员两个月赚11.8万', '宝妈日赚601']);
  });

  it('keeps only claims at least minMonthly a month', () => {
    const html = '<p>月入5000</p><p>日赚601</p>';
    expect(fact(html, 'incomeClaims', { minMonthly: 10000 }).value).toBe(1);
    expect(fact(html, 'incomeClaims', { minMonthly: 100000 }).value).toBe(0);
  });

  it('drops claims in a block with an exclude hit (a disclaimer)', () => {
    const html = '<p>本课程不承诺月入过万</p><p>月入8000</p>';
    expect(fact(html, 'incomeClaims', { exclude: 'training.disclaimer' }).value).toBe(1);
  });

  it('ignores claims hidden by CSS', () => {
    const html = '<style>.x{display:none}</style><p class="x">月入过万</p>';
    expect(fact(html, 'incomeClaims').value).toBe(0);
  });
});

describe('lexiconNearby', () => {
  const params = { lexicon: 'training.elderlyAudience', near: 'training.incomeFigure', window: 2 };

  it('counts a hit within the window of a near hit, evidence from the main lexicon only', () => {
    const r = fact('<h3>退休阿姨看过来</h3><p>第二行</p><p>月入过万</p>', 'lexiconNearby', params);
    expect(r.value).toBeGreaterThan(0);
    expect(r.evidence.map((e) => e.element?.tagName)).toEqual(['H3']);
  });

  it('ignores hits farther than the window', () => {
    const html = '<h3>退休阿姨看过来</h3><p>一</p><p>二</p><p>三</p><p>月入过万</p>';
    expect(fact(html, 'lexiconNearby', params).value).toBe(0);
    expect(fact(html, 'lexiconNearby', { ...params, window: 4 }).value).toBeGreaterThan(0);
  });

  it('drops hits in blocks where params.exclude hits', () => {
    const clock = { lexicon: 'training.clockText', near: 'training.deadlineWords', window: 1 };
    const html = '<p>发布时间 2017-03-10 09:58:03</p><p>活动结束</p>';
    expect(fact(html, 'lexiconNearby', clock).value).toBe(1);
    expect(fact(html, 'lexiconNearby', { ...clock, exclude: 'training.timestamp' }).value).toBe(0);
  });

  it('is zero without near hits or without params', () => {
    expect(fact('<p>退休阿姨</p>', 'lexiconNearby', params).value).toBe(0);
    expect(fact('<p>退休阿姨 月入过万</p>', 'lexiconNearby', {}).value).toBe(0);
  });
});

describe('countdownTimers', () => {
  it('counts a visible countdown labelled with a deadline word, once for nested parts', () => {
    const html =
      '<div class="promo">距优惠结束<div class="countdown"><span class="countdown-h">02</span>:<span class="countdown-m">15</span></div></div>';
    const r = fact(html, 'countdownTimers');
    expect(r.value).toBe(1);
    expect(r.evidence[0]?.element?.className).toBe('countdown');
  });

  it('finds a countdown named in Chinese through the pack grammar (page.timerName), in a whole scan', async () => {
    const html =
      '<h1>直播带货训练营</h1><div class="promo">距优惠结束<div class="活动倒计时"><span>02</span>:<span>15</span></div></div>';
    const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
    // The read stage alone knows only the ASCII words; the scan adds the packs' words.
    expect(takeSnapshot(doc).timerElements).toEqual([]);
    const explained = await scanDocument(bundledRuleset(), doc, {
      kind: 'training-course',
      today: '2026-06-01',
      explainer: explainRules,
    });
    const counted = Object.entries(explained.explain?.facts ?? {}).filter(([name]) => name.startsWith('countdownTimers'));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every(([, value]) => value === 1)).toBe(true);
  });

  it('ignores a timer with no deadline words around it (a video player)', () => {
    expect(fact('<div class="player"><span class="video-timer">03:25</span> / 12:40</div>', 'countdownTimers').value).toBe(0);
  });

  it('ignores a timer hidden by a stylesheet', () => {
    const html = '<style>.gone{display:none}</style><div class="gone">限时优惠 <span id="timer">23:59:59</span></div>';
    expect(fact(html, 'countdownTimers').value).toBe(0);
  });
});
