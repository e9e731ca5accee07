// The options page's lists of sites and hidden warnings (trusted sites, paused sites, dismissed
// warnings): each row's text and button, the empty note, and what a press asks the background.
// The real views, OptionsPage and index.html run here; only the browser API is a stand-in
// (fake-options-background.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../src/extension/pages/options/options-page';
import { setUpTrustedSites } from '../../../src/extension/pages/options/trusted-sites-view';
import { setUpPausedSites } from '../../../src/extension/pages/options/paused-sites-view';
import { setUpDismissedRules } from '../../../src/extension/pages/options/dismissed-rules-view';
import { changes, resetOptionsPage } from './fake-options-background';

vi.mock('../../../src/extension/browser-api', () => import('./fake-options-background'));

async function openPage(settings: Parameters<typeof resetOptionsPage>[0]): Promise<void> {
  resetOptionsPage(settings);
  const page = new OptionsPage();
  setUpTrustedSites(page);
  setUpPausedSites(page);
  setUpDismissedRules(page);
  await page.refresh();
}

const rows = (listId: string) =>
  [...document.querySelectorAll(`#${listId} li`)].map((li) => ({
    text: li.querySelector('span')?.textContent,
    button: li.querySelector('button')?.textContent,
    label: li.querySelector('button')?.getAttribute('aria-label'),
  }));
const emptyShown = (id: string) => !(document.getElementById(id) as HTMLElement).hidden;
const press = (listId: string, row: number) =>
  (document.querySelectorAll(`#${listId} li button`)[row] as HTMLButtonElement).click();
const status = () => document.getElementById('status')!.textContent;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('options page: paused sites', () => {
  it('lists each paused site with 恢复, named in its label; the empty note only when there are none', async () => {
    await openPage({ pausedSites: ['a.example.com', 'b.example.com'] });
    expect(rows('paused-list')).toEqual([
      { text: 'a.example.com', button: 'options_pausedResume', label: 'options_pausedResumeLabel|a.example.com' },
      { text: 'b.example.com', button: 'options_pausedResume', label: 'options_pausedResumeLabel|b.example.com' },
    ]);
    expect(emptyShown('paused-empty')).toBe(false);
    await openPage({ pausedSites: [] });
    expect(rows('paused-list')).toEqual([]);
    expect(emptyShown('paused-empty')).toBe(true);
  });

  it('恢复 resumes that site (no PIN needed: it adds protection) and the list follows', async () => {
    await openPage({ pausedSites: ['a.example.com', 'b.example.com'] });
    press('paused-list', 1);
    await vi.waitFor(() => expect(rows('paused-list').map((r) => r.text)).toEqual(['a.example.com']));
    expect(changes()).toEqual([{ type: 'mingbai/resumeSite', host: 'b.example.com' }]);
    expect(status()).toBe('options_pausedResumed|b.example.com');
  });
});

describe('options page: trusted sites', () => {
  it('lists each trusted site with 移除, named in its label; the empty note only when there are none', async () => {
    await openPage({ trustedSites: ['shop.example.cn'] });
    expect(rows('trusted-list')).toEqual([
      { text: 'shop.example.cn', button: 'options_trustedRemove', label: 'options_trustedRemoveLabel|shop.example.cn' },
    ]);
    expect(emptyShown('trusted-empty')).toBe(false);
    await openPage({ trustedSites: [] });
    expect(emptyShown('trusted-empty')).toBe(true);
  });

  it('移除 saves the list without that site and puts the focus back in the add field', async () => {
    await openPage({ trustedSites: ['a.example.cn', 'b.example.cn'] });
    press('trusted-list', 0);
    await vi.waitFor(() => expect(rows('trusted-list').map((r) => r.text)).toEqual(['b.example.cn']));
    expect(changes()).toEqual([{ type: 'mingbai/updateSettings', patch: { trustedSites: ['b.example.cn'] } }]);
    expect(document.activeElement?.id).toBe('trusted-input');
  });

  it('adding takes an address as typed (normalised) and empties the field; nonsense is refused with a message', async () => {
    await openPage({ trustedSites: [] });
    const input = document.getElementById('trusted-input') as HTMLInputElement;
    const form = document.getElementById('trusted-add') as HTMLFormElement;
    input.value = 'not a site';
    form.requestSubmit();
    expect(status()).toBe('options_trustedInvalid');
    expect(changes()).toEqual([]);
    input.value = 'https://www.Shop.Example.cn/item?id=1';
    form.requestSubmit();
    await vi.waitFor(() => expect(rows('trusted-list').map((r) => r.text)).toEqual(['shop.example.cn']));
    expect(changes()).toEqual([{ type: 'mingbai/updateSettings', patch: { trustedSites: ['shop.example.cn'] } }]);
    expect(input.value).toBe('');
  });
});

describe('options page: dismissed warnings', () => {
  it('lists each hidden warning by its title and site (the rule id only when no pack knows it)', async () => {
    await openPage({ dismissed: { 'a.example.cn': ['loan.apr-over-cap.stated', 'gone.rule'] } });
    expect(rows('dismissed-list')).toEqual([
      {
        text: '年化利率超过上限 · a.example.cn',
        button: 'options_dismissedRestore',
        label: 'options_dismissedRestoreLabel|a.example.cn|年化利率超过上限',
      },
      {
        text: 'options_dismissedUnknownRule|gone.rule · a.example.cn',
        button: 'options_dismissedRestore',
        label: 'options_dismissedRestoreLabel|a.example.cn|options_dismissedUnknownRule|gone.rule',
      },
    ]);
    expect(emptyShown('dismissed-empty')).toBe(false);
    await openPage({ dismissed: {} });
    expect(emptyShown('dismissed-empty')).toBe(true);
  });

  it('恢复显示 brings that one warning back on that site', async () => {
    await openPage({ dismissed: { 'a.example.cn': ['loan.apr-over-cap.stated', 'gone.rule'] } });
    press('dismissed-list', 0);
    await vi.waitFor(() => expect(rows('dismissed-list')).toHaveLength(1));
    expect(changes()).toEqual([{ type: 'mingbai/updateSettings', patch: { dismissed: { 'a.example.cn': ['gone.rule'] } } }]);
  });
});
