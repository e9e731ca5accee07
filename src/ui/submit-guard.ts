// Elder profile on a page with a `danger` finding: before a form is submitted, a plain-words
// confirmation (我再想想 / 我已了解，继续提交) that also names the boxes the page ticked for the
// reader and are still ticked. Once per form: after "continue" the form is submitted for real
// and never stopped again. One capture listener on the window, none per form.
import { el } from './dom-build';
import { labelNear } from './marker-anchor';
import { createUiHost, UI_LAYER, type UiHost } from './ui-host';
import { uiText } from './ui-strings';
import { baseCss, SEVERITY_COLOURS, severityIcon, themeSizes, type UiSettings } from './ui-theme';

export const DIALOG_HOST_TAG = 'mingbai-confirm-dialog';

export interface GuardContent {
  /** Titles of the danger findings, in the reader's language. */
  titles: string[];
  hotline: string;
}

function dialogCss(settings: UiSettings): string {
  const sizes = themeSizes(settings);
  return `${baseCss(sizes)}
.backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(0,0,0,.65); display: flex;
  align-items: center; justify-content: center; padding: 16px; }
.box { background: #FFF; color: #000; max-width: 560px; width: 100%; border: 5px solid ${SEVERITY_COLOURS.danger.bg};
  border-radius: 12px; padding: 20px 24px; font-size: ${Math.max(sizes.body, 20)}px; line-height: 1.7;
  box-shadow: 0 10px 40px rgba(0,0,0,.5); max-height: calc(100vh - 32px); overflow: auto; }
h2 { margin: 0 0 8px; font-size: 1.25em; color: ${SEVERITY_COLOURS.danger.bg}; display: flex; align-items: center; gap: 8px; }
.ticked { font-weight: 700; background: #FFF1B8; padding: 4px 8px; border-radius: 6px; }
p { margin: .5em 0; }
.buttons { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.buttons button { min-height: 52px; padding: 8px 20px; }
`;
}

export class SubmitGuard {
  private active = false;
  private content: GuardContent = { titles: [], hotline: '' };
  private settings: UiSettings | null = null;
  private confirmed = new WeakSet<HTMLFormElement>();
  private ui: UiHost | null = null;
  private listening = false;
  private view: Window;
  /** Boxes that were ticked when the guard first looked, before the reader did anything. */
  private tickedAtStart = new WeakSet<HTMLInputElement>();

  constructor(private readonly doc: Document) {
    this.view = doc.defaultView ?? window;
  }

