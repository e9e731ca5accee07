// @vitest-environment node
// Sharing json-rules-engine's Babel helpers: only byte-identical copies go, the shared module is
// read before anything in the file runs, and a file that then runs still works.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSharedHelpers, shareBabelHelpers } from '../../../src/extension/shims/share-babel-helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const helpers = readSharedHelpers(join(ROOT, 'src/extension/shims/babel-helpers.cjs'));
const require = createRequire(import.meta.url);

describe('shareBabelHelpers', () => {
  it('knows the six helpers json-rules-engine repeats', () => {
    expect([...helpers.lines.values()].sort()).toEqual([
      '_classCallCheck',
      '_createClass',
      '_inherits',
      '_interopRequireDefault',
      '_possibleConstructorReturn',
      '_typeof',
    ]);
  });

  it("replaces json-rules-engine's own copies, declared right after 'use strict'", () => {
    const code = readFileSync(require.resolve('json-rules-engine/dist/rule.js'), 'utf8');
    const out = shareBabelHelpers(code, helpers);
    expect(out.shared.sort()).toEqual([
      '_classCallCheck',
      '_createClass',
      '_inherits',
      '_interopRequireDefault',
      '_possibleConstructorReturn',
    ]);
    const lines = out.code.split('\n');
    expect(lines[0]).toMatch(/^'use strict';/);
    expect(lines[1]).toMatch(/^var __babelHelpers = require\(".*babel-helpers\.cjs"\), /);
    expect(out.code).not.toMatch(/^function _classCallCheck\(/m);
  });

  it('keeps a helper that differs, and leaves a file without helpers untouched', () => {
    const code = `'use strict';\nfunction _classCallCheck(instance, Constructor) { /* another Babel */ }\nexports.x = 1;`;
    expect(shareBabelHelpers(code, helpers)).toEqual({ code, shared: [] });
  });

  it('a transformed file runs: a class built with the shared helpers behaves', () => {
    const [createClassLine, classCallCheckLine] = ['var _createClass = ', 'function _classCallCheck('].map((p) =>
      [...helpers.lines.keys()].find((l) => l.startsWith(p))!,
    );
    const code = `'use strict';\n${createClassLine}\n${classCallCheckLine}\nvar A = function () { function A() { _classCallCheck(this, A); this.v = 2; } _createClass(A, [{ key: 'twice', value: function twice() { return this.v * 2; } }]); return A; }();\nmodule.exports = A;`;
    const out = shareBabelHelpers(code, helpers);
    expect(out.shared.sort()).toEqual(['_classCallCheck', '_createClass']);
    const module = { exports: {} as unknown };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the rewritten module as CommonJS would
    new Function('require', 'module', 'exports', out.code)(require, module, module.exports);
    const A = module.exports as new () => { twice(): number };
    expect(new A().twice()).toBe(4);
    expect(() => (A as unknown as () => void)()).toThrow('Cannot call a class as a function');
  });
});
