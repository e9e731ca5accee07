// Settings as the background keeps them: loaded (and repaired) from storage, changed only
// through the PIN check while a PIN is set. Written against KeyValueStore so that the tests
// run it on memory and the extension on browser.storage.local.
import { SettingsPatchSchema, type Settings } from './settings-schema';
import { recoverSettings } from './recover-settings';
import { hashPin, isAcceptablePin, verifyPin } from './pin-hash';
import { afterFailure, NO_THROTTLE, readThrottle, retryAfterMs, type ThrottleState } from './pin-throttle';
import { exportSettingsText, parseSettingsImport } from './settings-transfer';
import { hostOfUrl, normaliseHost, normaliseHostList } from './hostnames';
import { SerialQueue, type KeyValueStore } from './key-value-store';
import { STORAGE_KEYS } from './storage-keys';

export type PinError = 'pin-required' | 'pin-wrong' | 'pin-throttled';
export type GuardResult = { ok: true } | { ok: false; error: PinError; retryAfterMs?: number };
/** Reply to every change: ok, a PIN problem, or invalid input with a technical detail. */
export type ChangeResult = GuardResult | { ok: false; error: 'invalid'; detail: string };

export interface Notice {
  kind: 'settings-corrupt';
  at: number;
  fields: string[];
}

export class SettingsService {
  private readonly writes = new SerialQueue();
  private readonly pinChecks = new SerialQueue();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Valid settings, whatever storage holds. Repairs storage (and says so) when it was corrupt. */
  async load(): Promise<Settings> {
    const raw = await this.store.get(STORAGE_KEYS.settings);
    const { settings, problems, migratedFrom } = recoverSettings(raw);
    if (problems.length) {
      await this.store.set(STORAGE_KEYS.corruptSettings, { savedAt: this.now(), raw: jsonSafe(raw) });
      await this.store.set(STORAGE_KEYS.notice, { kind: 'settings-corrupt', at: this.now(), fields: problems } satisfies Notice);
      await this.store.set(STORAGE_KEYS.settings, settings);
    } else if (migratedFrom !== null) {
      await this.store.set(STORAGE_KEYS.settings, settings);
    }
    return settings;
  }

  async notice(): Promise<Notice | null> {
    const raw = (await this.store.get(STORAGE_KEYS.notice)) as Partial<Notice> | undefined;
    return raw && raw.kind === 'settings-corrupt' ? { kind: raw.kind, at: Number(raw.at) || 0, fields: Array.isArray(raw.fields) ? raw.fields.map(String) : [] } : null;
  }

  /** Hiding the notice changes nothing the PIN guards, so it needs no PIN. */
  async dismissNotice(): Promise<void> {
    await this.store.remove(STORAGE_KEYS.notice);
  }

  async throttle(): Promise<ThrottleState> {
    return readThrottle(await this.store.get(STORAGE_KEYS.pinThrottle), this.now());
  }

  /** The PIN check every guarded change goes through. No PIN set → always ok. */
  checkPin(pin: string | undefined): Promise<GuardResult> {
    return this.pinChecks.run(async () => {
      const { pin: record } = await this.load();
      if (!record) return { ok: true };
      const now = this.now();
      const state = await this.throttle();
      const wait = retryAfterMs(state, now);
      if (wait > 0) return { ok: false, error: 'pin-throttled', retryAfterMs: wait };
      if (!pin) return { ok: false, error: 'pin-required' };
      if (await verifyPin(pin, record)) {
        if (state.failures) await this.store.set(STORAGE_KEYS.pinThrottle, NO_THROTTLE);
        return { ok: true };
      }
      const next = afterFailure(state, now);
      await this.store.set(STORAGE_KEYS.pinThrottle, next);
      const after = retryAfterMs(next, now);
      return after > 0 ? { ok: false, error: 'pin-wrong', retryAfterMs: after } : { ok: false, error: 'pin-wrong' };
    });
  }

  async update(patch: unknown, pin: string | undefined): Promise<ChangeResult> {
    const parsed = SettingsPatchSchema.safeParse(patch);
    if (!parsed.success) return invalid(parsed.error.issues[0]?.path.join('.') ?? '', parsed.error.issues[0]?.message);
    return this.guarded(pin, (s) => ({ ...s, ...parsed.data }));
  }

  async trustSite(hostOrUrl: string, pin: string | undefined): Promise<ChangeResult> {
    const host = normaliseHost(hostOrUrl);
    if (!host) return invalid('host', 'not a website address');
    return this.guarded(pin, (s) => ({ ...s, trustedSites: normaliseHostList([...s.trustedSites, host]) }));
  }

  /** Setting, changing and removing the PIN all need the current one (when there is one). */
  async setPin(currentPin: string | undefined, nextPin: string | null): Promise<ChangeResult> {
    if (nextPin !== null && !isAcceptablePin(nextPin)) return invalid('pin', 'a PIN is 4 to 12 digits');
    const guard = await this.checkPin(currentPin);
    if (!guard.ok) return guard;
    const record = nextPin === null ? null : await hashPin(nextPin);
    await this.writes.run(async () => {
      const settings = await this.load();
      await this.store.set(STORAGE_KEYS.settings, { ...settings, pin: record });
      await this.store.set(STORAGE_KEYS.pinThrottle, NO_THROTTLE);
    });
    return { ok: true };
  }

  /**
   * "这不对" on a warning: hide that rule on that site. Needs no PIN: it only hides one
   * warning on one site, and the content script cannot ask for a PIN on a stranger's page.
   */
  async dismissRule(url: string, ruleId: string): Promise<void> {
    const host = hostOfUrl(url);
    if (!host || !/^[a-z]+(\.[a-z0-9-]+)+$/.test(ruleId)) return;
    await this.writes.run(async () => {
      const settings = await this.load();
      const ids = new Set(settings.dismissed[host] ?? []);
      if (ids.has(ruleId) || ids.size >= 500) return;
      ids.add(ruleId);
      await this.store.set(STORAGE_KEYS.settings, { ...settings, dismissed: { ...settings.dismissed, [host]: [...ids].sort() } });
    });
  }

  async exportText(): Promise<string> {
    return exportSettingsText(await this.load(), new Date(this.now()));
  }

  /** The whole file is validated before the PIN is even asked for; the PIN itself never changes. */
  async importText(text: string, pin: string | undefined): Promise<ChangeResult> {
    const parsed = parseSettingsImport(text);
    if (!parsed.ok) return { ok: false, error: 'invalid', detail: parsed.detail };
    return this.guarded(pin, (s) => ({ ...parsed.settings, pin: s.pin }));
  }

  private async guarded(pin: string | undefined, change: (s: Settings) => Settings): Promise<ChangeResult> {
    const guard = await this.checkPin(pin);
    if (!guard.ok) return guard;
    await this.writes.run(async () => {
      const settings = await this.load();
      await this.store.set(STORAGE_KEYS.settings, change(settings));
    });
    return { ok: true };
  }
}

function invalid(path: string, message = 'invalid'): ChangeResult {
  return { ok: false, error: 'invalid', detail: path ? `${path}: ${message}` : message };
}

/** What was found in storage, kept as it was (values storage can hold are JSON already). */
function jsonSafe(raw: unknown): unknown {
  try {
    return raw === undefined ? null : JSON.parse(JSON.stringify(raw));
  } catch {
    return String(raw);
  }
}
