// The bundled packs, validated as the CLI loads them, compiled once per process.
import { bundledPackFiles, readPacks } from '../../src/cli/read-packs';
import { compileRuleset, type Ruleset } from '../../src/core/evaluate/ruleset';

let ruleset: Ruleset | undefined;

export function bundledRuleset(): Ruleset {
  if (ruleset) return ruleset;
  const { packs, problems } = readPacks(bundledPackFiles());
  if (problems.length) throw new Error(`bundled packs do not load: ${problems.map((p) => p.message).join('; ')}`);
  return (ruleset = compileRuleset(packs.map((p) => p.pack)));
}
