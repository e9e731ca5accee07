// Stands in for the `clone` package in the extension bundles (aliased in wxt.config.ts).
// json-rules-engine clones a rule's conditions (Condition instances built from pack JSON), its
// event, priority and name into each RuleResult (rule-result.js). So: a deep copy of plain JSON
// shapes that keeps prototypes (Condition's methods). Packs are JSON, so there are no dates,
// shared or circular references to keep (the real package handles those; we never need it).

export default function deepClone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(deepClone) as T;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = deepClone((value as Record<string, unknown>)[key]);
  return out as T;
}
