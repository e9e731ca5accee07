// The page's summary at the top: for `danger` findings a red banner, for cautions only a quiet
// one. It takes its own room (page-space.ts pushes the page down), so it never covers the page,
// and scrolls away with it; on a page too large to move it lies over the page's top instead,
// folded (page-room.ts, 0024). One line: the count ("3 个风险 · 6 处") and the first titles,
// "看看在哪里" and "关闭"; the line itself opens the details (the advice and the hotline).
// Open at first on a wide screen, folded on a phone.
import type { Finding } from '../core/shared/types';
import { el } from './dom-build';
import { PageSpace } from './page-space';
import type { UiLayout } from './page-room';
import type { RiskCount } from './risk-count';
import { riskCountText } from './risk-count-text';
import { createUiHost, UI_LAYER, type UiHost } from './ui-host';
import { uiText } from './ui-strings';
import { baseCss, SEVERITY_COLOURS, severityIcon, themeSizes, type UiSettings } from './ui-theme';

export const BANNER_HOST_TAG = 'mingbai-page-banner';
/** Titles named in the banner; the elder profile's large type gets one, so the banner stays short. */
const maxTitles = (settings: UiSettings) => (settings.sensitivity === 'elder' ? 1 : 2);
/** Narrower than this, the details start folded (phones). */
const WIDE_SCREEN = 600;

function bannerCss(settings: UiSettings, tone: 'danger' | 'quiet'): string {
  const sizes = themeSizes(settings);
  const { bg, fg } = tone === 'danger' ? SEVERITY_COLOURS.danger : { bg: '#FFF8DB', fg: '#000000' };
  const edge = tone === 'danger' ? '#000' : SEVERITY_COLOURS.caution.bg;
  return `${baseCss(sizes)}
/* The one line must fit a phone at the largest text size: the type shrinks with the width there. */
.banner { pointer-events: auto; margin: 0; padding: 6px 12px; background: ${bg}; color: ${fg}; overflow: hidden;
  border-bottom: 3px solid ${edge}; font-size: min(${sizes.body}px, 4.8vw); line-height: 1.4; }
.row { display: flex; flex-wrap: nowrap; align-items: center; gap: 8px; min-width: 0; }
.toggle { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 4px; text-align: left;
  background: transparent; color: inherit; border-color: transparent; padding: 4px 2px; }
.toggle:hover { background: rgba(127,127,127,.18); }
.summary { flex: 1 1 auto; min-width: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.chevron { flex: none; width: .55em; height: .55em; border-right: 3px solid currentColor; border-bottom: 3px solid currentColor;
  transform: rotate(45deg); margin: 0 4px .2em; }
.toggle[aria-expanded="true"] .chevron { transform: rotate(-135deg); margin-bottom: -.2em; }
.row > button:not(.toggle) { flex: none; white-space: nowrap; padding: 4px 12px; }
.details { margin: 4px 6px 2px; }
.details .close { display: none; margin-top: 6px; }
/* A phone: the line keeps the count and 看看在哪里; the brand and 关闭 move into the details. */
@media (max-width: ${WIDE_SCREEN - 1}px) {
  .heading { display: none; }
  .row > .close { display: none; }
  .details .close { display: inline-block; }
}
.details p { margin: .2em 0; }
.icon { flex: none; display: inline-flex; }
.icon svg { width: 1.1em; height: 1.1em; }
`;
}

export interface BannerContent {
  /** The findings shown on this page, in order, with their display index. */
  findings: Array<{ index: number; finding: Finding }>;
  count: RiskCount;
}

