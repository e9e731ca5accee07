// The content script calls the browser's own extension APIs (no webextension-polyfill):
// Firefox's `browser`, else Chrome's `chrome`, never a page element that happens to be named
// "browser" on window.
import { describe, expect, it } from 'vitest';
import { pickExtensionApi } from '../../../src/extension/content/extension-api';

const api = (id: string | undefined) => ({ runtime: { id }, i18n: {} });

describe('pickExtensionApi', () => {
  it("takes Firefox's browser when it is the extension API", () => {
    const firefox = api('mingbai@mingbai.example');
    expect(pickExtensionApi({ browser: firefox, chrome: api('mingbai@mingbai.example') })).toBe(firefox);
  });

  it("takes Chrome's chrome when there is no browser, or when browser is a page element", () => {
    const chrome = api('abcdefghijklmnop');
    expect(pickExtensionApi({ chrome })).toBe(chrome);
    const element = document.createElement('div');
    element.id = 'browser';
    expect(pickExtensionApi({ browser: element, chrome })).toBe(chrome);
    expect(pickExtensionApi({ browser: { runtime: {} }, chrome })).toBe(chrome);
  });
});
