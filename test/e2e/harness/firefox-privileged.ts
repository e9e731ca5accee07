// Firefox ESR's privileged side, for what BiDi's page-level API does not reach. The session starts
// Firefox with --remote-allow-system-access, so WebDriver BiDi can evaluate in the browser window
// itself ("moz:scope": "chrome", the parent process). From there:
// - runInContentScript: code runs in Mingbai's own content-script sandbox of a tab (the one
//   ExtensionContent made for the extension in that window), loaded through a frame script in the
//   tab's content process: the same rights as the content script, nothing added to the extension.
// - extensionRequestLog: an http-on-modify-request observer in the parent process sees every HTTP
//   request in the browser, with the principal that made it. The extension's own (background page,
//   extension pages, and the content script, whose expanded principal includes the extension's)
//   are picked out by its add-on id; puppeteer cannot watch the MV2 background page, this can.
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './firefox-session';
import type { RecordedRequest } from './network-recorder';

interface BidiConnection {
  send(method: string, params: unknown): Promise<{ result: Record<string, unknown> }>;
}

type EvaluateResult =
  { type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: { text: string } };

/** Evaluates in the browser's chrome window. The expression's value must be a string (or a promise of one). */
export async function evaluateInChrome(s: FirefoxSession, expression: string): Promise<string> {
  const connection = (s.browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as {
    contexts: Array<{ context: string; url: string }>;
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in chrome scope (is --remote-allow-system-access passed?)');
  const reply = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as unknown as EvaluateResult;
  if (reply.type === 'exception') throw new Error(`chrome-scope evaluation failed: ${reply.exceptionDetails.text}`);
  if (reply.result.type !== 'string') throw new Error(`chrome-scope evaluation gave ${reply.result.type}, not a string`);
  return reply.result.value as string;
}

/**
 * Runs `fn(arg)` in Mingbai's content-script sandbox of `page`'s top frame and returns its
 * (JSON-safe) result. `fn` is sent as source text: it must not close over anything.
 */
export async function runInContentScript<A, R>(s: FirefoxSession, page: Page, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  const contextId = (page.mainFrame() as unknown as { _id: string })._id;
  const reply = `mingbai-e2e:${Math.random().toString(36).slice(2)}`;
  const sandboxCode = `Promise.resolve().then(() => (${fn.toString()})(${JSON.stringify(arg)})).then((v) => JSON.stringify({ value: v === undefined ? null : v }), (e) => JSON.stringify({ error: String(e) }))`;
  // The frame script runs in the tab's content process with chrome rights; it finds the
  // extension's content-script context of that window and evaluates in its sandbox.
  const frameScript = `
    try {
      const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
      const context = ExtensionContent.getContextByExtensionId(${JSON.stringify(s.geckoId)}, content);
      if (!context) throw new Error('no Mingbai content script in this tab');
      Cu.evalInSandbox(${JSON.stringify(sandboxCode)}, context.sandbox).then(
        (text) => sendAsyncMessage(${JSON.stringify(reply)}, String(text)),
        (e) => sendAsyncMessage(${JSON.stringify(reply)}, JSON.stringify({ error: String(e) })),
      );
    } catch (e) {
      sendAsyncMessage(${JSON.stringify(reply)}, JSON.stringify({ error: 'frame script: ' + String(e) }));
    }`;
  const text = await evaluateInChrome(
    s,
    `(async () => {
      // The remote agent's own map from BiDi context ids (Firefox 13x+: NavigableManager; older: TabManager).
      const byId = (id) => {
        try {
          return ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs').NavigableManager.getBrowsingContextById(id);
        } catch {
          return ChromeUtils.importESModule('chrome://remote/content/shared/TabManager.sys.mjs').TabManager.getBrowsingContextById(id);
        }
      };
      const browser = byId(${JSON.stringify(contextId)})?.embedderElement;
      if (!browser) return JSON.stringify({ error: 'no tab for browsing context ${contextId}' });
      const mm = browser.messageManager;
      const answer = new Promise((resolve) => {
        const listener = (m) => { mm.removeMessageListener(${JSON.stringify(reply)}, listener); resolve(m.data); };
        mm.addMessageListener(${JSON.stringify(reply)}, listener);
        setTimeout(() => resolve(JSON.stringify({ error: 'no answer from the content script sandbox within 15 s' })), 15000);
      });
      mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
      return answer;
    })()`,
  );
  const parsed = JSON.parse(text) as { value?: R; error?: string };
  if (parsed.error !== undefined) throw new Error(parsed.error);
  return parsed.value as R;
}

export interface ExtensionRequestLog {
  /** Requests the extension made since the log started (or since the last take). */
  take(): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

/**
 * Records every HTTP(S) request made with the extension's principal: its background page
 * (source "background"), its pages ("extension-page") and its content scripts ("content-script"). Loads of its own files are not
 * HTTP (moz-extension:) and never show up here.
 */
export async function extensionRequestLog(s: FirefoxSession): Promise<ExtensionRequestLog> {
  const key = `__mingbaiRequests_${Math.random().toString(36).slice(2)}`;
  await evaluateInChrome(
    s,
    `(() => {
      const addonId = ${JSON.stringify(s.geckoId)};
      const seen = [];
      const extensionOrigin = ${JSON.stringify(s.extensionUrl('').replace(/\/$/, ''))};
      // A content script's principal is expanded: "[Expanded Principal [<page origin>, moz-extension://…]]".
      const ours = (p) => !!p && (p.addonId === addonId || (p.isExpandedPrincipal && p.origin.includes(extensionOrigin)));
      const observer = {
        observe(subject) {
          try {
            const channel = subject.QueryInterface(Ci.nsIHttpChannel);
            const info = channel.loadInfo;
            if (!ours(info.triggeringPrincipal) && !ours(info.loadingPrincipal)) return;
            const context = info.browsingContextID ? BrowsingContext.get(info.browsingContextID) : null;
            const by = context?.currentWindowGlobal?.documentURI?.spec ?? info.triggeringPrincipal?.origin ?? 'unknown';
            seen.push({ url: channel.URI.spec, method: channel.requestMethod, by });
          } catch (e) {
            seen.push({ url: 'error:' + String(e), method: 'GET', by: 'observer' });
          }
        },
      };
      Services.obs.addObserver(observer, 'http-on-modify-request');
      window[${JSON.stringify(key)}] = { seen, observer };
      return 'ok';
    })()`,
  );
  const backgroundPath = '/_generated_background_page.html';
  return {
    async take() {
      const text = await evaluateInChrome(s, `JSON.stringify(window[${JSON.stringify(key)}].seen.splice(0))`);
      return (JSON.parse(text) as Array<{ url: string; method: string; by: string }>).map((r) => ({
        ...r,
        // Made with the extension's rights from a web page's document: the content script's.
        source: r.by.endsWith(backgroundPath)
          ? 'background'
          : r.by.startsWith(s.extensionUrl(''))
            ? 'extension-page'
            : 'content-script',
      }));
    },
    async stop() {
      await evaluateInChrome(
        s,
        `(() => { const k = ${JSON.stringify(key)}; if (window[k]) { Services.obs.removeObserver(window[k].observer, 'http-on-modify-request'); delete window[k]; } return 'ok'; })()`,
      );
    },
  };
}
