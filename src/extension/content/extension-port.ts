// What the content controller needs from the extension APIs, as an interface: the entry point
// wires it to `browser.*`, the unit tests to fakes.
import type { Message } from '../protocol';

export interface ExtensionPort {
  send(message: Message): Promise<unknown>;
  /** Messages from the popup (reveal). Returns an unsubscribe function. */
  onMessage(listener: (message: Message) => void): () => void;
  /** Stored settings or imported packs changed. Returns an unsubscribe function. */
  onSettingsChanged(listener: () => void): () => void;
  uiLanguage(): string | undefined;
  /** This document's random id, sent with the findings (the background's document-change.ts). */
  documentId?: string;
}

/** Resolve with `fallback` when `promise` has not settled within `ms` (background asleep or missing). */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
