// @vitest-environment node
// The build check the end-to-end run starts with (test/e2e/harness/content-budget.ts) catches a
// content script over budget, the page UI or the engine back in it, and a missing or unlisted chunk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNKS, CONTENT_SCRIPT, CONTENT_SCRIPT_BUDGET, contentBudgetProblems } from '../../e2e/harness/content-budget';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fakeBuild(content: string, { chunk = true, listed = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mingbai-budget-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content-scripts'));
  writeFileSync(join(dir, CONTENT_SCRIPT), content);
  // chunk: false leaves out the last chunk; listed: false lists only the first.
  for (const name of chunk ? CHUNKS : CHUNKS.slice(0, -1)) writeFileSync(join(dir, name), 'export{}');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ web_accessible_resources: [{ resources: listed ? [...CHUNKS] : CHUNKS.slice(0, 1) }] }),
  );
  return dir;
}

describe('content script budget check', () => {
  it('passes a small content script with the UI in its chunk', () => {
    expect(contentBudgetProblems(fakeBuild('(()=>{import(chrome.runtime.getURL("x"))})()'))).toEqual([]);
  });

  it('fails a content script over budget, one with the UI or the engine inside, and a missing or unlisted chunk', () => {
    expect(contentBudgetProblems(fakeBuild('x'.repeat(CONTENT_SCRIPT_BUDGET + 1)))).toEqual([
      expect.stringContaining('over the budget'),
    ]);
    expect(contentBudgetProblems(fakeBuild('customElements;"mingbai-marker-layer"'))).toEqual([
      expect.stringContaining('contains the page UI'),
    ]);
    expect(contentBudgetProblems(fakeBuild('throw new Error("Condition: constructor options required")'))).toEqual([
      expect.stringContaining('json-rules-engine'),
    ]);
    expect(
      contentBudgetProblems(fakeBuild('throw new Error("This script should only be loaded in a browser extension.")')),
    ).toEqual([expect.stringContaining('webextension-polyfill')]);
    expect(contentBudgetProblems(fakeBuild('', { chunk: false }))).toEqual([expect.stringContaining('missing')]);
    expect(contentBudgetProblems(fakeBuild('', { listed: false }))).toEqual([
      expect.stringContaining('web_accessible_resources'),
    ]);
  });
});