export class PageBanner {
  private ui: UiHost | null = null;
  private closedByReader = false;
  private key = '';
  private readonly space: PageSpace;
  private resizeObserver: ResizeObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onShowFirst: (index: number) => void,
  ) {
    this.space = new PageSpace(doc);
  }

  get host(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  render(content: BannerContent, settings: UiSettings, layout: UiLayout = 'room'): void {
    if (!content.findings.length || this.closedByReader) return this.remove();
    const { lang } = settings;
    const dangers = content.findings.filter((f) => f.finding.severity === 'danger');
    const tone = dangers.length ? 'danger' : 'quiet';
    const named = dangers.length ? dangers : content.findings;
    const titles = [...new Set(named.map((d) => d.finding.message[lang].title))];
    const key = JSON.stringify([tone, titles, content.count, settings, named[0]!.index]);
    if (key === this.key && this.ui) return;
    const wasOpen = this.ui?.shadow.querySelector('.toggle')?.getAttribute('aria-expanded');
    this.removeHost();
    this.key = key;
    const first = named[0]!;
    const max = maxTitles(settings);
    const shown =
      titles.slice(0, max).join(uiText(lang, 'content_listSeparator')) +
      (titles.length > max ? uiText(lang, 'content_andMore') : '');
    const countText = riskCountText(lang, content.count);
    const ui = createUiHost(
      this.doc,
      BANNER_HOST_TAG,
      bannerCss(settings, tone),
      { position: 'absolute', top: '0', left: '0', right: '0', width: '100%' },
      UI_LAYER.banner,
    );
    const heading = uiText(lang, tone === 'danger' ? 'content_bannerHeadingDanger' : 'content_bannerHeadingQuiet');
    // Laid over a page too large to move (0024), it starts as its one line.
    const open = wasOpen
      ? wasOpen === 'true'
      : layout === 'room' && (this.doc.defaultView?.innerWidth ?? WIDE_SCREEN) >= WIDE_SCREEN;

    const toggle = el(
      this.doc,
      'button',
      { className: 'toggle', attrs: { type: 'button', 'aria-expanded': String(open), 'aria-controls': 'details' } },
      [
        severityIcon(this.doc, tone === 'danger' ? 'danger' : 'caution'),
        el(this.doc, 'span', { className: 'summary', attrs: { 'data-count': countText } }, [
          el(this.doc, 'strong', {}, [
            el(this.doc, 'span', { className: 'heading', text: `${heading} ` }),
            this.doc.createTextNode(countText),
          ]),
          this.doc.createTextNode(`${uiText(lang, 'content_colon')}${shown}`),
        ]),
        el(this.doc, 'span', { className: 'chevron', attrs: { 'aria-hidden': 'true' } }),
      ],
    );
    const details = el(this.doc, 'div', { className: 'details', attrs: { id: 'details' } }, [
      el(this.doc, 'p', {
        text: uiText(
          lang,
          tone === 'danger' ? 'content_bannerText' : 'content_bannerQuietText',
          titles.join(uiText(lang, 'content_listSeparator')),
        ),
      }),
      el(this.doc, 'p', {
        text: uiText(
          lang,
          tone === 'danger' ? 'content_bannerAdvice' : 'content_bannerQuietAdvice',
          first.finding.message[lang].hotline,
        ),
      }),
    ]);
    details.hidden = !open;
    const show = el(this.doc, 'button', {
      className: 'show',
      text: uiText(lang, 'content_bannerShow'),
      attrs: { type: 'button' },
    });
    const close = el(this.doc, 'button', {
      className: 'close',
      text: uiText(lang, 'content_close'),
      attrs: { type: 'button', 'aria-label': uiText(lang, 'content_bannerClose') },
    });
    const closeInDetails = el(this.doc, 'button', {
      className: 'close',
      text: uiText(lang, 'content_bannerClose'),
      attrs: { type: 'button' },
    });
    details.append(closeInDetails);
    toggle.addEventListener('click', () => {
      const next = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(next));
      details.hidden = !next;
    });
    show.addEventListener('click', () => {
      try {
        this.onShowFirst(first.index);
      } catch {
        /* the reader can still scroll; never break the page */
      }
    });
    for (const button of [close, closeInDetails]) {
      button.addEventListener('click', () => {
        this.closedByReader = true;
        this.remove();
      });
    }
    const section = el(
      this.doc,
      'section',
      {
        className: `banner ${tone}`,
        attrs: { 'aria-label': uiText(lang, 'content_bannerLabel'), lang: lang === 'zh' ? 'zh-CN' : 'en' },
      },
      [
        el(this.doc, 'div', { className: 'row', attrs: { role: tone === 'danger' ? 'alert' : 'status' } }, [toggle, show, close]),
        details,
      ],
    );
    ui.shadow.append(section);
    this.ui = ui;
    // Once room is made, it follows the banner even if the page has since grown past the limit.
    if (layout === 'room' || this.space.reserved) this.keepRoomFor(section);
  }

  remove(): void {
    this.removeHost();
    this.space.release();
  }

  private removeHost(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.ui?.remove();
    this.ui = null;
    this.key = '';
  }

  /** The page moves down by the banner's height, now and whenever it changes (folding, resizing). */
  private keepRoomFor(section: HTMLElement): void {
    const measure = () => this.space.reserve(section.getBoundingClientRect().height);
    measure();
    const Observer = this.doc.defaultView?.ResizeObserver;
    if (!Observer) return;
    this.resizeObserver = new Observer(measure);
    this.resizeObserver.observe(section);
  }
}
