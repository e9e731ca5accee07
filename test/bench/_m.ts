import { JSDOM } from 'jsdom';
import { generatePage } from './generate-page';
import { loadBenchPacks } from './bench-pages';
import { compileRuleset } from '../../src/core/ruleset';
import { takeSnapshot } from '../../src/core/snapshot';
const rs = compileRuleset(loadBenchPacks());
const g = generatePage(100000);
const doc = new JSDOM(g.html).window.document;
let t = performance.now();
const s = takeSnapshot(doc, {});
console.log('snapshot jsdom', performance.now() - t, 'text chars', s.text.length, 'blocks', s.blocks.length);
const re: RegExp = (rs.matcher as any).regex;
console.log('regex source length', re.source.length, 'flags', re.flags);
for (let i = 0; i < 3; i++) {
  t = performance.now(); const h = rs.matcher.match(s); console.log('match', performance.now() - t, [...h.values()].reduce((a, b) => a + b.length, 0));
}
const noHit = s.text.replace(/[^\n的是了]/g, (c) => c).replace(/[\u4e00-\u9fff]/g, '的');
for (let i = 0; i < 3; i++) {
  re.lastIndex = 0; t = performance.now(); let n = 0; for (let m = re.exec(noHit); m; m = re.exec(noHit)) { re.lastIndex = m.index + 1; n++; } console.log('exec over hitless text', performance.now() - t, n);
}
const re2 = new RegExp(re.source, 'g');
for (let i = 0; i < 3; i++) {
  re2.lastIndex = 0; t = performance.now(); let n = 0; for (let m = re2.exec(s.text); m; m = re2.exec(s.text)) { re2.lastIndex = m.index + 1; n++; } console.log('exec no-u flag', performance.now() - t, n);
  re.lastIndex = 0; t = performance.now(); n = 0; for (let m = re.exec(s.text); m; m = re.exec(s.text)) { re.lastIndex = m.index + 1; n++; } console.log('exec u flag', performance.now() - t, n);
}
