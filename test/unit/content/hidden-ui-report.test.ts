// When the page makes the inline warnings unusable (here: `inert` on <html>), the content
// script says so in its report, and the badge the background draws from it says "!"; when the
// page lets go, the count comes back. The popup's list (the findings) never changes.
import { afterEach, expect, it, vi } from 'vitest';
import { CONTENT_PACKS as BUNDLED_PACKS } from './packs-for-tests';
import { BADGE_COLOURS, badgeFor } from '../../../src/extension/background/badge';
import { ContentController } from '../../../src/extension/content/content-controller';
import type { ExtensionPort } from '../../../src/extension/content/extension-port';
import type { Message } from '../../../src/extension/protocol';

const loadUi = () => import('../../../src/ui/page-ui-module');
// The full-scan chunk's source, as the built extension import()s the chunk.
const loadFullScan = () => import('../../../src/extension/content/full-scan-module');
let controller: ContentController | null = null;

afterEach(() => {
  controller?.stop();
  controller = null;
  document.documentElement.removeAttribute('inert');
  document.body.innerHTML = '';
});

it('reports uiHidden while <html> is inert, and drops it when the page lets go', async () => {
  document.body.innerHTML = `<h1>闪电借 · 极速借款</h1>
<div class="card"><p id="fee">审核已通过，需先缴纳20%保证金，放款后退还</p></div>
<div class="card"><p>最高可借5万，随借随还，支持提前还款</p><h2>黑户也能贷，秒批3万</h2><p>日息低至0.02%</p><button>立即借款</button></div>`;
  const sent: Message[] = [];
  const port: ExtensionPort = {
    send: (m) => (sent.push(m), Promise.resolve(undefined)),
    onMessage: () => () => {},
    onSettingsChanged: () => () => {},
    uiLanguage: () => 'zh-CN',
  };
  controller = new ContentController(document, port, BUNDLED_PACKS, loadUi, loadFullScan);
  await controller.start();
  const last = () =>
    sent.filter((m): m is Extract<Message, { type: 'mingbai/findings' }> => m.type === 'mingbai/findings').at(-1);
  await vi.waitFor(() => expect(last()?.findings.length).toBeGreaterThan(0), { timeout: 10_000 });
  await vi.waitFor(() => expect(document.querySelectorAll('[data-mingbai-ui]').length).toBeGreaterThan(0), { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 300));
  const shown = last()!;
  expect(shown.findings.length).toBeGreaterThan(0);
  expect(shown.uiHidden).toBeUndefined();

  document.documentElement.setAttribute('inert', '');
  await vi.waitFor(() => expect(last()!.uiHidden).toBe(true), { timeout: 5_000 });
  expect(last()!.findings).toEqual(shown.findings);
  expect(badgeFor(last()!.findings, last()!.uiHidden)).toEqual({ text: '!', colour: BADGE_COLOURS.danger });

  document.documentElement.removeAttribute('inert');
  await vi.waitFor(() => expect(last()!.uiHidden).toBeUndefined(), { timeout: 5_000 });
  expect(badgeFor(last()!.findings, last()!.uiHidden).text).toBe(String(shown.findings.length));
});
