// Before any browser starts: say clearly when the extension has not been built.
import { findCompleteBuild } from './built-extension';

export default function checkBuild(): void {
  // vitest 5's reporter calls Map.groupBy when it prints failed suites; Node 20 lacks it, and the
  // summary of a failing run would crash instead of listing the failures.
  const MapWithGroupBy = Map as unknown as { groupBy?: unknown };
  MapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (v: V, i: number) => K): Map<K, V[]> => {
    const out = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      out.set(k, [...(out.get(k) ?? []), item]);
    }
    return out;
  };
  const want = process.env.MINGBAI_E2E_BROWSERS?.split(',') ?? ['chrome', 'firefox'];
  for (const target of want as Array<'chrome' | 'firefox'>) {
    const dir = findCompleteBuild(target); // waits for a rebuild in progress, then throws "No built … extension … Build it first: npm run build"
    console.log(`[e2e] ${target}: testing the build in ${dir}`);
  }
}
