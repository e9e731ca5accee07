import type { LexiconHit } from '../lexicon-matcher';
import type { PageSnapshot } from '../snapshot';
import type { Evidence } from '../types';

const CONTEXT = 30;

/** A short, readable piece of the block around [start, end) of snapshot.text. */
export function snippetAround(snapshot: PageSnapshot, block: number, start: number, end: number): string {
  const blockStart = snapshot.offsets[block] ?? 0;
  const blockText = snapshot.blockText(block);
  const from = Math.max(0, start - blockStart - CONTEXT);
  const to = Math.min(blockText.length, end - blockStart + CONTEXT);
  return `${from > 0 ? '…' : ''}${blockText.slice(from, to)}${to < blockText.length ? '…' : ''}`;
}

export function hitEvidence(snapshot: PageSnapshot, hit: LexiconHit, fact: string): Evidence {
  return {
    text: snippetAround(snapshot, hit.block, hit.start, hit.end),
    element: snapshot.blockElement(hit.block),
    fact,
  };
}

/** Evidence for a whole block, trimmed to a readable length. */
export function blockEvidence(snapshot: PageSnapshot, block: number, fact: string): Evidence {
  const text = snapshot.blockText(block);
  return { text: text.length > 2 * CONTEXT + 20 ? `${text.slice(0, 2 * CONTEXT + 20)}…` : text, element: snapshot.blockElement(block), fact };
}
