// Mingbai's content script in Chromium runs in an isolated world of the page: its own globals,
// the page's DOM. Through CDP a test can evaluate there, with the content script's rights.
import type { CDPSession } from 'playwright-core';
import { waitUntil } from './wait-until';

/** The execution context of Mingbai's content script in the page's main frame (created by `reload`). */
export async function contentScriptContext(
  cdp: CDPSession,
  extensionId: string,
  reload: () => Promise<unknown>,
): Promise<number> {
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
  await cdp.send('Runtime.enable');
  await reload();
  return waitUntil(() => contexts.findLast((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId))?.id, {
    what: "the content script's isolated world",
    timeoutMs: 10_000,
  });
}

/** Evaluates `expression` in context `contextId`; its value must be JSON-safe. */
export async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (exceptionDetails) throw new Error(`evaluation failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}
