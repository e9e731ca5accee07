// Mingbai's own words about a piece of evidence are shown apart from the page's words: the quote
// under "页面上写着" holds Evidence.text only; the note has its own line and heading.
import { afterEach, describe, expect, it } from 'vitest';
import { groupByElement } from '../../../src/ui/marker-groups';
import { MarkerLayer } from '../../../src/ui/marker-layer';
import { evidenceNoteText } from '../../../src/ui/evidence-note';
import { __forgetHostsForTests, __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { uiText } from '../../../src/ui/ui-strings';
import { makeFinding } from '../content/make-finding';

afterEach(() => {
  __forgetHostsForTests(document);
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

function openPopover(lang: 'zh' | 'en') {
  document.body.innerHTML = '<p id="holder">经营者名称：福园庆丰包子铺</p>';
  const holder = document.getElementById('holder')!;
  const finding = makeFinding('food.name-mismatch', 'caution', [holder]);
  finding.evidence[0]!.note = { code: 'holder-vs-shop', values: ['福园庆丰包子铺', '老北京炸酱面'] };
  const settings: UiSettings = { lang, sensitivity: 'standard', textScale: 1, readAloud: false };
  const layer = new MarkerLayer(document, {
    onReportWrong: () => undefined,
    onError: (e) => {
      throw e;
    },
  });
  layer.render(groupByElement([finding]), settings);
  const shadow = __shadowForTests(layer.host!)!;
  shadow.querySelector<HTMLButtonElement>('button.marker')!.click();
  return shadow.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('evidence notes', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: the quote is the page's text; the note is its own line, not under "the page says"`, () => {
      const dialog = openPopover(lang);
      const quote = dialog.querySelector('.quote')!;
      expect(quote.querySelector('q')!.textContent).toBe('经营者名称：福园庆丰包子铺');
      expect(quote.textContent).not.toContain('老北京炸酱面');
      const note = dialog.querySelector('.evidence-note')!;
      expect(note).not.toBeNull();
      expect(note.closest('.quote')).toBeNull();
      expect(note.querySelector('strong')!.textContent).toContain(uiText(lang, 'content_noteHeading'));
      expect(note.textContent).toContain('老北京炸酱面');
      expect(note.textContent).toContain(
        evidenceNoteText({ code: 'holder-vs-shop', values: ['福园庆丰包子铺', '老北京炸酱面'] }, lang),
      );
    });
  }

  it('words every code in both languages, with the values as given', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(evidenceNoteText({ code: 'image-description' }, lang)).toBe(uiText(lang, 'content_note_imageDescription'));
      expect(evidenceNoteText({ code: 'preset-box' }, lang)).toBe(uiText(lang, 'content_note_presetBox'));
      const shared = evidenceNoteText({ code: 'licence-shared-names', values: ['JY11101050012345', '张记', '李记'] }, lang);
      expect(shared).toContain('JY11101050012345');
      expect(shared).toContain(`张记${uiText(lang, 'content_nameSeparator')}李记`);
      expect(shared).not.toMatch(/\$\d/);
    }
  });
});
