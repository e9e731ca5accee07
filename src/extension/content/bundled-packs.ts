// The rule packs shipped inside the content script. They are validated at build time
// (npm run build:rules), so no schema library ships to the page. Globbed rather than imported
// one by one, so the script bundles whichever domain packs exist. The query lets the build
// strip what the page never needs (content-packs-plugin.ts); elsewhere it changes nothing.
import type { PackData } from '../../core/ruleset';

const modules = import.meta.glob<PackData>(['../../../rules/{common,loan,food-delivery,training-course}.json'], {
  eager: true,
  import: 'default',
  query: '?mingbai-content',
});

export const BUNDLED_PACKS: readonly PackData[] = Object.keys(modules)
  .sort()
  .map((path) => modules[path]!);
