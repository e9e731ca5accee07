import { readFileSync } from 'node:fs';
import ts from 'typescript';
const CJK = /[\u3400-\u9fff]/;
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, 'utf8'); const file = ts.createSourceFile('x.ts', src, ts.ScriptTarget.Latest, true);
  console.log('==', f);
  const visit = (n: ts.Node) => { if ((ts.isStringLiteral(n)||ts.isNoSubstitutionTemplateLiteral(n)||ts.isTemplateHead(n)||ts.isTemplateMiddle(n)||ts.isTemplateTail(n)||ts.isRegularExpressionLiteral(n)) && CJK.test(n.getText(file))) console.log(`  ${file.getLineAndCharacterOfPosition(n.getStart()).line+1}: ${n.getText(file)}`); ts.forEachChild(n, visit); };
  visit(file);
}
