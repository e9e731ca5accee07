// The promise-based `browser` object. At run time 'wxt/browser' is webextension-polyfill (the
// @wxt-dev/webextension-polyfill module aliases it), so it is typed with the polyfill's types.
import { browser as wxtBrowser } from 'wxt/browser';
import type Browser from 'webextension-polyfill';

export const browser = wxtBrowser as unknown as Browser.Browser;
export type { Browser };
