import { describe, expect, it } from 'vitest';
import { foodGrammar } from '../../../src/core/facts/food/food-grammar';
import * as names from '../../../src/core/facts/food/name-match';
import { GRAMMAR } from '../bundled-grammar';

const food = foodGrammar(GRAMMAR);
const nameCore = (name: string) => names.nameCore(name, food);
const nameSimilarity = (a: string, b: string) => names.nameSimilarity(a, b, food);
const isSameShop = (a: string, b: string) => names.isSameShop(a, b, food);
const countDistinctShops = (list: readonly string[]) => names.countDistinctShops(list, food);

describe('nameCore', () => {
  it('drops region prefixes, company forms and branch endings', () => {
    expect(nameCore('北京市朝阳区福园庆丰包子铺')).toBe('福园庆丰包子铺');
    expect(nameCore('北京张姐餐饮管理有限公司')).toBe('张姐');
    expect(nameCore('老北京炸酱面（望京店）')).toBe('老北京炸酱面');
    expect(nameCore('杭州市西湖区王记面馆（个体工商户）')).toBe('王记面馆');
    expect(nameCore('张姐麻辣烫旗舰店')).toBe('张姐麻辣烫');
  });

  it('never strips a name to nothing', () => {
    expect(nameCore('上海')).toBe('上海');
    expect(nameCore('有限公司')).toBe('有限公司');
    expect(nameCore('老北京炸酱面')).toBe('老北京炸酱面');
  });
});

describe('nameSimilarity', () => {
  it('is 0 for unrelated names', () => {
    expect(nameSimilarity('老北京炸酱面', '福园庆丰包子铺')).toBe(0);
    expect(nameSimilarity('兰州拉面', '马小明')).toBe(0);
  });

  it('is 1 when the brand owner or a branch carries the same core', () => {
    expect(nameSimilarity('老北京炸酱面（望京店）', '北京老北京炸酱面餐饮管理有限公司')).toBe(1);
    // 面馆 is not in the shop name, the other five pairs are.
    expect(nameSimilarity('老北京炸酱面望京店', '北京市朝阳区老北京炸酱面馆')).toBeCloseTo(5 / 6);
    expect(nameSimilarity('张姐麻辣烫', '北京市朝阳区张姐餐饮服务有限公司')).toBe(1);
    expect(nameSimilarity('王记面馆分店', '王记面馆（个体工商户）')).toBe(1);
  });

  it('is low when only a dish word is shared', () => {
    const s = nameSimilarity('川味麻辣烫', '福园麻辣香锅(个体工商户)');
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.3);
  });

  it('is -1 when there is nothing to compare', () => {
    expect(nameSimilarity('', '福园庆丰包子铺')).toBe(-1);
    expect(nameSimilarity('（望京店）', '福园')).toBe(-1);
  });
});

describe('isSameShop / countDistinctShops', () => {
  it('counts branches of one shop once', () => {
    expect(isSameShop('老北京炸酱面（望京店）', '老北京炸酱面（国贸店）')).toBe(true);
    expect(isSameShop('老北京炸酱面望京店', '老北京炸酱面国贸店')).toBe(true);
    expect(isSameShop('喜茶望京店', '喜茶国贸店')).toBe(true);
    expect(countDistinctShops(['老北京炸酱面（望京店）', '老北京炸酱面（国贸店）', '老北京炸酱面'])).toBe(1);
  });

  it('keeps different shops apart, even with a shared dish', () => {
    expect(isSameShop('川味麻辣烫', '张姐麻辣烫')).toBe(false);
    expect(countDistinctShops(['老北京炸酱面', '福园庆丰包子铺', '川味麻辣烫', '张姐麻辣烫', ' '])).toBe(4);
  });
});
