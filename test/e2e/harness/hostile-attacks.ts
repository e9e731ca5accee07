// What a hostile page does to hide Mingbai's warnings, and how a test looks at the result: the
// same in Chromium (playwright) and Firefox (puppeteer). Each attack is a function that runs in
// the page (serialised, so it closes over nothing), after the warnings are shown.

export interface HideAttack {
  name: string;
  /** Runs in the page. */
  run: () => void;
  /**
   * 'restored': the inline UI must be back in place, open in the top layer and on top.
   * 'seen': either restored like that, or the badge says "!" (the fallback the page cannot touch).
   * 'fallback': the badge must say "!".
   */
  expect: 'restored' | 'seen' | 'fallback';
}

export const HIDE_ATTACKS: HideAttack[] = [
  {
    name: 'removes the UI hosts',
    expect: 'restored',
    run: () => document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove()),
  },
  {
    name: 're-serialises the body',
    expect: 'restored',
    run: () => {
      // eslint-disable-next-line no-self-assign -- the attack: re-parse the body, dropping our hosts
      document.body.innerHTML = document.body.innerHTML;
    },
  },
  {
    name: 're-serialises the whole document',
    expect: 'restored',
    run: () => {
      // eslint-disable-next-line no-self-assign -- the attack: re-parse the whole document
      document.documentElement.innerHTML = document.documentElement.innerHTML;
    },
  },
  {
    name: 'moves the hosts into a hidden element',
    expect: 'restored',
    run: () => {
      const hideout = document.getElementById('hideout') ?? document.body.appendChild(document.createElement('div'));
      hideout.style.display = 'none';
      document.querySelectorAll('[data-mingbai-ui]').forEach((h) => hideout.append(h));
    },
  },
  {
    name: 'takes the hosts out of the top layer (hidePopover, popover attribute removed)',
    expect: 'restored',
    run: () => {
      // Only the hosts are popovers (a marker's slot in the text is ours too, but not one).
      document.querySelectorAll<HTMLElement>('[data-mingbai-ui][popover]').forEach((h, i) => {
        if (i % 2) h.removeAttribute('popover');
        else h.hidePopover();
      });
    },
  },
  {
    name: 'shows its own full-window popover above ours',
    expect: 'restored',
    run: () => {
      const cover = document.createElement('div');
      cover.setAttribute('popover', 'manual');
      cover.id = 'page-cover';
      cover.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff;';
      cover.textContent = '恭喜您，审核已通过';
      document.body.append(cover);
      cover.showPopover();
    },
  },
  {
    name: 'removes the hosts again and again (a fight loop)',
    expect: 'fallback',
    run: () => {
      new MutationObserver(() => document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove())).observe(
        document.documentElement,
        { childList: true },
      );
      document.querySelectorAll('[data-mingbai-ui]').forEach((h) => h.remove());
    },
  },
  {
    name: 'sets inert on <html>',
    expect: 'fallback',
    run: () => document.documentElement.setAttribute('inert', ''),
  },
  {
    name: 'opens a modal <dialog>',
    expect: 'fallback',
    run: () => {
      const dialog = document.createElement('dialog');
      dialog.textContent = '请先完成实名认证';
      dialog.style.cssText = 'width:90vw;height:90vh;';
      document.body.append(dialog);
      dialog.showModal();
    },
  },
  {
    name: 'makes <html> transparent',
    expect: 'seen',
    run: () => document.documentElement.style.setProperty('opacity', '0', 'important'),
  },
  {
    name: 'hides <html> (visibility, content-visibility)',
    expect: 'seen',
    run: () => {
      document.documentElement.style.setProperty('visibility', 'hidden', 'important');
      document.documentElement.style.setProperty('content-visibility', 'hidden', 'important');
    },
  },
  {
    name: 'clips <html> off screen',
    expect: 'seen',
    run: () => {
      document.documentElement.style.setProperty('clip-path', 'inset(100%)', 'important');
      document.documentElement.style.setProperty('transform', 'translateX(-200vw)', 'important');
    },
  },
  {
    name: 'styles everything with all: unset !important',
    expect: 'restored',
    run: () => {
      const style = document.createElement('style');
      style.textContent = '* { all: unset !important; } [data-mingbai-ui], [popover] { display: none !important; }';
      document.head.append(style);
    },
  },
];

/** Runs in the page: where our hosts are, and whether a hit test at the banner's centre reaches ours. */
export function readUiPlacement(): { hosts: number; underHtml: boolean; open: boolean; bannerOnTop: boolean } {
  // Shown hosts only: a page that re-serialises <html> leaves dead copies of our hosts (no shadow
  // root, never shown) in its body; they show nothing and are not ours.
  const all = Array.from(document.querySelectorAll<HTMLElement>('[data-mingbai-ui]'));
  const hosts = all.filter((h) => h.matches(':popover-open'));
  const banner = hosts.find((h) => h.getAttribute('data-mingbai-layer') === '0');
  let bannerOnTop = false;
  if (banner) {
    const box = banner.getBoundingClientRect();
    const hit = Document.prototype.elementFromPoint.call(
      document,
      box.left + box.width / 2,
      box.top + Math.min(box.height, 40) / 2,
    );
    bannerOnTop = box.height > 4 && !!hit && hit.hasAttribute('data-mingbai-ui');
  }
  return {
    hosts: hosts.length,
    underHtml: hosts.every((h) => h.parentElement === document.documentElement),
    open: hosts.every((h) => h.matches(':popover-open')),
    bannerOnTop,
  };
}
