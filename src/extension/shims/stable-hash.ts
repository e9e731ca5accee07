// Stands in for hash-it in the extension bundles (aliased in wxt.config.ts). json-rules-engine
// uses it in fact.js only to turn {id, params} into a key for its per-run fact cache, so the key
// must be equal for equal params (whatever their key order) and differ for different ones. A
// canonical string does that exactly (no collisions), in a few lines instead of ~5 kB.

export default function stableHash(value: unknown): string {
  return canonical(value, new Set());
}

function canonical(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
    case 'bigint':
    case 'boolean':
      // Typed, and String() rather than JSON: 1 ≠ "1" ≠ true, NaN and Infinity ≠ null.
      return `${typeof value}:${String(value)}`;
    case 'string':
      return JSON.stringify(value);
    case 'symbol':
    case 'function':
      return `${typeof value}:${String(value)}`;
    case 'object':
      break; // arrays and objects: below
  }
  const object = value;
  if (ancestors.has(object)) return '[Circular]';
  ancestors.add(object);
  try {
    if (Array.isArray(object)) return `[${object.map((item) => canonical(item, ancestors)).join(',')}]`;
    if (object instanceof Date) return `date:${object.getTime()}`;
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key], ancestors)}`).join(',')}}`;
  } finally {
    ancestors.delete(object);
  }
}
