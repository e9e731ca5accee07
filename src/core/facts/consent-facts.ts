// Facts about checkboxes and radios: which boxes come pre-checked (or forced: checked and
// disabled/required), and what their labels agree to. Harmless boxes (记住我, 7天内自动登录)
// are recognised through a lexicon so that rule authors can extend the list.
import { clipText } from './evidence-snippet';
import type { FactFamily, FactFn, FactParams } from './fact-context';
import type { Control } from '../read/snapshot';

const str = (params: FactParams, key: string) => (typeof params[key] === 'string' ? params[key] : undefined);

/** A box the user did not choose: it arrives ticked, or cannot be unticked. */
export const isPreset = (c: Control) => c.checked || (c.required && c.type === 'checkbox' && c.disabled);

/**
 * Every input isPreset accepts, as one selector: a page (or region) with none of them needs no
 * control read at all when its rules only count preset boxes. Only checkboxes and radios can be
 * :checked among inputs; the `[checked]` alternatives cover jsdom, whose :checked misses
 * type="CHECKBOX" (they may also match a box since unticked: then the full read decides).
 */
export const PRESET_CONTROL_SELECTOR = [
  'input:checked',
  'input[type="checkbox" i][checked]',
  'input[type="radio" i][checked]',
  'input[type="checkbox" i][required][disabled]',
].join(', ');

export const consentFacts: FactFamily = {
  /**
   * Pre-set boxes whose label hits params.lexicon and not params.exclude (the harmless list).
   * Value: how many. Evidence: the box and its label.
   */
  presetBoxes(ctx, params) {
    const want = str(params, LABEL_LEXICON_PARAM);
    const exclude = str(params, 'exclude');
    const found = ctx.snapshot.controls.filter((c) => {
      if (!isPreset(c) || !c.label) return false;
      const lexicons = ctx.lexiconsIn(c.label);
      if (exclude && lexicons.has(exclude)) return false;
      return want ? lexicons.has(want) : true;
    });
    return {
      value: found.length,
      evidence: found
        .slice(0, 5)
        .map((c) => ({ text: clipText(c.label, 80), note: { code: 'preset-box' }, element: c.element, fact: 'presetBoxes' })),
    };
  },
};

/**
 * The param of a control count that names the lexicon a counted box's label must hit: a page whose
 * preset boxes' labels hold none of it counts 0 there (the gate reads this, scan-gate.ts).
 */
export const LABEL_LEXICON_PARAM = 'lexicon';

/**
 * Facts that read nothing but snapshot.controls (and lexiconsIn on their labels), and whose
 * value counts preset controls only (isPreset): 0 on a page where no box is ticked or forced,
 * and only boxes whose label hits params[LABEL_LEXICON_PARAM] when it is given.
 * A page known to be `other` whose rules use only these is read with a controls-only snapshot,
 * and a rule that asks one of them for at least 1 is not run when no control is preset
 * (rule-facts.ts, scan.ts).
 */
export const CONTROL_ONLY_FACTS: ReadonlySet<FactFn> = new Set([consentFacts.presetBoxes as FactFn]);
