// Before any browser starts: say clearly when the extension has not been built.
import { findCompleteBuild } from './built-extension';

export default function checkBuild(): void {
  const want = process.env.MINGBAI_E2E_BROWSERS?.split(',') ?? ['chrome', 'firefox'];
  for (const target of want as Array<'chrome' | 'firefox'>) {
    // Waits for a rebuild in progress, then throws "No built … extension … Build it first: npm run build".
    const dir = findCompleteBuild(target);
    console.log(`[e2e] ${target}: testing the build in ${dir}`);
  }
}
