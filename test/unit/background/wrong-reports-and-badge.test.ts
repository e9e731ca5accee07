// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { MAX_REPORTS, WrongReportStore } from '../../../src/extension/background/wrong-reports';
import { BADGE_COLOURS, badgeFor } from '../../../src/extension/background/badge';

describe('wrong-warning reports', () => {
  it('saves rule id, URL without query, a short snippet and the time', async () => {
    const reports = new WrongReportStore(new MemoryStore(), () => Date.UTC(2026, 4, 1));
    expect(
      await reports.add(
        'loan.apr-over-cap.stated',
        'https://loan.example/apply?token=secret#x',
        '  年化利率\n 36%  ' + '字'.repeat(1000),
      ),
    ).toBe(true);
    const [report] = await reports.list();
    expect(report).toMatchObject({
      ruleId: 'loan.apr-over-cap.stated',
      url: 'https://loan.example/apply',
      at: '2026-05-01T00:00:00.000Z',
    });
    expect(report!.evidence.startsWith('年化利率 36%')).toBe(true);
    expect(report!.evidence.length).toBeLessThanOrEqual(300);
    expect(JSON.parse(await reports.exportText()).reports).toHaveLength(1);
  });

  it('is bounded and refuses malformed rule ids', async () => {
    const reports = new WrongReportStore(new MemoryStore());
    expect(await reports.add('<script>', 'https://a.example', 'x')).toBe(false);
    for (let i = 0; i < MAX_REPORTS + 5; i++)
      await reports.add('common.prechecked-consent.commitment', `https://a.example/${i}`, 'x');
    const list = await reports.list();
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list.at(-1)?.url).toBe(`https://a.example/${MAX_REPORTS + 4}`);
  });
});

describe('badge', () => {
  it('counts findings and takes the colour of the most severe', () => {
    expect(badgeFor([])).toEqual({ text: '', colour: null });
    expect(badgeFor([{ severity: 'info' }])).toEqual({ text: '1', colour: BADGE_COLOURS.info });
    expect(badgeFor([{ severity: 'info' }, { severity: 'caution' }])).toEqual({ text: '2', colour: BADGE_COLOURS.caution });
    expect(badgeFor([{ severity: 'caution' }, { severity: 'danger' }, { severity: 'info' }])).toEqual({
      text: '3',
      colour: BADGE_COLOURS.danger,
    });
    expect(badgeFor(Array.from({ length: 120 }, () => ({ severity: 'info' as const }))).text).toBe('99+');
  });
});

describe('reader language', () => {
  it('Chinese UI languages read Chinese, others English', async () => {
    const { readerLang } = await import('../../../src/extension/background/content-config');
    expect(readerLang('zh-CN')).toBe('zh');
    expect(readerLang('zh_TW')).toBe('zh');
    expect(readerLang('zh')).toBe('zh');
    expect(readerLang('en-US')).toBe('en');
    expect(readerLang('zhx')).toBe('en');
  });
});
