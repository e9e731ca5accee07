// The text size the family chooses, in one place: the settings schema, the options page's
// choices, the extension's own pages and the warnings on web pages all use these limits.
// No zod and nothing else imported: the content script reads it too.

export const TEXT_SCALE_MIN = 1;
export const TEXT_SCALE_MAX = 2;
/** The sizes the options page offers (entrypoints/options/index.html has one radio each). */
export const TEXT_SCALE_CHOICES: readonly number[] = [1, 1.25, 1.5, 2];
/** The text size the elder profile suggests when it is chosen. */
export const ELDER_TEXT_SCALE = 1.25;

/** Any value as a usable text scale: a number within the limits, else 1. */
export function clampTextScale(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return TEXT_SCALE_MIN;
  return Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, value));
}
