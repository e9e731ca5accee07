// @vitest-environment node
// `mingbai scan --explain`: why a page was or was not flagged, with the bundled packs.
import { describe, expect, it } from 'vitest';
import { runInProcess as run, scratchDir } from './cli-fixtures';

const { write } = scratchDir();

// A repayment plan with no annual rate: flagged; the same plan with its APR shown: not.
const PLAN = (apr: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>周转钱包 - 借款</title></head><body>
<h1>周转钱包</h1><p>借10000元，每月只需还1000元，分12期</p>${apr}<button>立即借款</button><p>审核快 最快当天到账</p></body></html>`;

describe('mingbai scan --explain', { timeout: 120_000 }, () => {
  it('JSON: kind cues, the facts read, and the failed condition of a rule that did not fire', async () => {
    const r = await run([
      'scan',
      write('plan-apr.html', PLAN('<p>年化利率（单利）12%</p>')),
      '--url',
      'https://m.example.cn/loan/apply',
      '--json',
      '--explain',
    ]);
    expect(r.status).toBe(0);
    const page = JSON.parse(r.stdout).pages[0];
    expect(page.kind).toBe('loan');
    expect(page.kindCues).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'loan', lexicon: 'loan.pageSignals', in: 'text' })]),
    );
    expect(page.explain.thresholds.loan).toBeGreaterThan(0);
    expect(page.explain.facts.aprShown).toBe(true);
    const plan = page.explain.notFired.find((n: { ruleId: string }) => n.ruleId === 'loan.apr-not-shown.plan-without-apr');
    expect(plan.failed).toEqual([expect.stringMatching(/^aprShown equal false \(was true\)$/)]);
  });

  it('the text report says why, in Chinese by default; without --explain it does not', async () => {
    const file = write('plan.html', PLAN(''));
    const r = await run(['scan', file, '--url', 'https://m.example.cn/loan/apply', '--explain']);
    expect(r.stdout).toContain('为什么（--explain）');
    expect(r.stdout).toMatch(/computedApr = 35\.\d+/);
    const plain = await run(['scan', file, '--url', 'https://m.example.cn/loan/apply']);
    expect(plain.stdout).not.toContain('--explain');
  });
});
