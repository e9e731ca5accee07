import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubmitGuard } from '../../../src/ui/submit-guard';
import { __shadowForTests } from '../../../src/ui/ui-host';
import type { UiSettings } from '../../../src/ui/ui-theme';

const elder: UiSettings = { lang: 'zh', sensitivity: 'elder', textScale: 1.25, readAloud: false };
const content = { titles: ['放款前要您先交钱'], hotline: '96110' };

function setup() {
  document.body.innerHTML =
    '<form id="f" action="about:blank"><input name="phone"><button id="go" type="submit">立即借款</button></form>';
  const form = document.getElementById('f') as HTMLFormElement;
  const pageHandler = vi.fn((e: Event) => e.preventDefault());
  form.addEventListener('submit', pageHandler);
  const guard = new SubmitGuard(document);
  const dialog = () => (guard.host ? __shadowForTests(guard.host)!.querySelector<HTMLElement>('[role="alertdialog"]') : null);
  const button = (cls: string) => dialog()!.querySelector<HTMLButtonElement>(`button.${cls}`)!;
  return { form, pageHandler, guard, dialog, button, go: document.getElementById('go') as HTMLButtonElement };
}

afterEach(() => {
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
  document.body.innerHTML = '';
});

describe('SubmitGuard', () => {
  it('stops the first submit and shows a plain-words alert dialog', () => {
    const { guard, pageHandler, dialog, button, go } = setup();
    guard.update(true, content, elder);
    go.click();
    expect(pageHandler).not.toHaveBeenCalled();
    expect(dialog()!.getAttribute('aria-modal')).toBe('true');
    expect(dialog()!.textContent).toContain('放款前要您先交钱');
    expect(dialog()!.textContent).toContain('96110');
    expect(button('cancel').textContent).toBe('我再想想');
    expect(button('continue').textContent).toBe('我已了解，继续提交');
    // The safe choice has the focus.
    expect(__shadowForTests(guard.host!)!.activeElement).toBe(button('cancel'));
    guard.destroy();
  });

  it('lets the submit through after "我已了解，继续提交", and does not ask again for that form', () => {
    const { guard, pageHandler, button, go, dialog } = setup();
    guard.update(true, content, elder);
    go.click();
    button('continue').click();
    expect(dialog()).toBeNull();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect((pageHandler.mock.calls[0]![0] as SubmitEvent).submitter).toBe(go);
    go.click();
    expect(pageHandler).toHaveBeenCalledTimes(2);
    expect(dialog()).toBeNull();
    guard.destroy();
  });

  it('"我再想想" and Escape cancel the submit; Tab stays inside the dialog', () => {
    const { guard, pageHandler, button, go, dialog } = setup();
    guard.update(true, content, elder);
    go.click();
    const shadow = __shadowForTests(guard.host!)!;
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
    expect(shadow.activeElement).toBe(button('continue'));
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true, cancelable: true }));
    expect(shadow.activeElement).toBe(button('cancel'));
    button('cancel').click();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(go);
    go.click();
    dialog()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(dialog()).toBeNull();
    expect(pageHandler).not.toHaveBeenCalled();
    guard.destroy();
  });

  it('does nothing when inactive', () => {
    const { guard, pageHandler, go, dialog } = setup();
    guard.update(false, content, elder);
    go.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(dialog()).toBeNull();
  });

  it('names the boxes the page ticked for the reader, not the ones the reader ticked', () => {
    document.body.innerHTML = `<form id="f" action="about:blank">
      <label><input type="checkbox" checked> 同意购买借款保障险（每月 29 元）</label>
      <input type="checkbox" id="vip"><label for="vip">开通会员</label>
      <input type="checkbox" id="sms"><label for="sms">接收短信</label>
      <label><input type="checkbox" checked id="off"> 自动续费</label>
      <button id="go" type="submit">立即借款</button></form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    form.addEventListener('submit', (e) => e.preventDefault());
    const vip = document.getElementById('vip') as HTMLInputElement;
    vip.checked = true; // ticked by the page's script before the guard looked
    const guard = new SubmitGuard(document);
    guard.update(true, content, elder);
    (document.getElementById('sms') as HTMLInputElement).checked = true; // the reader's own choice
    (document.getElementById('off') as HTMLInputElement).checked = false; // the reader unticked it
    (document.getElementById('go') as HTMLButtonElement).click();
    const ticked = __shadowForTests(guard.host!)!.querySelector('.ticked')!.textContent;
    expect(ticked).toContain('“同意购买借款保障险（每月 29 元）”');
    expect(ticked).toContain('“开通会员”');
    expect(ticked).not.toContain('接收短信');
    expect(ticked).not.toContain('自动续费');
    guard.destroy();
  });
});
