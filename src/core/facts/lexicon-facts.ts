// Generic phrase facts over the combined matcher's hits. Most lure rules need nothing else:
// a rule author adds phrases to a lexicon in JSON and refers to it here by name.
import { hitEvidence } from './evidence-snippet';
import type { FactFamily, FactParams } from './fact-context';
import { hitBlocks } from '../match/hit-list';
import type { Evidence } from '../shared/types';

function str(params: FactParams, key: string): string | undefined {
  const v = params[key];
  return typeof v === 'string' ? v : undefined;
}

export const lexiconFacts: FactFamily = {
  /**
   * Number of hits of params.lexicon on the page (params.distinct: count distinct phrases).
   * params.exclude drops hits in blocks where another lexicon also hits.
   * params.near: only hits in blocks that also hit that lexicon.
   */
  lexicon(ctx, params) {
    const name = str(params, 'lexicon');
    const hits = name ? ctx.hits.get(name) : undefined;
    if (!hits) return { value: 0, evidence: [] };
    const exclude = str(params, 'exclude');
    const excludedBlocks = exclude ? hitBlocks(ctx.hits.get(exclude)) : null;
    const near = str(params, 'near');
    const nearBlocks = near ? hitBlocks(ctx.hits.get(near)) : null;
    const matches = params.distinct ? new Set<string>() : null;
    const fact = `lexicon:${name}`;
    const seenBlocks = new Set<number>();
    const evidence: Evidence[] = [];
    let count = 0;
    for (let i = 0; i < hits.length; i++) {
      const block = hits.block(i);
      if (excludedBlocks?.has(block) || (nearBlocks && !nearBlocks.has(block))) continue;
      count++;
      matches?.add(hits.match(i));
      if (evidence.length < 5 && !seenBlocks.has(block)) {
        seenBlocks.add(block);
        evidence.push(hitEvidence(ctx.snapshot, hits.at(i), fact));
      }
    }
    return { value: matches ? matches.size : count, evidence };
  },
};
