// countdownTimers: countdown elements (class or id names a countdown/timer; the snapshot lists
// them) that a person sees next to deadline words (距优惠结束, 截止, 恢复原价). A video player's
// "timer" or a clock on a news page has no such words around it and does not count.
import type { FactFamily } from '../fact-context';
import type { Evidence } from '../../shared/types';
import { clipText } from '../evidence-snippet';

const DEFAULT_DEADLINE_LEXICON = 'training.deadlineWords';
/** How far up from the timer to look for its label: the element, its parent, its grandparent. */
const CONTEXT_LEVELS = 3;
const CONTEXT_CHARS = 300;
/** A page with hundreds of "timer" elements is not a sales countdown; bound the work. */
const MAX_TIMERS = 200;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The timer's text and the text around it, innermost first, each cut to a readable length. */
function contextTexts(el: Element): string[] {
  const texts: string[] = [];
  let cur: Element | null = el;
  for (let level = 0; cur && level < CONTEXT_LEVELS; level++, cur = cur.parentElement) {
    if (cur.tagName === 'BODY' || cur.tagName === 'HTML') break;
    texts.push(collapse(cur.textContent ?? '').slice(0, CONTEXT_CHARS));
  }
  return texts;
}

export const countdownFacts: FactFamily = {
  /**
   * Visible countdown elements whose own text or surroundings (two levels up) hit
   * params.deadline (default training.deadlineWords). Nested timer parts (hours, minutes)
   * count once, as their outermost timer. Value: how many. Evidence: the element.
   */
  countdownTimers(ctx, params) {
    const deadline = typeof params.deadline === 'string' ? params.deadline : DEFAULT_DEADLINE_LEXICON;
    const timers = new Set(ctx.snapshot.timerElements);
    const evidence: Evidence[] = [];
    let count = 0;
    for (const el of ctx.snapshot.timerElements.slice(0, MAX_TIMERS)) {
      let nested = false;
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (timers.has(up)) {
          nested = true;
          break;
        }
      }
      if (nested || !ctx.snapshot.isVisible(el)) continue;
      const texts = contextTexts(el);
      const label = texts.find((t) => ctx.lexiconsIn(t).has(deadline));
      if (!label) continue;
      count++;
      if (evidence.length < 5) {
        // The timer's own text, as the clock-text rule would quote it, so the two merge into one
        // piece of evidence when they point at the same element.
        const own = texts[0] || label;
        evidence.push({ text: own.length > 80 ? `${clipText(own, 80)}…` : own, element: el, fact: 'countdownTimers' });
      }
    }
    return { value: count, evidence };
  },
};
