import { describe, expect, it } from 'vitest';
import { bundledPackFiles, readPacks } from '../../../src/cli/read-packs';
import { fieldLabels, readLabelledValues } from '../../../src/core/facts/food/licence-fields';
import { compileRuleset } from '../../../src/core/evaluate/ruleset';
import { findShopName } from '../../../src/core/facts/food/shop-name';
import { foodGrammar } from '../../../src/core/facts/food/food-grammar';
import { GRAMMAR } from '../bundled-grammar';
import { takeSnapshot } from '../../../src/core/read/snapshot';

// The label vocabulary is the food pack's data.
const ruleset = compileRuleset(readPacks(bundledPackFiles()).packs.map((p) => p.pack));
const labels = fieldLabels((lexicon) => ruleset.lexicons[lexicon]?.phrases ?? []);

function valuesOf(html: string) {
  document.body.innerHTML = html;
  const snapshot = takeSnapshot(document);
  return readLabelledValues(snapshot, labels).map(({ field, value }) => [field, value]);
}

describe('readLabelledValues', () => {
  it('reads label and value in one block, with or without a colon', () => {
    expect(
      valuesOf('<p>许可证编号：JY11105050012345</p><p><span>统一社会信用代码</span><span>914403001922038216</span></p>'),
    ).toEqual([
      ['permit', 'JY11105050012345'],
      ['code', '914403001922038216'],
    ]);
  });

  it('reads table cells, definition lists and two-div rows', () => {
    expect(
      valuesOf(
        '<table><tr><th>经营者名称</th><td>福园庆丰包子铺</td></tr></table><dl><dt>有效期至</dt><dd>2023-05-31</dd></dl><div class="row"><div>经营场所</div><div>北京市朝阳区望京西路50号</div></div>',
      ),
    ).toEqual([
      ['holder', '福园庆丰包子铺'],
      ['expiry', '2023-05-31'],
      ['address', '北京市朝阳区望京西路50号'],
    ]);
  });

  it('splits several pairs joined into one block at the known labels', () => {
    expect(
      valuesOf(
        '<div><span>经营者名称</span><span>北京福园庆丰包子铺</span><span>法定代表人（负责人）</span><span>王某</span><span>经营场所</span><span>北京市朝阳区望京街道6号</span></div>',
      ),
    ).toEqual([
      ['holder', '北京福园庆丰包子铺'],
      ['address', '北京市朝阳区望京街道6号'],
    ]);
  });

  it("prefers the longest label and ignores the customer's delivery address", () => {
    expect(valuesOf('<p>食品经营许可证编号：JY11105050012345</p><p>配送地址：北京市海淀区学院路1号</p>')).toEqual([
      ['permit', 'JY11105050012345'],
    ]);
  });

  it('trusts generic labels (名称, 地址) only at the start of a block or after a separator', () => {
    expect(valuesOf('<p>请填写正确的地址信息</p><p>名称：王记面馆</p>')).toEqual([['holder', '王记面馆']]);
  });

  it('does not take a following label block as a value', () => {
    expect(valuesOf('<table><tr><th>许可证编号</th><th>有效期至</th></tr></table>')).toEqual([]);
  });
});

describe('findShopName', () => {
  const shopOf = (html: string, title = '') => {
    document.title = title;
    document.body.innerHTML = html;
    const snapshot = takeSnapshot(document);
    return findShopName(snapshot, readLabelledValues(snapshot, labels), foodGrammar(GRAMMAR))?.name ?? null;
  };

  it('prefers a labelled shop name, then the main heading, then the title', () => {
    expect(shopOf('<h1>附近</h1><p>店铺名称：老北京炸酱面（望京店）</p>')).toBe('老北京炸酱面（望京店）');
    expect(shopOf('<h2>商家资质</h2><h1>福园庆丰包子铺</h1>')).toBe('福园庆丰包子铺');
    expect(shopOf('<p>月售100</p>', '张姐麻辣烫 - 外卖点餐 - 某平台')).toBe('张姐麻辣烫');
    expect(shopOf('<p>月售100</p>', '美团外卖 - 张姐麻辣烫')).toBe('张姐麻辣烫');
  });

  it('skips headings that name a section', () => {
    expect(shopOf('<h1>商家资质</h1><h2>购物车</h2>', '')).toBeNull();
  });
});

describe('site chrome', () => {
  it("ignores the platform's own licence in the site footer", () => {
    expect(
      valuesOf(
        '<main><p>许可证编号：JY11105050012345</p></main><footer><p>营业执照 统一社会信用代码：91110108MA01C2345W</p></footer>',
      ),
    ).toEqual([['permit', 'JY11105050012345']]);
    expect(
      valuesOf(
        '<div class="page-footer"><p>名称：北京某某网络科技有限公司</p></div><div id="copyright">统一社会信用代码：91110108MA01C2345W</div>',
      ),
    ).toEqual([]);
  });
});

describe('other licence types', () => {
  it('does not read a news or telecom licence number as a food permit', () => {
    expect(
      valuesOf(
        '<p>互联网新闻信息服务许可证编号：53120170001 增值电信业务经营许可证编号：滇B2-20030004</p><p>食品经营许可证编号：JY11105050012345</p>',
      ),
    ).toEqual([['permit', 'JY11105050012345']]);
  });

  it('knows another licence named in Latin letters whatever their case', () => {
    for (const name of ['ICP', 'icp', 'Icp']) {
      expect(valuesOf(`<p>${name}许可证编号：粤B2-20090059</p><p>许可证编号：JY11105050012345</p>`)).toEqual([
        ['permit', 'JY11105050012345'],
      ]);
    }
  });
});
