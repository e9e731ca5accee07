// A small node:http server on 127.0.0.1 (never another address) and a random free port. It serves
// the sample pages, the e2e pages and an index, and records form submissions, so a test can
// tell whether a submit really went through. Any page under /strict-csp/… comes with
// STRICT_CSP, the strictest policy a site can send (the content script must still work there).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { E2E_PAGE_DIR, FIXTURE_DIR, fixturePages, readPageText } from './sample-pages';

export interface Submission {
  path: string;
  body: string;
  at: number;
}

export interface PageServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  submissions: Submission[];
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const submissions: Submission[] = [];
  const server: Server = createServer((req, res) => {
    void handle(req, new URL(req.url ?? '/', 'http://127.0.0.1').pathname, submissions).then(
      ({ status, type, body, headers }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
        res.end(body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + path,
    submissions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Reply {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

const HTML = 'text/html; charset=utf-8';

/** No script, style, image or connection of the page's own: `script-src 'none'` and more. */
export const STRICT_CSP = "default-src 'none'";

async function handle(req: IncomingMessage, path: string, submissions: Submission[]): Promise<Reply> {
  const strict = /^\/strict-csp(\/.*)$/.exec(path);
  if (strict) {
    const reply = await handle(req, strict[1]!, submissions);
    return { ...reply, headers: { ...reply.headers, 'content-security-policy': STRICT_CSP } };
  }
  if (req.method === 'POST') {
    const body = await readBody(req);
    submissions.push({ path, body, at: Date.now() });
    return {
      status: 200,
      type: HTML,
      body: '<!doctype html><meta charset="utf-8"><title>已提交</title><h1 id="submitted">已提交 Submitted</h1>',
    };
  }
  if (path === '/' || path === '/index.html') return { status: 200, type: HTML, body: indexPage() };
  const page = /^\/(fixtures|e2e)\/([\w.-]+\.html)$/.exec(path);
  if (page) {
    const file = join(page[1] === 'fixtures' ? FIXTURE_DIR : E2E_PAGE_DIR, basename(page[2]!));
    if (existsSync(file)) return { status: 200, type: HTML, body: readPageText(file) };
  }
  if (path === '/favicon.ico') return { status: 204, type: 'text/plain', body: '' };
  return { status: 404, type: 'text/plain; charset=utf-8', body: `not found: ${path}` };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo's start page: every sample page with what the rule tests expect on it. */
function indexPage(): string {
  const rows = fixturePages()
    .map((p) => {
      const risks = p.expect.risks.length ? p.expect.risks.map(escapeHtml).join('<br>') : '无风险提示（正常页面） / none';
      return `<tr><td><a href="${p.path}">${escapeHtml(p.title)}</a></td><td>${escapeHtml(p.expect.kind)}</td><td>${risks}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>明白 Mingbai 示例页面</title>
<style>body{font:18px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;max-width:960px;margin:2em auto;padding:0 1em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4em .6em;text-align:left;vertical-align:top}</style>
<h1>明白 Mingbai 示例页面 / Sample pages</h1>
<p>这些都是模拟页面，用来演示“明白”会在哪里提醒您。These are made-up pages that show where Mingbai warns.</p>
<table><tr><th>页面 Page</th><th>类型 Kind</th><th>应出现的提示 Expected warnings</th></tr>
${rows}
</table></html>`;
}
