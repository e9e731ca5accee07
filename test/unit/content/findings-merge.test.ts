import { afterEach, describe, expect, it } from 'vitest';
import { mergeRegionFindings, newRisks, pruneDisconnected } from '../../../src/extension/content/findings-merge';
import { makeFinding } from './make-finding';

afterEach(() => {
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = '<div id="a"><p id="a1">A1</p></div><div id="b"><p id="b1">B1</p><p id="b2">B2</p></div>';
  const $ = (id: string) => document.getElementById(id)!;
  return { a: $('a'), a1: $('a1'), b: $('b'), b1: $('b1'), b2: $('b2') };
}

describe('mergeRegionFindings', () => {
  it('replaces the evidence inside the rescanned region and keeps the rest', () => {
    const { a1, b, b1, b2 } = page();
    const previous = [makeFinding('loan.advance-fee', 'danger', [a1, b1]), makeFinding('loan.apr-over-cap', 'caution', [b2])];
    // The region rescan of #b found only the advance fee, now at b2.
    const merged = mergeRegionFindings(previous, [makeFinding('loan.advance-fee', 'danger', [b2])], [b]);
    const fee = merged.find((f) => f.risk === 'loan.advance-fee')!;
    expect(fee.evidence.map((e) => e.element)).toEqual([a1, b2]);
    // The APR finding pointed only into #b and the rescan no longer reports it.
    expect(merged.some((f) => f.risk === 'loan.apr-over-cap')).toBe(false);
  });

  it('keeps findings outside the region untouched and adds new ones', () => {
    const { a1, b, b1 } = page();
    const outside = makeFinding('loan.advance-fee', 'danger', [a1]);
    const merged = mergeRegionFindings([outside], [makeFinding('loan.no-credit-check-bait', 'caution', [b1])], [b]);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toBe(outside);
    expect(merged[1]!.risk).toBe('loan.no-credit-check-bait');
  });

  it('drops evidence at elements the page removed, and findings left with none', () => {
    const { a1, b1 } = page();
    const previous = [makeFinding('loan.advance-fee', 'danger', [a1, b1]), makeFinding('loan.apr-over-cap', 'caution', [b1])];
    b1.remove();
    const pruned = pruneDisconnected(previous);
    expect(pruned).toHaveLength(1);
    expect(pruned[0]!.evidence.map((e) => e.element)).toEqual([a1]);
  });

  it('keeps findings whose evidence never had an element', () => {
    const { b } = page();
    const textOnly = makeFinding('loan.apr-not-shown', 'caution', [undefined]);
    expect(mergeRegionFindings([textOnly], [], [b])).toEqual([textOnly]);
  });

  it('lets the more severe finding win when the region reports the same risk', () => {
    const { a1, b, b1 } = page();
    const merged = mergeRegionFindings(
      [makeFinding('loan.apr-over-cap', 'caution', [a1])],
      [makeFinding('loan.apr-over-cap', 'danger', [b1])],
      [b],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]!.severity).toBe('danger');
    expect(merged[0]!.evidence.map((e) => e.element)).toEqual([b1, a1]);
  });
});

describe('newRisks', () => {
  it('names the risks a region found that the page does not report yet', () => {
    const { a1 } = page();
    const current = [makeFinding('loan.advance-fee', 'danger', [a1])];
    expect(
      newRisks(current, [makeFinding('loan.advance-fee', 'danger', [a1]), makeFinding('loan.apr-not-shown', 'caution', [a1])]),
    ).toEqual(['loan.apr-not-shown']);
  });
});
