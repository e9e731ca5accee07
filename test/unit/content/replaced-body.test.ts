// A page that replaces its whole <body> (documentElement.innerHTML = …, document.body = …)
// must not leave the content script watching the detached one.
import { afterEach, expect, it, vi } from 'vitest';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';
import { ContentController } from '../../../src/extension/content/content-controller';
import type { ExtensionPort } from '../../../src/extension/content/extension-port';
import type { Message } from '../../../src/extension/protocol';

const loadUi = () => import('../../../src/ui/page-ui-module');
// The full-scan chunk's source, as the built extension import()s the chunk.
const loadFullScan = () => import('../../../src/extension/content/full-scan-module');
let controller: ContentController | null = null;
const original = document.body;

afterEach(() => {
  controller?.stop();
  controller = null;
  if (document.body !== original) document.documentElement.replaceChild(original, document.body);
  document.body.innerHTML = '';
});

it('follows a replaced <body> and scans what it holds', async () => {
  document.body.innerHTML = '<p>欢迎光临，今天天气不错。</p>';
  const sent: Message[] = [];
  const port: ExtensionPort = {
    send: (m) => (sent.push(m), Promise.resolve(undefined)),
    onMessage: () => () => {},
    onSettingsChanged: () => () => {},
    uiLanguage: () => 'zh-CN',
  };
  controller = new ContentController(document, port, BUNDLED_PACKS, loadUi, loadFullScan);
  await controller.start();
  const reports = () => sent.filter((m): m is Extract<Message, { type: 'mingbai/findings' }> => m.type === 'mingbai/findings');
  await vi.waitFor(() => expect(reports().length).toBeGreaterThan(0), { timeout: 10_000 });
  expect(reports().at(-1)!.findings).toEqual([]);
  const body = document.createElement('body');
  body.innerHTML = '<h1>闪电借 · 极速借款</h1><p>审核已通过，需先缴纳20%保证金，放款后退还</p><p>最高可借5万，日息低至0.02%</p>';
  document.documentElement.replaceChild(body, document.body);
  await vi.waitFor(
    () =>
      expect(
        reports()
          .at(-1)!
          .findings.map((f) => f.risk),
      ).toContain('loan.advance-fee'),
    { timeout: 10_000 },
  );
  // And later changes inside the new body are seen too.
  body.insertAdjacentHTML('beforeend', '<p>放款前请先交解冻金2000元</p>');
  await vi.waitFor(
    () =>
      expect(
        reports()
          .at(-1)!
          .findings.some((f) => f.evidence.some((e) => e.text.includes('解冻金'))),
      ).toBe(true),
    { timeout: 10_000 },
  );
});
