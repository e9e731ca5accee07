// Evidence quotes never cut a character in half: not a surrogate pair, not an emoji sequence.
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { blockEvidence, clipText, graphemeCut, snippetAround } from '../../../src/core/facts/evidence-snippet';
import { takeSnapshot } from '../../../src/core/read/snapshot';

const hasLoneSurrogate = (s: string) => /\p{Cs}/u.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
const family = '👨‍👩‍👧‍👦';

describe('graphemeCut', () => {
  it('moves a cut out of a surrogate pair and out of a ZWJ family, either way', () => {
    const text = `ab😀cd${family}ef`;
    expect(graphemeCut(text, 3, -1)).toBe(2);
    expect(graphemeCut(text, 3, 1)).toBe(4);
    const inFamily = text.indexOf(family) + 3;
    expect(graphemeCut(text, inFamily, -1)).toBe(text.indexOf(family));
    expect(graphemeCut(text, inFamily, 1)).toBe(text.indexOf(family) + family.length);
    expect(graphemeCut(text, 1, -1)).toBe(1);
  });
});

describe('snippetAround and blockEvidence', () => {
  // Every cut position: the 30 characters of context end inside an emoji at some offset.
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])('never split a character (filler %i)', (n) => {
    const fill = '字'.repeat(n);
    const block = `${fill}${'😀👍🏽'.repeat(20)}免息${family.repeat(6)}🇨🇳🇨🇳${fill}`;
    const doc = parseHtml(`<p>${block}</p>`);
    const snapshot = takeSnapshot(doc);
    const start = snapshot.text.indexOf('免息');
    const quote = snippetAround(snapshot, 0, start, start + 2);
    expect(quote).toContain('免息');
    expect(hasLoneSurrogate(quote)).toBe(false);
    // eslint-disable-next-line no-misleading-character-class -- the class lists the joiners and modifiers a cut may strand
    expect(quote).not.toMatch(/^…?[\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]|\u200d…?$/u);
    const whole = blockEvidence(snapshot, 0, 'test').text;
    expect(hasLoneSurrogate(whole)).toBe(false);
    expect(whole).not.toMatch(/\u200d…?$|[\u{1F3FB}-\u{1F3FF}]$/u);
    // Whatever it keeps is the page's own text, whole characters only.
    expect(block).toContain(quote.replace(/^…|…$/g, ''));
  });
});

describe('clipText', () => {
  it('keeps whole characters when it cuts a label or an image description', () => {
    const text = `${'字'.repeat(59)}😀${family}`;
    expect(clipText(text, 60)).toBe('字'.repeat(59));
    expect(clipText(text, 61)).toBe(`${'字'.repeat(59)}😀`);
    expect(clipText(text, 65)).toBe(`${'字'.repeat(59)}😀`);
    expect(clipText('短', 60)).toBe('短');
  });
});

describe('the grapheme segmenter', () => {
  it('is made on the first cut, not when the module loads (a renderer first makes one in 15–27 ms)', async () => {
    const Real = Intl.Segmenter;
    let made = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        made++;
      }
    }
    Object.defineProperty(Intl, 'Segmenter', { value: Counting, configurable: true, writable: true });
    try {
      vi.resetModules();
      const fresh = await import('../../../src/core/facts/evidence-snippet');
      expect(made).toBe(0);
      expect(fresh.graphemeCut(`ab${family}cd`, 4, -1)).toBe(2);
      expect(fresh.graphemeCut(`ab${family}cd`, 5, 1)).toBe(2 + family.length);
      expect(made).toBe(1);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: Real, configurable: true, writable: true });
    }
  });
});
