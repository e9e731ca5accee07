// The top banner for `danger` findings: one or two plain sentences, the hotline, "show me"
// and "close". Fixed over the page (its own closed shadow root), so the layout never moves.
import type { Finding } from '../core/types';
import { el } from './dom-build';
import { createUiHost, UI_LAYER, type UiHost } from './ui-host';
import { uiText } from './ui-strings';
import { baseCss, SEVERITY_COLOURS, SEVERITY_SYMBOL, themeSizes, type UiSettings } from './ui-theme';

export const BANNER_HOST_TAG = 'mingbai-page-banner';
/** Titles named in the banner; the elder profile's large type gets one, so the banner stays short. */
const maxTitles = (settings: UiSettings) => (settings.sensitivity === 'elder' ? 1 : 2);
/** One below the marker layer: an open popover must never hide under the banner. */

function bannerCss(settings: UiSettings): string {
  const sizes = themeSizes(settings);
  const { bg, fg } = SEVERITY_COLOURS.danger;
  return `${baseCss(sizes)}
.banner { pointer-events: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 0;
  padding: 10px 16px; background: ${bg}; color: ${fg}; border-bottom: 3px solid #000; font-size: ${sizes.body}px;
  line-height: 1.5; box-shadow: 0 4px 14px rgba(0,0,0,.35); }
.text { flex: 1 1 320px; margin: 0; }
.text strong { font-weight: 700; }
.symbol { font-size: 1.2em; margin-right: 6px; }
.buttons { display: flex; gap: 8px; flex-wrap: wrap; }
`;
}

export interface BannerContent {
  /** The danger findings shown on this page, in order, with their display index. */
  dangers: Array<{ index: number; finding: Finding }>;
}

export class PageBanner {
  private ui: UiHost | null = null;
  private closedByReader = false;
  private key = '';

  constructor(
    private readonly doc: Document,
    private readonly onShowFirst: (index: number) => void,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  render(content: BannerContent, settings: UiSettings): void {
    if (!content.dangers.length || this.closedByReader) return this.remove();
    const { lang } = settings;
    const titles = [...new Set(content.dangers.map((d) => d.finding.message[lang].title))];
    const key = JSON.stringify([titles, settings, content.dangers[0]!.index]);
    if (key === this.key && this.ui) return;
    this.remove();
    this.key = key;
    const first = content.dangers[0]!;
    const max = maxTitles(settings);
    const shown = titles.slice(0, max).join(uiText(lang, 'content_listSeparator')) + (titles.length > max ? (lang === 'zh' ? '等' : ' and more') : '');
    const ui = createUiHost(this.doc, BANNER_HOST_TAG, bannerCss(settings), { position: 'fixed', top: '0', left: '0', right: '0', width: '100%' }, UI_LAYER.banner);
    const text = el(this.doc, 'p', { className: 'text', attrs: { role: 'alert' } }, [
      el(this.doc, 'span', { className: 'symbol', text: SEVERITY_SYMBOL.danger, attrs: { 'aria-hidden': 'true' } }),
      el(this.doc, 'strong', { text: uiText(lang, 'content_bannerText', content.dangers.length, shown) }),
      this.doc.createTextNode(' ' + uiText(lang, 'content_bannerAdvice', first.finding.message[lang].hotline)),
    ]);
    const show = el(this.doc, 'button', { className: 'show', text: uiText(lang, 'content_bannerShow'), attrs: { type: 'button' } });
    const close = el(this.doc, 'button', { className: 'close primary', text: uiText(lang, 'content_bannerClose'), attrs: { type: 'button' } });
    show.addEventListener('click', () => {
      try {
        this.onShowFirst(first.index);
      } catch {
        /* the reader can still scroll; never break the page */
      }
    });
    close.addEventListener('click', () => {
      this.closedByReader = true;
      this.remove();
    });
    ui.shadow.append(
      el(this.doc, 'section', { className: 'banner', attrs: { 'aria-label': uiText(lang, 'content_bannerLabel'), lang: lang === 'zh' ? 'zh-CN' : 'en' } }, [
        text,
        el(this.doc, 'div', { className: 'buttons' }, [show, close]),
      ]),
    );
    this.ui = ui;
  }

  remove(): void {
    this.ui?.remove();
    this.ui = null;
    this.key = '';
  }
}
