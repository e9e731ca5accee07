// Fees a loan page lists with a price: "服务费 1.5%/月", "担保费：200元". The fee names are a
// lexicon in the pack; this fact only checks that a positive amount or rate goes with them and
// that the fee is not waived (免服务费, 无管理费, 服务费0元).
import { hitEvidence } from '../evidence-snippet';
import type { FactFamily, FactParams } from '../fact-context';
import { compiledGrammar, type GrammarReader } from '../../match/grammar';

interface FeeGrammar {
  /** After the fee name: "：", "为", "仅", then the price. */
  readonly priceAfter: RegExp;
  readonly priceBefore: RegExp;
  readonly waivedBefore: RegExp;
}

function buildFeeGrammar(g: GrammarReader): FeeGrammar {
  const unit = g.source('zh.money.unit');
  return {
    priceAfter: new RegExp(`^[^\\d。；;\\n]{0,6}?(\\d+(?:\\.\\d+)?)\\s*(?:%|％|‰|${unit})`, 'u'),
    priceBefore: new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(?:%|％|${unit})[^\\d。；;\\n]{0,2}$`, 'u'),
    waivedBefore: new RegExp(`${g.source('loan.fee.waivedBefore')}[^，,。；;\\n]{0,3}$`, 'u'),
  };
}
const NEXT_BLOCK_LABEL_MAX = 12;

const str = (params: FactParams, key: string) => (typeof params[key] === 'string' ? params[key] : undefined);

export const feeFacts: FactFamily = {
  /**
   * Number of distinct fees from params.lexicon listed with a positive price, in the same block
   * or (for a table cell holding only the fee's name) at the start of the next block.
   */
  feesListed(ctx, params) {
    const name = str(params, 'lexicon');
    const hits = name ? ctx.hits.get(name) : undefined;
    const { snapshot } = ctx;
    const { priceAfter, priceBefore, waivedBefore } = compiledGrammar(ctx.grammar, buildFeeGrammar);
    /** The first priced hit of each fee name, by its index in hits. */
    const listed = new Map<string, number>();
    for (let i = 0; hits && i < hits.length; i++) {
      const block = hits.block(i);
      if (block >= snapshot.blockCount) continue;
      const text = snapshot.blockText(block);
      const blockStart = snapshot.offsets[block] ?? 0;
      const start = hits.start(i) - blockStart;
      const end = hits.end(i) - blockStart;
      const before = text.slice(Math.max(0, start - 6), start);
      if (waivedBefore.test(before)) continue;
      const after = text.slice(end, end + 24);
      let price = priceAfter.exec(after)?.[1] ?? priceBefore.exec(before)?.[1];
      if (price === undefined && text.length <= NEXT_BLOCK_LABEL_MAX && !/\d/.test(text)) {
        price = priceAfter.exec(snapshot.blockText(block + 1).slice(0, 24))?.[1];
      }
      const match = text.slice(start, end);
      if (price !== undefined && Number(price) > 0 && !listed.has(match)) listed.set(match, i);
    }
    const evidence = hits ? [...listed.values()].slice(0, 5).map((i) => hitEvidence(snapshot, hits.at(i), 'feesListed')) : [];
    return { value: listed.size, evidence };
  },
};
