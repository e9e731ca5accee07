// The bundled packs exactly as content scripts receive them: what the background stores in
// storage.local (background/content-packs.ts), not the authors' full files.
import type { PackData } from '../../../src/core/evaluate/ruleset';
import { BUNDLED_PACKS } from '../../../src/extension/background/bundled-packs';
import { contentPacksRecord } from '../../../src/extension/background/content-packs';

export const CONTENT_PACKS: readonly PackData[] = contentPacksRecord(BUNDLED_PACKS, 'test').packs;
