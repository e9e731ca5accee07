/// <reference types="vite/client" />
// The packs that ship with the extension, for checking imported packs against them (rule ids,
// lexicon names). They were validated when the extension was built (npm run build:rules).
import type { Pack } from '../../core/packs/pack-schema';

const modules = import.meta.glob<Pack>(['../../../rules/*.json', '!../../../rules/*.schema.json'], {
  eager: true,
  import: 'default',
});

export const BUNDLED_PACKS: ReadonlyArray<{ file: string; pack: Pack }> = Object.entries(modules)
  .map(([path, pack]) => ({ file: path.replace(/^.*\//, ''), pack }))
  .sort((a, b) => a.file.localeCompare(b.file));
