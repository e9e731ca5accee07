// Whether a short text (a title, an address, a box's label) holds a lexicon, for readers that run
// before the full scan and must not compile the rule set's matcher: each lexicon on its own, its
// phrases with includes(), its patterns in one regex compiled on first use, and not at all for a
// text without the characters they need (LexiconSpec.needs). Negations are not read, and they
// only ever take a match away: this finds at least what the rule set's matcher finds.
import type { LexiconSpec } from './lexicon-matcher';

export class LexiconLookup {
  private readonly phrases = new Map<string, readonly string[]>();
  private readonly patterns = new Map<string, () => RegExp>();
  private readonly needs = new Map<string, readonly (readonly string[])[]>();

  constructor(lexicons: Readonly<Record<string, LexiconSpec>>, names: Iterable<string>) {
    for (const name of new Set(names)) {
      const spec = lexicons[name];
      if (!spec) continue;
      this.phrases.set(name, spec.phrases);
      if (!spec.patterns.length) continue;
      let regex: RegExp | null = null;
      const source = spec.patterns.map((p) => `(?:${p})`).join('|');
      this.patterns.set(name, () => (regex ??= new RegExp(source, 'u')));
      if (spec.needs?.length === spec.patterns.length) this.needs.set(name, spec.needs);
    }
  }

  /** Whether looking the lexicon up may compile a regex (it has patterns): the quick read asks such cues last. */
  hasPatterns(lexicon: string): boolean {
    return this.patterns.has(lexicon);
  }

  has(text: string, lexicon: string): boolean {
    const phrases = this.phrases.get(lexicon) ?? [];
    if (phrases.some((phrase) => !!phrase && text.includes(phrase))) return true;
    const patterns = this.patterns.get(lexicon);
    if (!patterns) return false;
    // A text without the characters each pattern needs (店 for 川沙店): nothing to compile.
    const needs = this.needs.get(lexicon);
    if (needs && !needs.some((chars) => chars.every((c) => text.includes(c)))) return false;
    return patterns().test(text);
  }
}
