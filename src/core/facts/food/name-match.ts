// Shop name vs licence holder, and "is this the same shop?" for the licence memory.
//
// Both names are reduced to a core first: bracketed parts go ((望京店), (个体工商户)), then a
// leading region (北京市, 朝阳区, or a bare province name as in 北京某某餐饮管理有限公司), then
// company-form and branch endings (有限公司, 餐饮管理, 个体工商户, 分店, 旗舰店, 店 …).
// Similarity is the share of the shorter core's character pairs (bigrams) found in the other
// core: 1 when one core contains the other, 0 when they share no pair of characters. It is
// simple on purpose, so a warning can say why: "店名和执照上的名字没有一个共同的词".
import type { FoodGrammar } from './food-grammar';

const BRACKETED = /[（(【[〔][^）)】\]〕]{0,24}[）)】\]〕]/g;
const NOT_NAME_CHARS = /[^\p{Script=Han}A-Za-z0-9]/gu;

function stripPrefix(name: string, re: RegExp): string {
  const m = re.exec(name);
  // Never strip a name down to nothing: "北京烤鸭" keeps 烤鸭, but "上海" stays "上海".
  return m && name.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
}

/** The distinctive part of a shop or company name. */
export function nameCore(name: string, food: FoodGrammar): string {
  let core = name.normalize('NFKC').replace(BRACKETED, '').replace(NOT_NAME_CHARS, '').replace(food.branchOfCompany, '');
  core = stripPrefix(core, food.provincePrefix);
  core = stripPrefix(stripPrefix(core, food.localPrefix), food.localPrefix); // 杭州市 then 西湖区
  for (let changed = true; changed;) {
    const before = core;
    core = core.replace(food.companyEnding, '');
    if (core.length >= 2) core = core.replace(food.branchEnding, '') || before;
    if (core.length < 2) core = before;
    changed = core !== before;
  }
  return core;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/**
 * 0..1: how much of the shorter core's bigrams the other core shares. -1 when either name has
 * nothing left to compare. A one-character core counts as shared when the other contains it.
 */
export function nameSimilarity(a: string, b: string, food: FoodGrammar): number {
  const ca = nameCore(a, food);
  const cb = nameCore(b, food);
  if (!ca || !cb) return -1;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (short.length === 1) return long.includes(short) ? 1 : 0;
  const sa = bigrams(short);
  const sb = bigrams(long);
  let shared = 0;
  for (const g of sa) if (sb.has(g)) shared++;
  return shared / sa.size;
}

/**
 * Same shop under another branch name? Cores equal, one contains the other, or they share a
 * beginning of ≥2 characters and differ only in a branch tail of ≤4 characters (老北京炸酱面望京店
 * / 老北京炸酱面国贸店). It errs towards "same", so the shared-licence count never overstates.
 */
export function isSameShop(a: string, b: string, food: FoodGrammar): boolean {
  const ca = nameCore(a, food);
  const cb = nameCore(b, food);
  if (!ca || !cb) return false;
  if (ca.includes(cb) || cb.includes(ca)) return true;
  let p = 0;
  while (p < ca.length && p < cb.length && ca[p] === cb[p]) p++;
  return (
    p >= 2 &&
    ca.length - p <= 4 &&
    cb.length - p <= 4 &&
    food.branchEnding.test(a.replace(BRACKETED, '').trim()) &&
    food.branchEnding.test(b.replace(BRACKETED, '').trim())
  );
}

/** How many different shops these names stand for (branches of one shop count once). */
export function countDistinctShops(names: readonly string[], food: FoodGrammar): number {
  const representatives: string[] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    if (!representatives.some((r) => isSameShop(r, name, food))) representatives.push(name);
  }
  return representatives.length;
}
