// What each page of the page server references itself (for the privacy recorder): its URL on
// the server mapped to the URLs in its HTML.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pageAssets } from './network-recorder';
import { E2E_PAGE_DIR, FIXTURE_DIR, readPageText } from './sample-pages';

export function fixtureAssets(serverOrigin: string): (pageUrl: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (pageUrl) => {
    const cached = cache.get(pageUrl);
    if (cached) return cached;
    let assets = new Set<string>();
    if (pageUrl.startsWith(`${serverOrigin}/`)) {
      const m = /^\/(?:strict-csp\/)?(fixtures|e2e)\/([\w.-]+\.html)$/.exec(new URL(pageUrl).pathname);
      const file = m ? join(m[1] === 'fixtures' ? FIXTURE_DIR : E2E_PAGE_DIR, basename(m[2]!)) : '';
      if (file && existsSync(file)) assets = pageAssets(readPageText(file), pageUrl);
    }
    cache.set(pageUrl, assets);
    return assets;
  };
}
