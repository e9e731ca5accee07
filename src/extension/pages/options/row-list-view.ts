// A list of the options page whose rows each carry one button: the trusted sites (移除), the
// paused sites (恢复) and the hidden warnings (恢复显示). Re-drawn from every state the page
// renders; the "nothing here" note shows only when there are no rows. Row text is set as text.
import type { OptionsState } from '../../protocol';
import { el } from '../../../ui/dom-build';
import type { OptionsPage } from './options-page';

export interface ListRow {
  text: string;
  /** The button's visible word, and its accessible name (which says what it acts on). */
  button: string;
  label: string;
  /** The button's click listener. */
  press: (event: Event) => void;
}

export interface RowList {
  /** The ids of the list and of its empty note in index.html. */
  listId: string;
  emptyId: string;
  rows: (state: OptionsState) => ListRow[];
}

export function setUpRowList(page: OptionsPage, { listId, emptyId, rows }: RowList): void {
  const list = document.getElementById(listId) as HTMLUListElement;
  const empty = document.getElementById(emptyId) as HTMLElement;

  page.onRender((state) => {
    const shown = rows(state);
    empty.hidden = shown.length > 0;
    list.replaceChildren(
      ...shown.map(({ text, button, label, press }) => {
        const action = el(document, 'button', { text: button });
        action.type = 'button';
        action.setAttribute('aria-label', label);
        action.addEventListener('click', press);
        return el(document, 'li', {}, [el(document, 'span', { text }), action]);
      }),
    );
  });
}
