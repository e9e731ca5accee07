// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { SettingsService } from '../../../src/settings/settings-service';
import { parseSettingsImport } from '../../../src/settings/settings-transfer';

let service: SettingsService;
beforeEach(() => {
  service = new SettingsService(new MemoryStore(), () => Date.UTC(2026, 0, 1));
});

describe('settings export', () => {
  it('round-trips and leaves the PIN out', async () => {
    await service.update({ sensitivity: 'elder', trustedSites: ['bank.example'], textScale: 1.25 }, undefined);
    await service.setPin(undefined, '8642');
    const text = await service.exportText();
    const file = JSON.parse(text);
    expect(file.format).toBe('mingbai-settings');
    expect(file.settings).not.toHaveProperty('pin');
    expect(text).not.toContain('iterations');
    const parsed = parseSettingsImport(text);
    expect(parsed.ok && parsed.settings.sensitivity).toBe('elder');
  });
});

describe('settings import', () => {
  const goodFile = (settings: Record<string, unknown>) =>
    JSON.stringify({
      format: 'mingbai-settings',
      settings: {
        version: 2,
        sensitivity: 'relaxed',
        categories: { loan: true, food: true, training: false, common: true },
        trustedSites: ['www.a.example'],
        textScale: 1,
        readAloud: false,
        dismissed: {},
        ...settings,
      },
    });

  it('a bad file gives a clear error with its path, and nothing changes', async () => {
    await service.update({ sensitivity: 'elder' }, undefined);
    const before = await service.load();
    const cases: Array<[string, RegExp]> = [
      ['{not json', /not valid JSON/],
      ['{"settings":{}}', /not a Mingbai settings file/],
      [goodFile({ textScale: 5 }), /\$\.settings\.textScale/],
      [goodFile({ categories: { loan: 'yes' } }), /\$\.settings\.categories/],
      [goodFile({ version: 42 }), /unknown settings version 42/],
      [goodFile({ surprise: true }), /\$\.settings/],
    ];
    for (const [text, detail] of cases) {
      const reply = await service.importText(text, undefined);
      expect(reply.ok).toBe(false);
      expect(reply.ok === false && reply.error === 'invalid' && reply.detail).toMatch(detail);
    }
    expect(await service.load()).toEqual(before);
  });

  it('a good file replaces the settings (normalised)', async () => {
    expect(await service.importText(goodFile({}), undefined)).toEqual({ ok: true });
    const settings = await service.load();
    expect(settings.sensitivity).toBe('relaxed');
    expect(settings.trustedSites).toEqual(['a.example']);
    expect(settings.categories.training).toBe(false);
  });

  it('when locked, importing needs the PIN and never removes or replaces it', async () => {
    await service.setPin(undefined, '8642');
    const lockedPin = (await service.load()).pin;
    // a file claiming "no PIN" must not unlock anything
    const unlocking = goodFile({ pin: null });
    expect(await service.importText(unlocking, undefined)).toEqual({ ok: false, error: 'pin-required' });
    expect(await service.importText(unlocking, '8642')).toEqual({ ok: true });
    expect((await service.load()).pin).toEqual(lockedPin);
  });

  it('accepts a version-1 settings object and migrates it', () => {
    const parsed = parseSettingsImport(
      JSON.stringify({
        format: 'mingbai-settings',
        settings: {
          version: 1,
          strict: true,
          largeText: true,
          categories: { loan: true, food: true, training: true, common: true },
          trustedSites: [],
        },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      settings: {
        version: 3,
        sensitivity: 'elder',
        textScale: 1.25,
        readAloud: false,
        dismissed: {},
        categories: { loan: true, food: true, training: true, common: true },
        trustedSites: [],
        pausedSites: [],
      },
    });
  });
});
