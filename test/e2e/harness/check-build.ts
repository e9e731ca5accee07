// Before any browser starts: say clearly when the extension has not been built, and stop when
// the build breaks the content script's size budget (content-budget.ts).
import { findCompleteBuild } from './built-extension';
import { contentBudgetProblems } from './content-budget';

export default function checkBuild(): void {
  const want = process.env.MINGBAI_E2E_BROWSERS?.split(',') ?? ['chrome', 'firefox'];
  for (const target of want as Array<'chrome' | 'firefox'>) {
    // Waits for a rebuild in progress, then throws "No built … extension … Build it first: npm run build".
    const dir = findCompleteBuild(target);
    console.log(`[e2e] ${target}: testing the build in ${dir}`);
    const problems = contentBudgetProblems(dir);
    if (problems.length) throw new Error(`The ${target} build in ${dir}:\n- ${problems.join('\n- ')}`);
  }
}
