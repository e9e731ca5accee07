// The module aliases that slim json-rules-engine for the content script
// (docs/decisions/0003-content-script-size.md). One list for the WXT build and for the
// benchmark's in-page bundle, so the benchmark runs the core exactly as the page gets it.
import { resolve } from 'node:path';

export function contentScriptAliases(root: string): Record<string, string> {
  return {
    'jsonpath-plus': resolve(root, 'src/extension/jsonpath-plus-stub.ts'),
    eventemitter2: resolve(root, 'src/extension/shims/event-emitter.ts'),
    'hash-it': resolve(root, 'src/extension/shims/stable-hash.ts'),
    clone: resolve(root, 'src/extension/shims/deep-clone.ts'),
  };
}
