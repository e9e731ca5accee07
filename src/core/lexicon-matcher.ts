// One combined matcher for every lexicon of every loaded pack, built once per rule set and run
// once over the snapshot's joined text. Never one regex per rule per node.
import type { PageSnapshot } from './snapshot';

export interface LexiconSpec {
  phrases: readonly string[];
  patterns: readonly string[];
  negatable: boolean;
}

export interface LexiconHit {
  lexicon: string;
  /** The text that matched. */
  match: string;
  block: number;
  /** Offsets in snapshot.text. */
  start: number;
  end: number;
}

export type LexiconHits = ReadonlyMap<string, readonly LexiconHit[]>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How far before a hit a negation word may stand: "不收取任何保证金". */
const NEGATION_WINDOW = 8;

export class LexiconMatcher {
  private readonly regex: RegExp | null;
  /** Lexicons owning each capture group; the last group holds all literal phrases. */
  private readonly groupLexicon: string[];
  private readonly phraseLexicons = new Map<string, string[]>();
  private readonly negatable = new Set<string>();
  private readonly negation: RegExp | null;

  constructor(lexicons: Record<string, LexiconSpec>, negations: readonly string[]) {
    const groups: string[] = [];
    this.groupLexicon = [];
    for (const [name, spec] of Object.entries(lexicons)) {
      if (spec.negatable) this.negatable.add(name);
      for (const phrase of spec.phrases) {
        const owners = this.phraseLexicons.get(phrase);
        if (owners) {
          if (!owners.includes(name)) owners.push(name);
        } else this.phraseLexicons.set(phrase, [name]);
      }
      for (const pattern of spec.patterns) {
        groups.push(`(${pattern})`);
        this.groupLexicon.push(name);
      }
    }
    // Longest first, so 免息分期 wins over 免息 at the same position.
    const literals = [...this.phraseLexicons.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    if (literals.length) groups.push(`(${literals.join('|')})`);
    this.regex = groups.length ? new RegExp(groups.join('|'), 'gu') : null;
    const negs = [...new Set(negations)].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.negation = negs.length ? new RegExp(`(?:${negs.join('|')})`, 'u') : null;
  }

  /** Every hit in the snapshot's visible text, grouped by lexicon. */
  match(snapshot: PageSnapshot): LexiconHits {
    const { regex } = this;
    this.pending = new Map();
    if (!regex || !snapshot.text) return new Map();
    const text = snapshot.text;
    const literalGroup = this.groupLexicon.length + 1;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const matched = m[0];
      // Step one character, not past the match: a shorter phrase of another lexicon may start
      // inside this one (e.g. "服务费" inside "免服务费").
      regex.lastIndex = start + 1;
      if (!matched) continue;
      let owners: readonly string[] | undefined;
      if (m[literalGroup] !== undefined) {
        owners = this.phraseLexicons.get(matched);
        // Shorter phrases that start here too (免息 inside 免息分期) belong to their own lexicons.
        for (let len = matched.length - 1; len > 0; len--) {
          const shorter = this.phraseLexicons.get(matched.slice(0, len));
          if (shorter) this.record(snapshot, text, shorter, matched.slice(0, len), start);
        }
      } else {
        for (let g = 1; g < literalGroup; g++) {
          if (m[g] !== undefined) {
            owners = [this.groupLexicon[g - 1] as string];
            break;
          }
        }
      }
      if (owners) this.record(snapshot, text, owners, matched, start);
    }
    const hits = this.pending;
    this.pending = new Map();
    return hits;
  }

  private pending = new Map<string, LexiconHit[]>();

  private record(snapshot: PageSnapshot, text: string, owners: readonly string[], matched: string, start: number) {
    const block = snapshot.blockAt(start);
    const element = snapshot.blocks[block]?.element;
    if (element && !snapshot.isVisible(element)) return;
    for (const lexicon of owners) {
      if (this.negatable.has(lexicon) && this.isNegated(text, start, snapshot.offsets[block] ?? 0)) continue;
      const list = this.pending.get(lexicon);
      const hit = { lexicon, match: matched, block, start, end: start + matched.length };
      if (!list) this.pending.set(lexicon, [hit]);
      // A hit inside the previous hit of the same lexicon adds nothing.
      else if ((list[list.length - 1]?.end ?? -1) < hit.end) list.push(hit);
    }
  }

  /** Lexicons present in a short string (a label, a shop name). Negations apply as on pages. */
  lexiconsIn(text: string): Set<string> {
    const found = new Set<string>();
    const { regex } = this;
    if (!regex || !text) return found;
    const literalGroup = this.groupLexicon.length + 1;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      regex.lastIndex = m.index + 1;
      if (!m[0]) continue;
      const owners =
        m[literalGroup] !== undefined
          ? this.phraseLexicons.get(m[0]) ?? []
          : this.groupLexicon.filter((_, g) => m![g + 1] !== undefined);
      for (const lexicon of owners) {
        if (!(this.negatable.has(lexicon) && this.isNegated(text, m.index, 0))) found.add(lexicon);
      }
    }
    return found;
  }

  private isNegated(text: string, start: number, blockStart: number): boolean {
    if (!this.negation) return false;
    const window = text.slice(Math.max(blockStart, start - NEGATION_WINDOW), start);
    return this.negation.test(window);
  }
}
