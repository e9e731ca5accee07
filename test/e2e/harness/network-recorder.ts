// Privacy in E2E (issue 18): one rule for both browsers that says which requests are allowed while
// the built extension runs. The extension may load its own packaged files; a test tab may load
// the page the test asked for from the local page server, and what that page's HTML references. Anything else is recorded as a
// violation, so a test can end with `expect(recorder.violations).toEqual([])`.

/** Where a request came from, as far as the browser tells us. */
export type RequestSource = 'tab' | 'extension-page' | 'background' | 'content-script' | 'unknown';

export interface RecordedRequest {
  url: string;
  method: string;
  source: RequestSource;
  /** The document or worker that made it, for the failure message. */
  by: string;
}

export interface NetworkRecorder {
  readonly all: readonly RecordedRequest[];
  readonly violations: readonly RecordedRequest[];
  record(request: RecordedRequest): void;
}

// The page server's own pages (see page-server.ts): the fixture or e2e page a test opened and
// the favicon the browser asks for by itself. No other path on 127.0.0.1 is expected.
const SERVER_PAGE = /^\/(?:strict-csp\/)?(?:(?:fixtures|e2e)\/[\w.-]+\.html|favicon\.ico)$/;

// Never reach the network: inline data and in-memory objects.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/**
 * The URLs a fixture page itself asks for (images, styles, links in its HTML), resolved against
 * the page: the page's own requests, which are allowed from its tab. A request the content
 * script made would not be in the page's source.
 */
export function pageAssets(html: string, pageUrl: string): Set<string> {
  const found = new Set<string>();
  const add = (ref: string) => {
    try {
      found.add(new URL(ref.trim(), pageUrl).href);
    } catch {
      // not a URL: nothing the browser can load
    }
  };
  for (const m of html.matchAll(/\b(?:src|href|poster|data)\s*=\s*["']([^"']+)["']/gi)) add(m[1]!);
  for (const m of html.matchAll(/\bsrcset\s*=\s*["']([^"']+)["']/gi))
    for (const part of m[1]!.split(',')) add(part.trim().split(/\s+/)[0] ?? '');
  for (const m of html.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gi)) add(m[1]!);
  return found;
}

/** `assetsOf(pageUrl)`: what that tab's page itself references (see pageAssets). */
export function isAllowed(
  request: RecordedRequest,
  extensionOrigin: string,
  serverOrigin: string,
  assetsOf: (pageUrl: string) => Set<string> = () => new Set(),
): boolean {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(url.protocol)) return true;
  // The extension's own packaged files (scripts, styles, icons, locale files, pages).
  // (URL.origin is "null" for chrome-extension: and moz-extension: URLs, so compare by hand.)
  if (`${url.protocol}//${url.host}` === extensionOrigin && request.method === 'GET') return true;
  // Chromium serves web-accessible files marked use_dynamic_url (the content script's page-ui.js)
  // under a per-session random host of the same scheme. Only Mingbai is installed in the test
  // profile, and such URLs are answered inside the browser, never by the network.
  if (url.protocol === new URL(extensionOrigin).protocol && request.method === 'GET') return true;
  // A test tab loading the page it was sent to. The extension's pages and background have no
  // reason to talk to the page server, so the same URL from them is a violation.
  if (request.source !== 'tab' || request.method !== 'GET') return false;
  if (url.origin === serverOrigin && SERVER_PAGE.test(url.pathname)) return true;
  // The page's own images and styles, wherever its HTML points (some fixtures name hosts that
  // do not exist, like img.example; the request fails, but it is the page's, not ours).
  return assetsOf(request.by).has(url.href);
}

export function networkRecorder(
  extensionOrigin: string,
  serverOrigin: string,
  assetsOf?: (pageUrl: string) => Set<string>,
): NetworkRecorder {
  const all: RecordedRequest[] = [];
  const violations: RecordedRequest[] = [];
  return {
    all,
    violations,
    record(request) {
      all.push(request);
      if (!isAllowed(request, extensionOrigin, serverOrigin, assetsOf)) violations.push(request);
    },
  };
}
