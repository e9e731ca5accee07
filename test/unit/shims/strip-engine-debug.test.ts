// @vitest-environment node
// json-rules-engine's debug logging is taken out of the content script: no read of the page's
// localStorage, no message strings, and every file still parses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripEngineDebug } from '../../../src/extension/shims/strip-engine-debug';

const DIST = join(import.meta.dirname, '../../../node_modules/json-rules-engine/dist');
const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));

describe('stripEngineDebug', () => {
  it('replaces debug.js by a function that does nothing, without touching localStorage', () => {
    const file = join(DIST, 'debug.js');
    expect(readFileSync(file, 'utf8')).toContain('localStorage');
    const { code } = stripEngineDebug(readFileSync(file, 'utf8'), file);
    expect(code).not.toContain('localStorage');
    const module = { exports: {} as { default?: (...args: unknown[]) => unknown } };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the shim's own build output
    new Function('exports', 'module', code)(module.exports, module);
    expect(module.exports.default?.('engine::run', {})).toBeUndefined();
  });

  it('drops every debug call of the engine, and each file still parses', () => {
    let removed = 0;
    for (const name of files) {
      const file = join(DIST, name);
      const original = readFileSync(file, 'utf8');
      const result = stripEngineDebug(original, file);
      removed += result.removed;
      expect(result.code, name).not.toContain('(0, _debug2.default)(');
      // eslint-disable-next-line @typescript-eslint/no-implied-eval -- parses the stripped file, never runs it
      expect(() => new Function('require', 'exports', 'module', result.code), name).not.toThrow();
      // Only the calls go: the file is otherwise the same.
      if (!result.removed) expect(result.code === original || name === 'debug.js', name).toBe(true);
    }
    expect(removed).toBeGreaterThanOrEqual(15);
  });

  it('leaves a call used as a value alone', () => {
    const code = 'var x = (0, _debug2.default)("a", { b: ")" });\n  (0, _debug2.default)("gone", { s: \'(\' });\nfoo();';
    expect(stripEngineDebug(code, '/x/node_modules/json-rules-engine/dist/engine.js').code).toBe(
      'var x = (0, _debug2.default)("a", { b: ")" });\n  \nfoo();',
    );
  });
});
