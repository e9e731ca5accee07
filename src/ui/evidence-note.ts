// Mingbai's own words about a piece of evidence (Evidence.note), worded in the reader's language.
// They are shown apart from the quote (never under "页面上写着"), so what the page says and what
// Mingbai says about it cannot be mistaken for each other. The CLI words notes the same way.
import type { EvidenceNote } from '../core/shared/types';
import { uiText, type UiLang } from './ui-strings';

/** At most this many shop names are listed in a note. */
const MAX_NAMES = 8;

export function evidenceNoteText(note: EvidenceNote, lang: UiLang): string {
  switch (note.code) {
    case 'image-description':
      return uiText(lang, 'content_note_imageDescription');
    case 'preset-box':
      return uiText(lang, 'content_note_presetBox');
    case 'holder-vs-shop':
      return uiText(lang, 'content_note_holderVsShop', note.values[0], note.values[1]);
    case 'licence-shared-names': {
      const [licence = '', ...names] = note.values;
      return uiText(
        lang,
        'content_note_licenceSharedNames',
        licence,
        names.slice(0, MAX_NAMES).join(uiText(lang, 'content_nameSeparator')),
      );
    }
  }
}
