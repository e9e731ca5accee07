// Serves the benchmark pages on 127.0.0.1 (random port): the real-page corpus (read in place,
// decoded with the CLI's charset logic and served as UTF-8, so the pages that declare gb2312 but
// are UTF-8 read right), the generated pages, and the fixture pages. Nothing is copied.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { decodeHtml } from '../../src/cli/decode-html';

export interface BenchPage {
  /** Short name for the table. */
  name: string;
  group: 'corpus' | 'generated' | 'fixture';
  /** Path on the server. */
  path: string;
  /** A file to read, or the HTML itself (generated pages). */
  file?: string;
  html?: string;
}

export interface PageServer {
  origin: string;
  /**
   * `isolated`: served cross-origin isolated (COOP + COEP), where performance.now() moves in
   * 5 µs steps instead of 100 µs. The scan figures use it; the load runs do not. Saved pages
   * lose nothing by it: every other origin fails to resolve in the bench anyway.
   */
  url(page: BenchPage, options?: { isolated?: boolean }): string;
  close(): Promise<void>;
}

export async function startPageServer(pages: readonly BenchPage[]): Promise<PageServer> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const cache = new Map<string, Buffer>();
  const body = (page: BenchPage): Buffer => {
    let buf = cache.get(page.path);
    if (!buf) {
      const html = page.html ?? decodeHtml(new Uint8Array(readFileSync(page.file as string))).text;
      buf = Buffer.from(html, 'utf8');
      cache.set(page.path, buf);
    }
    return buf;
  };
  const server: Server = createServer((req, res) => {
    const [rawPath, query] = (req.url ?? '/').split('?');
    const path = decodeURIComponent(rawPath ?? '/');
    const page = byPath.get(path);
    if (!page) {
      // Sub-resources of saved pages (images, css next to them) are not served: a quick 404.
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    try {
      const buf = body(page);
      const isolation =
        query === 'isolated'
          ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'credentialless' }
          : {};
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': buf.length,
        'Cache-Control': 'no-store',
        ...isolation,
      });
      res.end(buf);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page, options) => `${origin}${encodeURI(page.path)}${options?.isolated ? '?isolated' : ''}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
