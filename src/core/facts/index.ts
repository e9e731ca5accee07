// Every fact family the engine knows. A new kind of fact is a new file here; a new rule built
// from existing facts is only JSON.
import { consentFacts } from './consent-facts';
import type { FactFamily, FactFn } from './fact-context';
import { foodFacts } from './food/index';
import { lexiconFacts } from './lexicon-facts';
import { loanFacts } from './loan/index';
import { trainingFacts } from './training/index';

export const FACT_FAMILIES: readonly FactFamily[] = [lexiconFacts, consentFacts, loanFacts, foodFacts, trainingFacts];

export function factRegistry(families: readonly FactFamily[] = FACT_FAMILIES): Map<string, FactFn> {
  const registry = new Map<string, FactFn>();
  for (const family of families) {
    for (const [name, fn] of Object.entries(family)) {
      if (registry.has(name)) throw new Error(`fact "${name}" is defined twice`);
      registry.set(name, fn);
    }
  }
  return registry;
}
