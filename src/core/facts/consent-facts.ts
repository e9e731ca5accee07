// Facts about checkboxes and radios: which boxes come pre-checked (or forced: checked and
// disabled/required), and what their labels agree to. Harmless boxes (记住我, 7天内自动登录)
// are recognised through a lexicon so that rule authors can extend the list.
import type { FactFamily, FactParams } from './fact-context';
import type { Control } from '../snapshot';

const str = (params: FactParams, key: string) => (typeof params[key] === 'string' ? (params[key] as string) : undefined);

/** A box the user did not choose: it arrives ticked, or cannot be unticked. */
export const isPreset = (c: Control) => c.checked || (c.required && c.type === 'checkbox' && c.disabled);

export const consentFacts: FactFamily = {
  /**
   * Pre-set boxes whose label hits params.lexicon and not params.exclude (the harmless list).
   * Value: how many. Evidence: the box and its label.
   */
  presetBoxes(ctx, params) {
    const want = str(params, 'lexicon');
    const exclude = str(params, 'exclude');
    const found = ctx.snapshot.controls.filter((c) => {
      if (!isPreset(c) || !c.label) return false;
      const lexicons = ctx.lexiconsIn(c.label);
      if (exclude && lexicons.has(exclude)) return false;
      return want ? lexicons.has(want) : true;
    });
    return {
      value: found.length,
      evidence: found.slice(0, 5).map((c) => ({ text: `☑ ${c.label.slice(0, 80)}`, element: c.element, fact: 'presetBoxes' })),
    };
  },
};
