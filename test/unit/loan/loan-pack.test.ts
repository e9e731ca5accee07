// The loan pack as data: it covers every loan risk, keeps its thresholds in JSON, and says
// where to call.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/core/packs/load-packs';
import { RISK_CODES } from '../../../src/core/facts/domain-catalog';

const raw: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../rules/loan.json'), 'utf8'));
const loaded = validatePack(raw, 'loan.json');
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const pack = loaded.pack;

describe('rules/loan.json', () => {
  it('has a rule for every loan risk code', () => {
    const covered = new Set(pack.rules.map((r) => r.risk));
    for (const code of RISK_CODES.filter((c) => c.startsWith('loan.'))) expect(covered.has(code), code).toBe(true);
  });

  it('classifies loan pages from weighted cues led by its own signal lexicon', () => {
    const entry = pack.classifier.find((c) => c.kind === 'loan');
    const signals = entry?.cues?.find((c) => c.lexicon === 'loan.pageSignals' && (c.in ?? 'text') === 'text');
    expect(signals).toBeDefined();
    // The text alone can reach the threshold; title, address and lures only help.
    expect(signals!.weight * (signals!.max ?? 1)).toBeGreaterThanOrEqual(entry!.threshold!);
    expect(pack.lexicons['loan.pageSignals']?.phrases.length).toBeGreaterThanOrEqual(entry!.threshold! * 3);
  });

  it('keeps the APR caps in the conditions: 24% caution, 36% danger', () => {
    const caps = pack.rules.filter((r) => r.risk === 'loan.apr-over-cap');
    const values = (r: (typeof caps)[number]) => JSON.stringify(r.conditions).match(/"value":(\d+)/g) ?? [];
    expect(caps.find((r) => r.severity === 'caution')).toBeDefined();
    expect(values(caps.find((r) => r.severity === 'caution')!).every((v) => v.endsWith(':24'))).toBe(true);
    expect(values(caps.find((r) => r.severity === 'danger')!).every((v) => v.endsWith(':36'))).toBe(true);
  });

  it('points fraud-like risks to 96110 and lender risks to 12378', () => {
    for (const rule of pack.rules) {
      const hotline = rule.message.zh.hotline;
      if (rule.risk === 'loan.advance-fee' || (rule.risk === 'loan.no-credit-check-bait' && rule.severity !== 'info')) {
        expect(hotline, rule.id).toContain('96110');
      } else {
        expect(hotline, rule.id).toContain('12378');
      }
    }
  });

  it('does not let a lure list be cancelled by a nearby negation where that would hide lures', () => {
    expect(pack.lexicons['loan.noCreditCheck']?.negatable).toBe(false);
    expect(pack.lexicons['loan.advanceFee']?.negatable).toBe(true);
  });
});
