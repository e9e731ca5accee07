import { describe, expect, it } from 'vitest';
import { formatSource, readAloudText, renderFindingCard } from '../../../src/ui/finding-card';
import { groupByElement } from '../../../src/ui/marker-groups';
import type { UiSettings } from '../../../src/ui/ui-theme';
import { makeFinding } from '../content/make-finding';

const settings: UiSettings = { lang: 'zh', sensitivity: 'standard', textScale: 1, readAloud: false };

describe('renderFindingCard', () => {
  it('renders page text as text, never as markup', () => {
    const p = document.createElement('p');
    p.textContent = '<img src=x onerror="window.__pwned=1">日息0.02%';
    document.body.append(p);
    const [group] = groupByElement([makeFinding('loan.apr-not-shown', 'caution', [p])]);
    const card = renderFindingCard(document, group!, settings, 't1');
    document.body.append(card);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('q')!.textContent).toBe('<img src=x onerror="window.__pwned=1">日息0.02%');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    card.remove();
    p.remove();
  });

  it('is a labelled dialog with title, explanation, advice, hotline and source', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const [group] = groupByElement([makeFinding('loan.advance-fee', 'danger', [el])]);
    const card = renderFindingCard(document, group!, settings, 't2');
    document.body.append(card);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(document.getElementById(card.getAttribute('aria-labelledby')!)!.textContent).toBe('标题 loan.advance-fee');
    expect(document.getElementById(card.getAttribute('aria-describedby')!)!.textContent).toBe('说明 loan.advance-fee。');
    expect(card.textContent).toContain('先别付钱。');
    expect(card.textContent).toContain('12378（金融监管）');
    expect(card.textContent).toContain('国家金融监督管理总局《关于防范金融风险的提示》（2024-01-01）');
    expect(card.querySelector('[data-action="report"]')!.textContent).toBe('这不对');
    expect(card.querySelector('[data-action="dismiss"]')).not.toBeNull();
    // 朗读 only when read-aloud is on.
    expect(card.querySelector('[data-action="read"]')).toBeNull();
    const withSpeech = renderFindingCard(document, group!, { ...settings, readAloud: true }, 't3');
    expect(withSpeech.querySelector('[data-action="read"]')!.textContent).toContain('朗读');
    expect(withSpeech.querySelector('[data-action="read"]')!.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(withSpeech.querySelector<HTMLElement>('[data-action="stop"]')!.hidden).toBe(true);
    card.remove();
    el.remove();
  });

  it('lists every finding of a shared element under one heading', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const groups = groupByElement([
      makeFinding('loan.advance-fee', 'danger', [el]),
      makeFinding('loan.apr-over-cap', 'caution', [el]),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.severity).toBe('danger');
    const card = renderFindingCard(document, groups[0]!, settings, 't4');
    expect(card.querySelector('h2')!.textContent).toBe('这里有2条风险提醒');
    // The first finding opens; the second is folded under its title.
    expect(card.querySelectorAll('section.item')).toHaveLength(1);
    expect(card.querySelectorAll('details.item.other')).toHaveLength(1);
    expect(card.querySelector('details.item.other > summary')!.textContent).toContain('标题 loan.apr-over-cap');
    el.remove();
  });

  it('formats sources and read-aloud text in the reader’s language', () => {
    const source = { issuer: 'NFRA', document: 'Notice', date: '2024-01-01', article: 'Art. 3' };
    expect(formatSource(source, 'en')).toBe('NFRA, Notice, Art. 3 (2024-01-01)');
    const el = document.createElement('div');
    document.body.append(el);
    const [group] = groupByElement([makeFinding('loan.advance-fee', 'danger', [el])]);
    expect(readAloudText(group!, 0, 'zh')).toBe(
      '标题 loan.advance-fee。说明 loan.advance-fee。怎么办：先别付钱。求助电话：12378（金融监管）',
    );
    el.remove();
  });

  it('opens with three short lines (meaning, what to do, whom to call) and folds the rest', () => {
    const el = document.createElement('div');
    el.textContent = '先交500元保证金';
    document.body.append(el);
    const [group] = groupByElement([makeFinding('loan.advance-fee', 'danger', [el])]);
    const card = renderFindingCard(document, group!, settings, 't5');
    const item = card.querySelector('section.item')!;
    const lines = Array.from(item.children).filter((c) => c.localName === 'p');
    expect(lines.map((l) => l.className)).toEqual(['line explain', 'line advice', 'line hotline']);
    const more = item.querySelector<HTMLDetailsElement>('details.more')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('详细说明和依据');
    // What the page says, the source and "这不对" are inside the fold, not in the three lines.
    expect(more.textContent).toContain('国家金融监督管理总局');
    expect(more.querySelector('q')!.textContent).toBe('先交500元保证金');
    expect(more.querySelector('[data-action="report"]')).not.toBeNull();
    expect(lines.map((l) => l.textContent).join('')).not.toContain('国家金融监督管理总局');
    el.remove();
  });
});
