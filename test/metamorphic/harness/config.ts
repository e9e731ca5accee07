// Seed and run count of every metamorphic property. Fixed in CI so a red run can be replayed;
// MINGBAI_META_SEED / MINGBAI_META_RUNS explore further (e.g. MINGBAI_META_RUNS=50 locally).
import fc from 'fast-check';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name}=${raw} is not an integer`);
  return n;
}

export const META_SEED = envInt('MINGBAI_META_SEED', 20261204);
/** Variants per fixture and transformation. Small by default: one scan costs 50–250 ms in jsdom. */
export const META_RUNS = Math.max(1, envInt('MINGBAI_META_RUNS', 3));

fc.configureGlobal({ seed: META_SEED, numRuns: META_RUNS });
