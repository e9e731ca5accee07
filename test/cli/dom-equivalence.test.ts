// @vitest-environment node
// The CLI parses with linkedom (falling back to jsdom for a page whose CSS may decide
// visibility, decision 0018). Findings must not depend on that: every fixture page, every
// labelled page and every real page scans to the same kind, the same rules and the same evidence
// texts as with jsdom alone. The shared corpora are read from ../shared when present.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/cli/scan-command';
import { bundledPackFiles, readPacks } from '../../src/cli/read-packs';
import { readPage, scanReadPage, type DomChoice, type ReadPage } from '../../src/cli/scan-file';
import { root } from './cli-fixtures';

const SETS = {
  fixtures: join(root, 'test/fixtures/pages'),
  labelled: join(root, '../shared/corpus/labelled-pages/pages'),
  real: join(root, '../shared/corpus/real-pages'),
};

const ruleset = loadRuleset([]);
const noMemory = { namesFor: () => [] };

/** What must not change with the DOM: kind, fired rules, and each finding's rule and quotes. */
async function findingsWith(file: string | ReadPage, dom: DomChoice) {
  const page = typeof file === 'string' ? readPage(file, {}) : file;
  const { scan } = await scanReadPage(ruleset, page, noMemory, { today: '2026-11-27', dom });
  return {
    dom: scan.dom,
    same: {
      kind: scan.result.kind,
      firedRules: scan.result.firedRules,
      findings: scan.result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        evidence: f.evidence.map((e) => e.text),
      })),
    },
  };
}

describe.each(Object.entries(SETS))('linkedom and jsdom find the same on the %s pages', (name, dir) => {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.html?$/i.test(f))
        .sort()
    : [];
  it.skipIf(!files.length)(`every page of ${dir}`, { timeout: 900_000 }, async () => {
    const differences: string[] = [];
    const fellBack: string[] = [];
    for (const f of files) {
      const light = await findingsWith(join(dir, f), 'light');
      const reference = await findingsWith(join(dir, f), 'jsdom');
      if (light.dom === 'jsdom') fellBack.push(f);
      if (JSON.stringify(light.same) !== JSON.stringify(reference.same))
        differences.push(`${f}\n  jsdom    ${JSON.stringify(reference.same)}\n  linkedom ${JSON.stringify(light.same)}`);
    }
    console.log(`${name}: ${files.length} pages, ${fellBack.length} scanned again with jsdom (${fellBack.join(' ')})`);
    expect(differences).toEqual([]);
    expect(files.length - fellBack.length).toBeGreaterThan(0);
  });
  if (!files.length) it.skip(`${dir} not found: skipped`, () => {});
});

describe('linkedom and jsdom find the same on every rule example (fragments without <html> or <body>)', () => {
  it('every flag and pass example of the bundled packs', { timeout: 600_000 }, async () => {
    const differences: string[] = [];
    let count = 0;
    for (const { pack } of readPacks(bundledPackFiles()).packs) {
      for (const rule of pack.rules) {
        for (const example of [...rule.examples.flag, ...rule.examples.pass]) {
          const html = typeof example === 'string' ? example : example.html;
          const page: ReadPage = {
            file: rule.id,
            text: html,
            url: 'https://example.test/page',
            encoding: 'utf-8',
            bytes: html.length,
            timings: { read: 0, decode: 0 },
          };
          const light = await findingsWith(page, 'light');
          const reference = await findingsWith(page, 'jsdom');
          count++;
          if (JSON.stringify(light.same) !== JSON.stringify(reference.same))
            differences.push(
              `${rule.id}: ${html.slice(0, 120)}\n  jsdom    ${JSON.stringify(reference.same)}\n  linkedom ${JSON.stringify(light.same)}`,
            );
        }
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(differences).toEqual([]);
  });
});

describe('linkedom reads form controls as jsdom does', () => {
  const SNIPPETS = [
    '<input id="a" type="CHECKBOX" checked required disabled><input id="b" type="bogus" value=" 张三 "><input id="c">',
    '<input id="e" type="email" value="  a@b.cn \n"><input id="u" type="url" value=" https://x.cn "><input id="t" value="第一行\r\n第二行">',
    '<select id="s1"><option>甲</option><option selected>乙</option><option selected>丙</option></select>',
    '<select id="s2"><option disabled>请选择</option><optgroup label="g"><option>一</option></optgroup></select>',
    '<select id="s3" multiple><option>a</option><option selected>b</option><option selected>c</option></select>',
    '<select id="s4" size="3"><option>a</option></select><select id="s5"></select>',
    '<select id="s6"><optgroup disabled><option>x</option></optgroup><option>y</option></select>',
    '<label id="l1" for="i1">x</label><input id="i1" type="radio"><label id="l2"><span><input id="i2" type="hidden"><textarea id="i3"></textarea></span></label>',
  ];
  const read = (doc: Document) =>
    Array.from(doc.querySelectorAll('input, select, label')).map((el) => {
      if (el.tagName === 'LABEL') return { id: el.id, control: (el as HTMLLabelElement).control?.id ?? null };
      if (el.tagName === 'SELECT') {
        const s = el as HTMLSelectElement;
        return { id: s.id, options: s.options.length, selectedIndex: s.selectedIndex };
      }
      const i = el as HTMLInputElement;
      return { id: i.id, type: i.type, checked: i.checked, required: i.required, disabled: i.disabled, value: i.value };
    });

  it.each(SNIPPETS)('%s', async (html) => {
    const { parseLight } = await import('../../src/cli/light-dom');
    const { parseHtml } = await import('../../src/cli/parse-html');
    expect(read(parseLight(html))).toEqual(read(parseHtml(html)));
  });
});
