// Where the content script gets the bundled rule packs: they are not in the script (that kept it
// under its size budget, docs/decisions/0003-content-script-size.md). First storage.local, which
// the background fills at install, update and start, and which a page reads without waking the
// background. When that holds nothing of this version (the first pages right after an install or
// update, before the background wrote it), ask the background; while a Firefox background page
// is still loading there is no receiver yet, so keep asking, and take the stored copy if it
// lands first. Neither within the deadline: null, and the page is left alone.
import type { PackData } from '../../core/evaluate/ruleset';
import type { ContentPacksRecord } from '../protocol';

export interface ContentPacksChannel {
  /** This extension's version (runtime.getManifest().version). */
  version: string;
  /** storage.local's CONTENT_PACKS_KEY value (undefined when missing). */
  readStored(): Promise<unknown>;
  /** The background's reply to mingbai/getContentPacks; rejects while nobody listens. */
  ask(): Promise<unknown>;
  /** Calls `listener` with every new CONTENT_PACKS_KEY value. Returns an unsubscribe function. */
  onStored(listener: (value: unknown) => void): () => void;
}

export interface LoadTiming {
  /** Give up after this long (ms). */
  deadlineMs: number;
  /** Ask the background again after this long when it did not answer usefully (ms). */
  retryMs: number;
}

export const DEFAULT_LOAD_TIMING: LoadTiming = { deadlineMs: 15_000, retryMs: 400 };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The packs of a record written for `version`; null for anything else (missing, stale, malformed). */
export function packsOfRecord(value: unknown, version: string): PackData[] | null {
  if (!isRecord(value) || value.version !== version) return null;
  const packs = (value as Partial<ContentPacksRecord>).packs;
  if (!Array.isArray(packs) || packs.length === 0 || !packs.every(isRecord)) return null;
  return packs;
}

export async function loadContentPacks(
  channel: ContentPacksChannel,
  timing: LoadTiming = DEFAULT_LOAD_TIMING,
): Promise<PackData[] | null> {
  const stored = packsOfRecord(await channel.readStored().catch(() => undefined), channel.version);
  if (stored) return stored;

  return new Promise<PackData[] | null>((resolve) => {
    let done = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (packs: PackData[] | null) => {
      if (done) return;
      done = true;
      clearTimeout(retryTimer);
      clearTimeout(deadline);
      unsubscribe();
      resolve(packs);
    };
    const offer = (value: unknown) => {
      const packs = packsOfRecord(value, channel.version);
      if (packs) finish(packs);
    };
    const unsubscribe = channel.onStored(offer);
    const deadline = setTimeout(() => finish(null), timing.deadlineMs);
    const ask = () => {
      if (done) return;
      channel.ask().then(
        (reply) => {
          offer(reply);
          if (!done) retryTimer = setTimeout(ask, timing.retryMs);
        },
        () => {
          if (!done) retryTimer = setTimeout(ask, timing.retryMs);
        },
      );
    };
    ask();
  });
}
