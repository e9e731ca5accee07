// The food facts through a real scan: what they record in the licence memory, and where the
// evidence of an absence points.
import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { parseHtml } from '../../../src/cli/parse-html';
import { ephemeralMemory, scanDocument } from '../../../src/core/scan';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import type { LicenceMemory } from '../../../src/core/shared/types';

const ruleset = compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));

const shop = (name: string, body: string) =>
  `<html><head><title>${name} - 外卖</title></head><body><h1>${name}</h1><div>月售800 起送¥20 配送费¥3 人均¥30</div>${body}<button>加入购物车</button></body></html>`;

async function scan(html: string, memory: LicenceMemory = ephemeralMemory()) {
  const doc = parseHtml(html, 'https://waimai.example/shop/1');
  return scanDocument(ruleset, doc, { url: 'https://waimai.example/shop/1', today: '2026-06-01', memory });
}

describe('licence memory', () => {
  it('records the shop under each licence number, and counts distinct shops across visits', async () => {
    const memory = ephemeralMemory();
    const licence =
      '<p>许可证编号：JY11105050012345</p><p>统一社会信用代码：914403001922038216</p><p>地址：北京市朝阳区望京街道6号</p>';
    const names = ['老北京炸酱面（望京店）', '老北京炸酱面（国贸店）', '福园庆丰包子铺', '川味麻辣烫'];
    const shared: boolean[] = [];
    for (const name of names) {
      const result = await scan(shop(name, licence), memory);
      expect(result.kind).toBe('food-delivery');
      shared.push(result.findings.some((f) => f.risk === 'food.license-shared'));
    }
    expect(memory.namesFor('JY11105050012345')).toEqual(names);
    expect(memory.namesFor('914403001922038216')).toEqual(names);
    // Two branches count once: the second distinct shop name is the 3rd page (一店一证).
    expect(shared).toEqual([false, false, true, true]);
  });

  it('stores nothing for masked numbers and nothing on pages that are not shops', async () => {
    const memory = ephemeralMemory();
    await scan(shop('老北京炸酱面', '<p>统一社会信用代码：91330100********2F</p>'), memory);
    expect(memory.namesFor('91330100********2F')).toEqual([]);
    const news =
      '<html><body><h1>记者暗访幽灵外卖</h1><p>据报道，执法人员发现40多家店共用一张执照。许可证编号：JY11105050012345 月售 起送 配送费 外卖</p></body></html>';
    const result = await scan(news, memory);
    expect(result.kind).toBe('other');
    expect(memory.namesFor('JY11105050012345')).toEqual([]);
  });
});

describe('evidence of absences', () => {
  it('points a missing licence and a missing address at the shop-name heading', async () => {
    const result = await scan(shop('川味麻辣烫', '<ul><li>麻辣烫 ¥22</li></ul>'));
    const missing = result.findings.find((f) => f.risk === 'food.license-missing');
    const address = result.findings.find((f) => f.risk === 'food.address-missing');
    expect(missing?.severity).toBe('caution');
    expect(missing?.evidence[0]?.element?.tagName).toBe('H1');
    expect(address?.evidence[0]?.element?.tagName).toBe('H1');
    expect(address?.evidence[0]?.text).toBe('川味麻辣烫');
  });

  it('reports a licence picture as info only, pointing at the picture', async () => {
    const result = await scan(
      shop('张记面馆', '<p>商家地址：北京市朝阳区望京街道6号</p><div>商家资质</div><img src="/q/yyzz.png" alt="">'),
    );
    expect(result.findings.map((f) => [f.risk, f.severity])).toEqual([['food.license-missing', 'info']]);
    expect(result.findings[0]?.evidence[0]?.element?.tagName).toBe('IMG');
  });
});

describe('name mismatch evidence', () => {
  it("names both the shop and the holder, in a note apart from the quote (which is the page's own text)", async () => {
    const result = await scan(
      shop(
        '老北京炸酱面',
        '<p>经营者名称：福园庆丰包子铺</p><p>许可证编号：JY11105050012345</p><p>地址：北京市朝阳区望京街道6号</p>',
      ),
    );
    const mismatch = result.findings.find((f) => f.risk === 'food.name-mismatch');
    expect(mismatch?.evidence[0]?.text).toBe('经营者名称：福园庆丰包子铺');
    expect(mismatch?.evidence[0]?.note).toEqual({ code: 'holder-vs-shop', values: ['福园庆丰包子铺', '老北京炸酱面'] });
    expect(result.findings.map((f) => f.risk)).toEqual(['food.name-mismatch']);
  });
});

describe('holder names far from any licence', () => {
  it('are not compared with the shop name', async () => {
    const filler = Array.from({ length: 20 }, (_, i) => `<p>菜品${i} ¥${10 + i}</p>`).join('');
    const html = shop(
      '老北京炸酱面',
      `<p>许可证编号：JY11105050012345</p><p>地址：北京市朝阳区望京街道6号</p>${filler}<p>名称：福园庆丰包子铺</p>`,
    );
    const result = await scan(html);
    expect(result.findings.map((f) => f.risk)).toEqual([]);
    const near = await scan(
      shop(
        '老北京炸酱面',
        `<p>许可证编号：JY11105050012345</p><p>名称：福园庆丰包子铺</p><p>地址：北京市朝阳区望京街道6号</p>${filler}`,
      ),
    );
    expect(near.findings.map((f) => f.risk)).toEqual(['food.name-mismatch']);
  });
});
