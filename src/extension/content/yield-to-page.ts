// How a long scan steps aside so the page stays responsive: scheduler.yield() where the browser
// has it (the continuation keeps its priority), else a macrotask.

type SchedulerWithYield = { yield?: () => Promise<void> };

export function makeYieldToPage(global: typeof globalThis = globalThis): () => Promise<void> {
  const scheduler = (global as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return () => scheduler.yield!.call(scheduler);
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}
