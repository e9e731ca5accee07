// HTML → Document with jsdom, never running the page's scripts (jsdom's default), and without
// fetching any sub-resource: page content never leaves the machine.
import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

export function parseHtml(html: string, url = 'https://example.test/'): Document {
  let safeUrl = url;
  try {
    new URL(url);
  } catch {
    safeUrl = 'https://example.test/';
  }
  const dom = new JSDOM(html, { url: safeUrl, contentType: 'text/html', virtualConsole: quiet });
  return dom.window.document;
}
