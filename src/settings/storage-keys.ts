// Every key Mingbai stores, in one place: in the background's IndexedDB store (everything but the
// per-tab findings), and in storage.session (per-tab findings). storage.local holds nothing any
// more; the keys below were read from it once, on migration.
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
  /** Retired: the bundled packs as earlier versions stored them for content scripts (CONTENT_PACKS_KEY). */
  contentPacks: 'mingbai.contentPacks',
  /** true once storage.local's data was moved to IndexedDB. */
  migratedFromLocal: 'mingbai.migratedFromLocal',
  /** storage.session: findings of one tab, `mingbai.tab.<tabId>`. */
  tabPrefix: 'mingbai.tab.',
} as const;
