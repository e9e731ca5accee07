// Every fact family the engine knows: the shared ones here, and each registered domain's
// (domains.ts). A new kind of fact is a new function in a family; a new rule built from
// existing facts is only JSON.
import { consentFacts } from './consent-facts';
import { DOMAINS } from './domains';
import type { FactFamily, FactFn } from './fact-context';
import { lexiconFacts } from './lexicon-facts';

export const FACT_FAMILIES: readonly FactFamily[] = [lexiconFacts, consentFacts, ...DOMAINS.map((d) => d.facts)];

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
