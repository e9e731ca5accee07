// A pack pattern as a finite automaton without loops, for the cost proof in pattern-cost.ts.
// Every quantifier is bounded (pattern-safety.ts rejects the others first), so `x{1,3}` is laid
// out as three copies of x, the last two optional. States are numbered so that every edge, with
// or without a character, goes to a higher number: the automaton is acyclic and its states are
// already in topological order.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Sorted, disjoint, inclusive code-point ranges: [from0, to0, from1, to1, ...]. */
export type Ranges = readonly number[];

export interface PatternNfa {
  /** Number of states; state 0 is the start. */
  size: number;
  /** Epsilon edges of each state (assertions such as ^, $ and \b count as always passing). */
  epsilon: number[][];
  /** The character edge of each state, if it has one: which code points, and where to. */
  charEdge: Array<{ ranges: Ranges; to: number } | undefined>;
}

export class PatternShapeError extends Error {}

const MAX_CODE_POINT = 0x10ffff;
const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
// WhiteSpace and LineTerminator of ECMAScript, as \s matches them.
const SPACE: Ranges = [
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000,
  0x3000, 0xfeff, 0xfeff,
];
const LINE_TERMINATORS: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];

function normalise(pairs: number[]): Ranges {
  const list: Array<[number, number]> = [];
  for (let i = 0; i < pairs.length; i += 2) list.push([pairs[i] as number, pairs[i + 1] as number]);
  list.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of list) {
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, to);
    else out.push(from, to);
  }
  return out;
}

function complement(ranges: Ranges): Ranges {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if ((ranges[i] as number) > next) out.push(next, (ranges[i] as number) - 1);
    next = (ranges[i + 1] as number) + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

function characterSetRanges(node: AST.CharacterSet): Ranges {
  let ranges: Ranges;
  switch (node.kind) {
    case 'digit':
      ranges = DIGIT;
      break;
    case 'word':
      ranges = WORD;
      break;
    case 'space':
      ranges = SPACE;
      break;
    case 'any':
      return complement(LINE_TERMINATORS);
    default:
      throw new PatternShapeError('\\p{…} property escapes are not supported (their cost cannot be proven here)');
  }
  return node.negate ? complement(ranges) : ranges;
}

function classRanges(node: AST.CharacterClass): Ranges {
  const pairs: number[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') pairs.push(element.value, element.value);
    else if (element.type === 'CharacterClassRange') pairs.push(element.min.value, element.max.value);
    else if (element.type === 'CharacterSet') pairs.push(...characterSetRanges(element));
    else throw new PatternShapeError('set operations in character classes are not supported');
  }
  const ranges = normalise(pairs);
  return node.negate ? complement(ranges) : ranges;
}

/** Most states an automaton may have: a pattern larger than this is refused as too large. */
export const MAX_STATES = 20_000;

class Builder {
  readonly epsilon: number[][] = [];
  readonly charEdge: Array<{ ranges: Ranges; to: number } | undefined> = [];

  state(): number {
    if (this.epsilon.length >= MAX_STATES)
      throw new PatternShapeError(`too large once its repeats are laid out (more than ${MAX_STATES} states): use smaller bounds`);
    this.epsilon.push([]);
    this.charEdge.push(undefined);
    return this.epsilon.length - 1;
  }

  /** Lays out `node` after state `from`; returns the state where it ends. */
  build(node: AST.Node, from: number): number {
    switch (node.type) {
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
        return this.alternatives(node.alternatives, from);
      case 'Alternative': {
        let at = from;
        for (const element of node.elements) at = this.build(element, at);
        return at;
      }
      case 'Character':
        return this.char([node.value, node.value], from);
      case 'CharacterSet':
        return this.char(characterSetRanges(node), from);
      case 'CharacterClass':
        return this.char(classRanges(node), from);
      case 'Assertion':
        if (node.kind === 'lookahead' || node.kind === 'lookbehind') throw new PatternShapeError('lookaround is not allowed');
        // ^, $, \b, \B: counted as always passing, which can only overstate the cost.
        return from;
      case 'Quantifier':
        return this.repeat(node, from);
      case 'Backreference':
        throw new PatternShapeError('backreferences are not allowed (they are not linear-time)');
      default:
        throw new PatternShapeError(`unsupported construct ${node.type}`);
    }
  }

  private alternatives(alternatives: readonly AST.Alternative[], from: number): number {
    if (alternatives.length === 1) return this.build(alternatives[0] as AST.Alternative, from);
    const ends = alternatives.map((alternative) => {
      const start = this.state();
      (this.epsilon[from] as number[]).push(start);
      return this.build(alternative, start);
    });
    const end = this.state();
    for (const e of ends) (this.epsilon[e] as number[]).push(end);
    return end;
  }

  private char(ranges: Ranges, from: number): number {
    const start = this.state();
    (this.epsilon[from] as number[]).push(start);
    const end = this.state();
    this.charEdge[start] = { ranges, to: end };
    return end;
  }

  private repeat(node: AST.Quantifier, from: number): number {
    if (!Number.isFinite(node.max)) throw new PatternShapeError('unbounded quantifiers cannot be laid out');
    let at = from;
    for (let i = 0; i < node.min; i++) at = this.build(node.element, at);
    const skips: number[] = [];
    for (let i = node.min; i < node.max; i++) {
      skips.push(at);
      at = this.build(node.element, at);
    }
    if (!skips.length) return at;
    const end = this.state();
    for (const s of [...skips, at]) (this.epsilon[s] as number[]).push(end);
    return end;
  }
}

/** Parses `source` as a `u`-flag pattern and lays it out; throws PatternShapeError or SyntaxError. */
export function buildPatternNfa(source: string): PatternNfa {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  const builder = new Builder();
  builder.build(ast, builder.state());
  return { size: builder.epsilon.length, epsilon: builder.epsilon, charEdge: builder.charEdge };
}
