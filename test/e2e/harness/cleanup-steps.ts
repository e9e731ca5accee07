// What a browser session must undo when it closes (or fails half-way through starting): steps
// pushed as they are set up, run last-first, each given 20 s, a failing step not stopping the rest.
import { withTimeout } from './wait-until';

export interface CleanupSteps {
  push: (step: () => Promise<void> | void) => void;
  run: () => Promise<void>;
}

export function cleanupSteps(): CleanupSteps {
  const steps: Array<() => Promise<void> | void> = [];
  return {
    push: (step) => void steps.push(step),
    run: async () => {
      for (const step of steps.splice(0).reverse())
        await withTimeout(Promise.resolve().then(step), 20_000, 'clean-up step').catch(() => undefined);
    },
  };
}
