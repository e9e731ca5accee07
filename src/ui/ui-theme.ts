// Sizes and colours of the in-page UI per profile. Severity is never shown by colour alone:
// every marker also carries a symbol and a word (危险 / 注意 / 提示).
import type { Severity } from '../core/types';
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

export const SEVERITY_SYMBOL: Record<Severity, string> = { danger: '⚠', caution: '!', info: 'i' };

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

export const FONT_STACK = 'system-ui, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

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
`;
}
