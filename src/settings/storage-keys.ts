// Every key Mingbai writes to browser.storage.local (and .session), in one place.
// docs/permissions.md and the README describe what each one holds.
export const STORAGE_KEYS = {
  /** Settings, see settings-schema.ts. */
  settings: 'mingbai.settings',
  /** The raw value found when stored settings were corrupt: {savedAt, raw}. */
  corruptSettings: 'mingbai.settings.corrupt',
  /** A notice the popup and options page show until dismissed: {kind, at}. */
  notice: 'mingbai.notice',
  /** Wrong-PIN backoff: {failures, lockedUntil}. */
  pinThrottle: 'mingbai.pinThrottle',
  /** Licence number → shop names, least recently used first. */
  licenceMemory: 'mingbai.licenceMemory',
  /** Local reports of wrong warnings. */
  wrongReports: 'mingbai.wrongReports',
  /** Rule packs the family imported. */
  importedPacks: 'mingbai.importedPacks',
  /** The bundled packs as content scripts use them; defined as CONTENT_PACKS_KEY in protocol.ts. */
  contentPacks: 'mingbai.contentPacks',
  /** storage.session: findings of one tab, `mingbai.tab.<tabId>`. */
  tabPrefix: 'mingbai.tab.',
} as const;
