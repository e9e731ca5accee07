// Labelled values of a shop page's licence section (商家资质 / 营业执照 / 食品经营许可证) and
// shop-info area. A label and its value may share one block ("许可证编号：JY1…", or
// "<span>许可证编号</span><span>JY1…</span>", which the snapshot joins to "许可证编号JY1…"), or
// sit in adjacent blocks (<th>/<td>, <dt>/<dd>, two divs in a flex row).
import type { PageSnapshot } from '../../snapshot';

export type FieldKind = 'code' | 'permit' | 'filing' | 'holder' | 'address' | 'expiry' | 'shopName' | 'other';

export interface LabelledValue {
  field: FieldKind;
  label: string;
  value: string;
  /** Block the value was read from (the label's own block, or the one after it). */
  block: number;
}

const LABELS: Record<FieldKind, readonly string[]> = {
  code: ['统一社会信用代码', '社会信用代码', '信用代码', '营业执照注册号', '注册号', '营业执照号码', '营业执照编号', '执照编号'],
  permit: ['食品经营许可证编号', '食品经营许可证号', '经营许可证编号', '经营许可证号', '许可证编号', '许可证号', '许可编号'],
  filing: ['备案编号', '备案号', '备案凭证编号', '备案凭证号'],
  holder: ['经营者名称', '市场主体名称', '主体名称', '单位名称', '企业名称', '公司名称', '名称'],
  address: ['经营场所', '经营地址', '营业地址', '注册地址', '住所', '商家地址', '门店地址', '店铺地址', '地址'],
  expiry: ['有效期至', '有效期限至', '有效期限', '有效期', '有效日期', '营业期限至', '营业期限'],
  shopName: ['店铺名称', '商家名称', '门店名称', '商户名称', '店名'],
  // Labels that end the previous value, and addresses that are the customer's, not the shop's.
  other: [
    '法定代表人', '负责人', '经营者', '类型', '主体业态', '经营项目', '经营范围', '注册资本', '成立日期', '发证机关',
    '登记机关', '签发人', '发证日期', '日常监督管理机构', '日常监督管理人员', '投诉举报电话', '营业时间', '商家电话',
    '联系电话', '收货地址', '配送地址', '送餐地址', '我的地址', '选择地址', '新增地址', 'IP地址', '网站地址',
  ],
};

const FIELD_OF = new Map<string, FieldKind>();
for (const [field, labels] of Object.entries(LABELS) as Array<[FieldKind, readonly string[]]>) {
  for (const label of labels) FIELD_OF.set(label, field);
}
// Longest first: at one position 食品经营许可证编号 wins over 许可证编号, 经营者名称 over 经营者.
const LABEL_RE = new RegExp([...FIELD_OF.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
/** Labels too generic to trust in the middle of a sentence: only at the start of a block. */
const BLOCK_START_ONLY = new Set(['名称', '地址', '住所', '类型', '经营者', '负责人']);
// "互联网新闻信息服务许可证编号", "增值电信业务经营许可证编号": other licences' numbers, often in
// the same footer line as a shop's. Checked in the few characters before a permit label.
const OTHER_LICENCE_TYPE = /新闻|电信|网络文化|出版|广播|视听|电视|ICP|药品|医疗|网络安全|人力资源|危险化学品|演出|旅行社/i;
const SEPARATORS = /^[\s:：,，|｜]+/;
const VALUE_END = /[。；;|｜]/;
const MAX_VALUE = 80;

interface LabelAt {
  label: string;
  field: FieldKind;
  start: number;
  end: number;
}

function labelsIn(text: string): LabelAt[] {
  const found: LabelAt[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(text); m; m = LABEL_RE.exec(text)) {
    const label = m[0];
    if (BLOCK_START_ONLY.has(label) && m.index !== 0 && !/[\s:：,，|｜]/.test(text[m.index - 1] ?? '')) continue;
    let field = FIELD_OF.get(label) as FieldKind;
    if ((field === 'permit' || field === 'filing') && OTHER_LICENCE_TYPE.test(text.slice(Math.max(0, m.index - 12), m.index))) field = 'other';
    found.push({ label, field, start: m.index, end: m.index + label.length });
  }
  return found;
}

function cleanValue(raw: string): string {
  let value = raw.replace(SEPARATORS, '');
  const end = value.search(VALUE_END);
  if (end >= 0) value = value.slice(0, end);
  // An unknown label ("类别：") starts another pair: cut before it.
  const colon = value.search(/[:：]/);
  if (colon >= 0) {
    value = value.slice(0, colon);
    const space = value.lastIndexOf(' ');
    if (space > 0) value = value.slice(0, space);
  }
  return value.trim().slice(0, MAX_VALUE);
}

// The site's own footer ("本平台营业执照 · 统一社会信用代码 …") names the platform company, not
// the shop: read as the shop's licence it would make every shop "share" one licence.
const SITE_CHROME = 'footer, [role="contentinfo"]';
const CHROME_NAME = /(?:^|[\s_-])(?:footer|site-foot|copyright)(?:$|[\s_-])/i;

function isSiteChrome(el: Element): boolean {
  if (el.closest(SITE_CHROME)) return true;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (CHROME_NAME.test(`${cur.id} ${cur.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

/** Is this block nothing but a label (a <th>, <dt> or the first div of a row)? */
const onlyLabel = (text: string, at: LabelAt) => at.start === 0 && !text.slice(at.end).replace(/[\s:：]/g, '');

/** Every labelled value on the page, in page order. */
export function readLabelledValues(snapshot: PageSnapshot): LabelledValue[] {
  const values: LabelledValue[] = [];
  for (let b = 0; b < snapshot.blockCount; b++) {
    const text = snapshot.blockText(b);
    if (text.length > 3000) continue; // an article body, not a licence panel
    const labels = labelsIn(text);
    if (!labels.length || isSiteChrome(snapshot.blockElement(b) as Element)) continue;
    for (let i = 0; i < labels.length; i++) {
      const at = labels[i] as LabelAt;
      if (at.field === 'other') continue;
      if (labels.length === 1 && onlyLabel(text, at)) {
        const next = snapshot.blockText(b + 1);
        if (next && !labelsIn(next).some((l) => l.start === 0)) {
          const value = cleanValue(next);
          if (value) values.push({ field: at.field, label: at.label, value, block: b + 1 });
        }
        continue;
      }
      const value = cleanValue(text.slice(at.end, labels[i + 1]?.start ?? text.length));
      if (value) values.push({ field: at.field, label: at.label, value, block: b });
    }
  }
  return values;
}