  get host(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  update(active: boolean, content: GuardContent, settings: UiSettings): void {
    this.active = active;
    this.content = content;
    this.settings = settings;
    if (active && !this.listening) {
      this.view.addEventListener('submit', this.onSubmit, true);
      for (const box of Array.from(this.doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')))
        if (box.checked) this.tickedAtStart.add(box);
    }
    if (!active && this.listening) this.view.removeEventListener('submit', this.onSubmit, true);
    this.listening = active;
  }

  destroy(): void {
    this.update(false, this.content, this.settings ?? { lang: 'zh', sensitivity: 'elder', textScale: 1, readAloud: false });
    this.close(null);
  }

  private readonly onSubmit = (event: Event): void => {
    const form = event.target as HTMLFormElement | null;
    // tagName, not instanceof: the form may come from another realm (iframes, test DOMs).
    if (!this.active || !form || (form as Element).tagName !== 'FORM' || this.confirmed.has(form)) return;
    // Stop the page's own handlers too (SPAs submit with fetch from a submit listener).
    event.preventDefault();
    event.stopImmediatePropagation();
    if (this.ui) return;
    this.open(form, (event as SubmitEvent).submitter ?? null);
  };

  private open(form: HTMLFormElement, submitter: HTMLElement | null): void {
    const settings = this.settings!;
    const { lang } = settings;
    const returnTo = (submitter ?? this.doc.activeElement) as HTMLElement | null;
    const ui = createUiHost(
      this.doc,
      DIALOG_HOST_TAG,
      dialogCss(settings),
      { position: 'fixed', top: '0', left: '0', width: '100%', height: '100%' },
      UI_LAYER.dialog,
    );
    const cancel = el(this.doc, 'button', {
      className: 'cancel primary',
      text: uiText(lang, 'content_guardCancel'),
      attrs: { type: 'button' },
    });
    const proceed = el(this.doc, 'button', {
      className: 'continue',
      text: uiText(lang, 'content_guardContinue'),
      attrs: { type: 'button' },
    });
    const box = el(
      this.doc,
      'div',
      {
        className: 'box',
        attrs: {
          role: 'alertdialog',
          'aria-modal': 'true',
          'aria-labelledby': 'guard-title',
          'aria-describedby': 'guard-body',
          lang: lang === 'zh' ? 'zh-CN' : 'en',
        },
      },
      [
        el(this.doc, 'h2', { attrs: { id: 'guard-title' } }, [
          severityIcon(this.doc, 'danger'),
          this.doc.createTextNode(` ${uiText(lang, 'content_guardTitle')}`),
        ]),
        el(this.doc, 'div', { attrs: { id: 'guard-body' } }, [
          el(this.doc, 'p', {
            text: uiText(lang, 'content_guardBody', this.content.titles.join(uiText(lang, 'content_listSeparator'))),
          }),
          ...this.preTickedNotice(form, lang),
          el(this.doc, 'p', { text: uiText(lang, 'content_guardWhy', this.content.hotline) }),
        ]),
        el(this.doc, 'div', { className: 'buttons' }, [cancel, proceed]),
      ],
    );
    ui.shadow.append(el(this.doc, 'div', { className: 'backdrop' }, [box]));
    this.ui = ui;

    cancel.addEventListener('click', () => this.close(returnTo));
    proceed.addEventListener('click', () => {
      this.confirmed.add(form);
      this.close(null);
      submitForReal(form, submitter);
    });
    ui.shadow.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close(returnTo);
      } else if (e.key === 'Tab') {
        // Focus stays inside the dialog: two buttons, Tab and Shift+Tab cycle between them.
        e.preventDefault();
        (ui.shadow.activeElement === cancel ? proceed : cancel).focus();
      }
    });
    this.doc.addEventListener('focusin', this.keepFocusInside, true);
    cancel.focus();
  }

  /** "这些选项已经替您勾上了：「…」" for the form's boxes ticked by the page and still ticked. */
  private preTickedNotice(form: HTMLFormElement, lang: UiSettings['lang']): HTMLElement[] {
    const labels = Array.from(form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      .filter((box) => box.checked && (box.defaultChecked || this.tickedAtStart.has(box)))
      .map((box) => boxLabel(box))
      .filter((text) => text.length > 0);
    const unique = [...new Set(labels)];
    if (!unique.length) return [];
    const quoted = unique.map((t) => (lang === 'zh' ? `“${t}”` : `"${t}"`)).join(lang === 'zh' ? '、' : ', ');
    return [el(this.doc, 'p', { className: 'ticked', text: uiText(lang, 'content_guardBoxes', quoted) })];
  }

  private readonly keepFocusInside = (event: Event): void => {
    if (this.ui && event.target !== this.ui.host) this.ui.shadow.querySelector<HTMLElement>('.cancel')?.focus();
  };

  private close(returnTo: HTMLElement | null): void {
    this.doc.removeEventListener('focusin', this.keepFocusInside, true);
    this.ui?.remove();
    this.ui = null;
    returnTo?.focus?.();
  }
}

const MAX_LABEL = 60;

/** The words next to a box, as the reader sees them (its label, else its aria-label or name). */
function boxLabel(box: HTMLInputElement): string {
  const text = (labelNear(box)?.textContent ?? box.getAttribute('aria-label') ?? box.title ?? '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL)}…` : text;
}

function submitForReal(form: HTMLFormElement, submitter: HTMLElement | null): void {
  if (typeof form.requestSubmit === 'function') {
    const valid =
      submitter &&
      (submitter as HTMLButtonElement).form === form &&
      /^(submit|image)$/.test((submitter as HTMLButtonElement).type);
    form.requestSubmit(valid ? submitter : undefined);
  } else {
    form.submit();
  }
}
