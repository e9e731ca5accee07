// A batch of MutationRecords → the smallest set of top-level subtrees whose text changed.
// Those are rescanned; everything else keeps its findings.
import { isInsideOwnUi } from '../../core/read/own-ui';

/** Above this many mutated nodes in one batch, one full rescan is cheaper than many regions. */
export const FULL_RESCAN_NODE_LIMIT = 1000;

export interface ChangedRegions {
  /** Disjoint, connected subtrees to rescan (none contains another). */
  roots: Element[];
  /** Nodes were removed: findings pointing at them must go. */
  removed: boolean;
  /** Too much changed (or the body itself): rescan the whole page instead. */
  full: boolean;
  nodeCount: number;
}

// Tags whose text joins the surrounding block (see snapshot.ts): a change inside them is a
// change of the block around them, so the rescan starts at that block.
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INPUT',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
]);
// Nodes that never carry page text: a page injecting styles or scripts is not new content.
const TEXTLESS_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'IFRAME']);

function blockAround(el: Element): Element {
  let cur = el;
  for (let i = 0; i < 12 && INLINE_TAGS.has(cur.tagName) && cur.parentElement; i++) cur = cur.parentElement;
  return cur;
}

export function changedRoots(records: readonly MutationRecord[], doc: Document, limit = FULL_RESCAN_NODE_LIMIT): ChangedRegions {
  const body = doc.body;
  const candidates = new Set<Element>();
  let removed = false;
  let nodeCount = 0;
  const tooMuch = () => ({ roots: [], removed: true, full: true, nodeCount });

  for (const record of records) {
    if (record.type === 'characterData') {
      nodeCount++;
      const parent = record.target.parentElement;
      if (parent) candidates.add(parent);
    } else if (record.type === 'childList') {
      if (record.removedNodes.length) {
        removed = true;
        nodeCount += record.removedNodes.length;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) {
          const el = node as Element;
          if (TEXTLESS_TAGS.has(el.tagName)) continue;
          nodeCount += 1 + el.getElementsByTagName('*').length;
          candidates.add(el);
        } else if (node.nodeType === 3) {
          nodeCount++;
          const parent = node.parentElement;
          if (parent) candidates.add(parent);
        }
      }
    }
    if (nodeCount > limit) return tooMuch();
  }

  const widened = new Set<Element>();
  for (const el of candidates) {
    if (!el.isConnected || isInsideOwnUi(el)) continue;
    const block = blockAround(el);
    if (block === body || block === doc.documentElement || !body?.contains(block))
      return { roots: [], removed: true, full: true, nodeCount };
    widened.add(block);
  }
  // Keep only the outermost: a root inside another root is rescanned with it.
  const roots = [...widened].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (widened.has(p)) return false;
    return true;
  });
  return { roots, removed, full: false, nodeCount };
}
