// Bundled by probe-held.ts and evaluated in an isolated world of a generated page: the scan's
// stages one by one, each result kept on globalThis, so the driver can read the heap after a
// forced collection between stages. Sliced as in the content script (the walk keeps blocks as
// indices only when it pauses); the pauses are timer turns.
import { compileRuleset, type PackData, type Ruleset } from '../../src/core/evaluate/ruleset';
import { scanSnapshot } from '../../src/core/scan';
import { takeSnapshotSliced, type PageSnapshot } from '../../src/core/read/snapshot';
import { createTimeSlicer } from '../../src/core/shared/time-slicer';
import type { LexiconHits } from '../../src/core/match/lexicon-matcher';

let ruleset: Ruleset | null = null;
const held: { snapshot: PageSnapshot | null; hits: LexiconHits | null; result: unknown } = {
  snapshot: null,
  hits: null,
  result: null,
};
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const options = () => ({
  url: location.href,
  visibility: 'computed' as const,
  today: '2026-11-27',
  yieldToPage: nextTurn,
  sliceMs: 8,
});

function ready(): { ruleset: Ruleset; snapshot: PageSnapshot } {
  if (!ruleset || !held.snapshot) throw new Error('compile() and snapshot() first');
  return { ruleset, snapshot: held.snapshot };
}

(globalThis as Record<string, unknown>).__mingbaiHeld = {
  compile(packs: PackData[]) {
    ruleset = compileRuleset(packs);
  },
  async snapshot() {
    held.snapshot = await takeSnapshotSliced(document, options(), null, createTimeSlicer(nextTurn));
    return { blocks: held.snapshot.blockCount, chars: held.snapshot.text.length };
  },
  async match() {
    const { ruleset, snapshot } = ready();
    held.hits = await ruleset.matcher.matchSliced(snapshot, createTimeSlicer(nextTurn));
    let hits = 0;
    for (const list of held.hits.values()) hits += list.length;
    return hits;
  },
  async evaluate() {
    const { ruleset, snapshot } = ready();
    const result = await scanSnapshot(ruleset, snapshot, options());
    held.result = result;
    return result.findings.length;
  },
  drop() {
    held.snapshot = held.hits = held.result = null;
  },
};
