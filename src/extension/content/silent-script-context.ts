// Stands in for WXT's ContentScriptContext in the built content script (wxt.config.ts aliases
// `wxt/utils/content-script-context` here). WXT's class, constructed by WXT's entry wrapper
// before our main() runs, posted `{type: "<extension id>:content:wxt:content-script-started"}`
// to the page with window.postMessage and a document event, and stopped the script when such
// an event came back: any page could switch Mingbai off, and learn that it is installed and its
// id. This one says nothing to the page and listens to nothing on it; it ends only when the
// extension is gone (extension-lifetime.ts).
import { ExtensionLifetime } from './extension-lifetime';

export class ContentScriptContext extends ExtensionLifetime {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    super();
  }
}
