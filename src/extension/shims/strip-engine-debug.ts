// Build-time (Vite plugin in wxt.config.ts, and the esbuild bundle of the shims test):
// json-rules-engine logs through its own debug.js, which reads the PAGE's localStorage when the
// module loads (a content script shares it with the page: any page could switch the engine's
// console output on, and every page paid for opening its storage) and keeps every message string
// in the bundle. In the content script debug.js becomes a function that does nothing, and the
// statements that call it are dropped.
import { JSON_RULES_ENGINE_DIST } from './share-babel-helpers';

const DEBUG_MODULE = /[\\/]json-rules-engine[\\/]dist[\\/]debug\.js$/;
const DEBUG_CALL = '(0, _debug2.default)(';
/** debug.js's factory, which looks at process.env and the page's localStorage. */
const DEBUG_FACTORY = /function createDebug\(\) \{[\s\S]*?\n\}/;
const NO_DEBUG_FACTORY = 'function createDebug() {\n  return function () {};\n}';

/** Index just past the `)` closing the call whose `(` is at `open`, skipping strings and template literals; -1 if unbalanced. */
function closeOf(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The file's code without its debug calls (only whole statements `(0, _debug2.default)(…);`); debug.js itself replaced. */
export function stripEngineDebug(code: string, file: string): { code: string; removed: number } {
  if (DEBUG_MODULE.test(file)) return { code: code.replace(DEBUG_FACTORY, NO_DEBUG_FACTORY), removed: 0 };
  let out = '';
  let from = 0;
  let removed = 0;
  for (let at = code.indexOf(DEBUG_CALL); at >= 0; at = code.indexOf(DEBUG_CALL, from)) {
    const end = closeOf(code, at + DEBUG_CALL.length - 1);
    // A call used as a value, or one the scanner cannot close, is left alone.
    const statement = end > 0 && code[end] === ';' && /(?:^|[;{}]\s*|\n\s*)$/.test(code.slice(Math.max(0, at - 80), at));
    if (!statement) {
      out += code.slice(from, at + DEBUG_CALL.length);
      from = at + DEBUG_CALL.length;
      continue;
    }
    out += code.slice(from, at);
    from = end + 1;
    removed++;
  }
  return { code: out + code.slice(from), removed };
}

export function stripEngineDebugPlugin() {
  return {
    name: 'mingbai-strip-engine-debug',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!;
      if (!JSON_RULES_ENGINE_DIST.test(file)) return null;
      const result = stripEngineDebug(code, file);
      return result.code === code ? null : { code: result.code, map: null };
    },
  };
}
