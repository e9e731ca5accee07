import { bundledPackFiles, readPacks } from './src/cli/read-packs';
import { parseHtml } from './src/cli/parse-html';
import { compileRuleset } from './src/core/evaluate/ruleset';
import { takeSnapshot } from './src/core/read/snapshot';
const rs = compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));
const doc = parseHtml(`<html><body><p>${process.argv[2]}</p></body></html>`, 'https://x.test/');
const hits = rs.matcher.match(takeSnapshot(doc));
for (const [name, list] of hits.entries?.() ?? []) console.log(name, list.length);
console.log([...rs.matcher.lexiconsIn(process.argv[2]!)]);
