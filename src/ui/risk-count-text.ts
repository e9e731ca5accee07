// The count as words, for the banner (risk-count.ts says why there is one count).
import type { RiskCount } from './risk-count';
import { uiText, type UiLang } from './ui-strings';

/** "3 个风险 · 6 处" / "3 risks · 6 places". */
export function riskCountText(lang: UiLang, count: RiskCount): string {
  if (lang === 'en') {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return `${plural(count.risks, 'risk')} · ${plural(count.places, 'place')}`;
  }
  return uiText(lang, 'content_riskCount', count.risks, count.places);
}
