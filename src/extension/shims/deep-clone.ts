// Stands in for the `clone` package in the extension bundles (aliased in wxt.config.ts).
// json-rules-engine clones a rule's conditions (Condition instances holding JSON facts, params
// and results), its event, priority and name into each RuleResult, and clones referenced
// conditions in rule.js. So: a deep copy that keeps prototypes (Condition's methods), arrays,
// dates and shared or circular references; functions and primitives are kept as they are.

export default function deepClone<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof RegExp) return new RegExp(value.source, value.flags);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copy(item, seen));
    return out;
  }
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  seen.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen);
  return out;
}
