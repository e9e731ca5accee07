// @vitest-environment node
// The import-cycle rule in eslint.config.js must see TypeScript files: without the import-x
// extension and parser settings it passes every cycle in silence. This lints a real two-file
// cycle with the settings eslint.config.js gives src/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

async function srcConfig(): Promise<Linter.Config> {
  return (await new ESLint({ cwd: root }).calculateConfigForFile(join(root, 'src/core/scan.ts'))) as Linter.Config;
}

async function cycleMessages(files: Record<string, string>): Promise<string[]> {
  const config = await srcConfig();
  const dir = mkdtempSync(join(tmpdir(), 'mingbai-lint-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { 'import-x': importX as unknown as ESLint.Plugin },
        settings: config.settings,
        rules: { 'import-x/no-cycle': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(Object.keys(files));
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(dir.length + 1)}: ${m.ruleId ?? m.message}`));
}

describe('eslint.config.js: no import cycles in src/', () => {
  it('turns import-x/no-cycle on for src/', async () => {
    const rule = (await srcConfig()).rules?.['import-x/no-cycle'];
    expect(Array.isArray(rule) ? rule[0] : rule).toBe(2);
  }, 60_000);

  it('reports a runtime cycle between two TypeScript files', async () => {
    const messages = await cycleMessages({
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': "import { a } from './a';\nexport const b = (): number => a.length;\n",
    });
    expect(messages.sort()).toEqual(['a.ts: import-x/no-cycle', 'b.ts: import-x/no-cycle']);
  }, 60_000);

  it('reports nothing when the imports run one way', async () => {
    const messages = await cycleMessages({
      'a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'b.ts': 'export const b = (): number => 1;\n',
    });
    expect(messages).toEqual([]);
  }, 60_000);
});
