// Build-time (Vite plugin in wxt.config.ts, and the esbuild bundle of the shims test):
// json-rules-engine's dist repeats the same Babel helpers (_createClass, _classCallCheck, …) in
// each of its files, about 5 kB of the content script. This makes every file use the one copy in
// babel-helpers.cjs instead. A file's helper is replaced only when its line is byte-identical to
// the shared one, so a json-rules-engine release with other helpers simply keeps its own.
import { readFileSync } from 'node:fs';

export const JSON_RULES_ENGINE_DIST = /[\\/]node_modules[\\/]json-rules-engine[\\/]dist[\\/][^\\/]+\.js$/;

export interface SharedHelpers {
  /** Absolute path of babel-helpers.cjs. */
  file: string;
  /** helper line → helper name. */
  lines: Map<string, string>;
}

export function readSharedHelpers(file: string): SharedHelpers {
  const helpers = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const name = /^(?:function (_\w+)\(|var (_\w+) = )/.exec(line);
    if (name) helpers.set(line, (name[1] ?? name[2])!);
  }
  return { file, lines: helpers };
}

/** The file's code with its copies of the shared helpers replaced by reads of the shared module. */
export function shareBabelHelpers(code: string, helpers: SharedHelpers): { code: string; shared: string[] } {
  const shared: string[] = [];
  const lines = code.split('\n').filter((line) => {
    const name = helpers.lines.get(line.replace(/\r$/, ''));
    if (name === undefined) return true;
    shared.push(name);
    return false;
  });
  if (!shared.length) return { code, shared };
  // Declared first: the removed function declarations were hoisted, and _interopRequireDefault
  // is called by the requires at the top of the file.
  const header = `var __babelHelpers = require(${JSON.stringify(helpers.file)}), ${shared.map((n) => `${n} = __babelHelpers.${n}`).join(', ')};`;
  const strict = lines.findIndex((line) => /^\s*['"]use strict['"];?\s*$/.test(line));
  lines.splice(strict + 1, 0, header);
  return { code: lines.join('\n'), shared };
}

export function shareBabelHelpersPlugin(helpersFile: string) {
  const helpers = readSharedHelpers(helpersFile);
  return {
    name: 'mingbai-share-babel-helpers',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!JSON_RULES_ENGINE_DIST.test(id.split('?')[0]!)) return null;
      const result = shareBabelHelpers(code, helpers);
      return result.shared.length ? { code: result.code, map: null } : null;
    },
  };
}
