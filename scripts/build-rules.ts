// Generates rules/pack.schema.json from the zod schema (the single source of truth) and fails
// the build when any bundled pack is invalid. (`mingbai rules check` runs every rule's examples.)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PackSchema } from '../src/core/packs/pack-schema';
import { bundledPackFiles, bundledRulesDir, readPacks } from '../src/cli/read-packs';
import { formatProblem } from '../src/core/packs/load-packs';

const dir = bundledRulesDir();
const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
writeFileSync(join(dir, 'pack.schema.json'), `${JSON.stringify({ title: 'Mingbai rule pack', ...schema }, null, 2)}\n`);
console.log(`wrote ${join(dir, 'pack.schema.json')}`);

const { packs, problems } = readPacks(bundledPackFiles(dir));
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
console.log(`${packs.length} packs valid: ${packs.map((p) => `${p.pack.id} (${p.pack.rules.length} rules)`).join(', ')}`);
