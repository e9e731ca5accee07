// Settings as the background keeps them: loaded (and repaired) from storage, changed only
// through the PIN check while a PIN is set. Written against KeyValueStore so that the tests
// run it on memory and the extension on browser.storage.local.
import { defaultSettings, SettingsPatchSchema, type Settings } from './settings-schema';
import { recoverSettings } from './recover-settings';
import { hashPin, isAcceptablePin, verifyPin } from './pin-hash';
import {
  afterFailure,
  nextLockoutMs,
  NO_THROTTLE,
  readThrottle,
  retryAfterMs,
  triesBeforeLockout,
  type ThrottleState,
} from './pin-throttle';
import { exportSettingsText, parseSettingsImport } from './settings-transfer';
import { hostOfUrl, normaliseHost, normaliseHostList } from './hostnames';
import { SerialQueue, type KeyValueStore } from './key-value-store';
import { STORAGE_KEYS } from './storage-keys';

export type PinError = 'pin-required' | 'pin-wrong' | 'pin-throttled';
/**
 * A refused PIN says what the prompt needs: `retryAfterMs` while locked, and after a wrong PIN
 * `triesLeft` (before the lock starts) and `lockoutMs` (how long the next lock will be).
 */
export type GuardResult =
  { ok: true } | { ok: false; error: PinError; retryAfterMs?: number; triesLeft?: number; lockoutMs?: number };
/** Reply to every change: ok, a PIN problem, or invalid input with a technical detail. */
export type ChangeResult = GuardResult | { ok: false; error: 'invalid'; detail: string };

/** Shown by the popup and the options page until the family clicks 知道了. */
export type Notice = { kind: 'settings-corrupt'; at: number; fields: string[] } | { kind: 'pin-reset'; at: number };

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
    const raw = (await this.store.get(STORAGE_KEYS.notice)) as { kind?: unknown; at?: unknown; fields?: unknown } | undefined;
    if (!raw || typeof raw !== 'object') return null;
    const at = Number(raw.at) || 0;
    if (raw.kind === 'pin-reset') return { kind: 'pin-reset', at };
    return raw.kind === 'settings-corrupt'
      ? { kind: 'settings-corrupt', at, fields: Array.isArray(raw.fields) ? raw.fields.map(String) : [] }
      : null;
  }

  /** Removes the notice. Who may (a pin-reset notice needs the new PIN) is the router's check. */
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
      const told = { triesLeft: triesBeforeLockout(next), lockoutMs: nextLockoutMs(next) };
      return after > 0
        ? { ok: false, error: 'pin-wrong', retryAfterMs: after, ...told }
        : { ok: false, error: 'pin-wrong', ...told };
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

  /** "在此网站暂停": like trusting the site, but shown as a pause and undone with one switch. */
  async pauseSite(hostOrUrl: string, pin: string | undefined): Promise<ChangeResult> {
    const host = normaliseHost(hostOrUrl);
    if (!host) return invalid('host', 'not a website address');
    return this.guarded(pin, (s) => ({ ...s, pausedSites: normaliseHostList([...s.pausedSites, host]) }));
  }

  /** Ending a pause only adds protection: no PIN. */
  async resumeSite(hostOrUrl: string): Promise<ChangeResult> {
    const host = normaliseHost(hostOrUrl);
    if (!host) return invalid('host', 'not a website address');
    await this.writes.run(async () => {
      const settings = await this.load();
      await this.store.set(STORAGE_KEYS.settings, { ...settings, pausedSites: settings.pausedSites.filter((h) => h !== host) });
    });
    return { ok: true };
  }

  /**
   * "忘记 PIN": the PIN goes only together with everything it protected. Sensitivity standard or
   * stricter, every category on, no trusted or paused sites, no dismissed warnings; text size and
   * read-aloud stay. The notice tells the family when it happened, until they dismiss it.
   */
  async resetPinToProtective(): Promise<void> {
    await this.writes.run(async () => {
      const settings = await this.load();
      const safe = defaultSettings();
      await this.store.set(STORAGE_KEYS.settings, {
        ...safe,
        sensitivity: settings.sensitivity === 'relaxed' ? safe.sensitivity : settings.sensitivity,
        textScale: settings.textScale,
        readAloud: settings.readAloud,
      } satisfies Settings);
      await this.store.set(STORAGE_KEYS.pinThrottle, NO_THROTTLE);
      await this.store.set(STORAGE_KEYS.notice, { kind: 'pin-reset', at: this.now() } satisfies Notice);
    });
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
   * "这不对" / 报告误报: hide that rule on that site. Guarded like every change that lowers
   * protection: with a PIN set, a page (which never has the PIN) cannot hide a warning.
   */
  async dismissRule(url: string, ruleId: string, pin: string | undefined): Promise<ChangeResult> {
    const host = hostOfUrl(url);
    if (!host) return invalid('url', 'not a website address');
    if (!/^[a-z]+(\.[a-z0-9-]+)+$/.test(ruleId)) return invalid('ruleId', 'not a rule id');
    return this.guarded(pin, (settings) => {
      const ids = new Set(settings.dismissed[host] ?? []);
      if (ids.has(ruleId) || ids.size >= 500) return settings;
      ids.add(ruleId);
      return { ...settings, dismissed: { ...settings.dismissed, [host]: [...ids].sort() } };
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
