// Sizes and colours of the in-page UI per profile. Severity is never shown by colour alone:
// every marker also carries a symbol and a word (危险 / 注意 / 提示).
import type { Severity } from '../core/shared/types';
import type { UiLang } from './ui-strings';

export interface UiSettings {
  lang: UiLang;
  sensitivity: 'relaxed' | 'standard' | 'elder';
  /** Family setting, multiplies every font size. */
  textScale: number;
  readAloud: boolean;
  /** A family PIN is set: no button on the page hides a warning (知道了 only closes the popover). */
  locked?: boolean;
}

/** Text stand-ins for the icons (read-aloud, plain-text places); the UI draws severityIcon. */
export const SEVERITY_SYMBOL: Record<Severity, string> = { danger: '⚠', caution: '!', info: 'i' };

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Icon shapes as SVG paths on a 24 × 24 grid: drawn by us, so no emoji or symbol font is needed. */
const ICON_PATHS = {
  danger: ['M12 2 1 21h22L12 2z', 'M11 9h2v6h-2zM11 17h2v2h-2z'],
  caution: ['M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z', 'M11 6h2v8h-2zM11 16h2v2h-2z'],
  info: ['M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z', 'M11 10h2v8h-2zM11 6h2v2h-2z'],
  speaker: [
    'M3 9v6h4l5 5V4L7 9H3z',
    'M16.5 12A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z',
  ],
  stop: ['M6 6h12v12H6z'],
} as const;
export type IconName = keyof typeof ICON_PATHS;

/**
 * A small icon beside a word (never instead of one): an inline SVG in the text's colour, the
 * inner mark cut out of the outer shape so it reads on any background. Hidden from screen
 * readers, which read the word.
 */
export function uiIcon(doc: Document, name: IconName): HTMLElement {
  const span = doc.createElement('span');
  span.className = `icon icon-${name}`;
  span.setAttribute('aria-hidden', 'true');
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '1em');
  svg.setAttribute('height', '1em');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON_PATHS[name].join(' '));
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  span.append(svg);
  return span;
}

export const severityIcon = (doc: Document, severity: Severity) => uiIcon(doc, severity);

/** Text/background pairs with contrast ≥ 7:1 (WCAG AAA), readable for ageing eyes. */
export const SEVERITY_COLOURS: Record<Severity, { bg: string; fg: string }> = {
  danger: { bg: '#A50E0E', fg: '#FFFFFF' },
  caution: { bg: '#FFC629', fg: '#000000' },
  info: { bg: '#0B4F9C', fg: '#FFFFFF' },
};

export interface ThemeSizes {
  /** Body text of popovers, banner and dialogs, px. */
  body: number;
  marker: number;
  /** Minimum touch/click target, px. */
  target: number;
}

export function themeSizes(settings: Pick<UiSettings, 'sensitivity' | 'textScale'>): ThemeSizes {
  const scale = Number.isFinite(settings.textScale) && settings.textScale > 0 ? settings.textScale : 1;
  const elder = settings.sensitivity === 'elder';
  return {
    body: Math.round((elder ? 20 : 16) * Math.max(1, scale) * 10) / 10,
    marker: Math.round((elder ? 18 : 14) * Math.max(1, scale) * 10) / 10,
    target: elder ? 44 : 28,
  };
}

export const FONT_STACK =
  'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

/** Shared base for every shadow root: nothing inherited from the page, a visible focus ring. */
export function baseCss(sizes: ThemeSizes): string {
  return `
* { box-sizing: border-box; font-family: ${FONT_STACK}; letter-spacing: normal; text-transform: none; }
button { font: inherit; font-weight: 700; cursor: pointer; min-height: ${sizes.target}px; padding: 6px 14px;
  border-radius: 8px; border: 2px solid #000; background: #FFF; color: #000; line-height: 1.3; }
button:hover { background: #EEE; }
button.primary { background: #000; color: #FFF; }
button.primary:hover { background: #333; }
:focus-visible { outline: 3px solid #1A56DB; outline-offset: 2px; box-shadow: 0 0 0 5px #FFF; }
[hidden] { display: none !important; }
.icon { display: inline-flex; flex: none; vertical-align: -0.125em; }
.icon svg { width: 1em; height: 1em; display: block; }
`;
}
