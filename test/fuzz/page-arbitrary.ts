// fast-check arbitraries for hostile and odd pages: deep nesting, entities, emoji (ZWJ
// sequences, skin tones, flags), mixed scripts, huge text nodes, forms with pre-checked boxes,
// tables, hidden parts, and the phrases the bundled packs look for, so that rules fire and their
// evidence can be checked. Pages are HTML strings: the fuzzers parse them as a browser would.
import fc from 'fast-check';

/** Phrases and figures the bundled packs react to (with text that is harmless). */
const LURES = [
  '免息',
  '服务费',
  '日息低至0.02%',
  '每天只需3元',
  '借款',
  '额度',
  '放款',
  '放款前一次性收取服务费',
  '不看征信',
  '黑户可贷',
  '必须先购买会员才能放款',
  '授权读取通讯录',
  '默认同意并授权',
  '已阅读并同意自动续费',
  '外卖',
  '堂食',
  '食品经营许可证',
  'JY11101050012345',
  '店铺名称：好味小厨',
  '包就业，月入过万',
  '学不会全额退款',
  '仅剩3个名额',
  '3个月就能回本',
  '每天只要2小时就能赚',
  '50岁以上也能学',
  '课程',
  '直播带货',
  '年化利率',
  '36%',
  '元/月',
  '分12期',
];
const WORDS = [
  '我们',
  '提供',
  '安全便捷的服务',
  '请理性消费。',
  'hello',
  'World',
  'Ünïcödé',
  'русский',
  'العربية',
  'हिन्दी',
  '한국어',
  'かな',
  '123',
  '4.5',
  ' ',
];
/** Emoji that a careless cut splits: surrogate pairs, ZWJ families, skin tones, flags, keycaps. */
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇨🇳', '1️⃣', '❤️', '🧑‍💻', '𠮷', 'é', 'ñ'];
/** Entities as they appear in markup (decoded by the parser). */
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&#x1F600;', '&#128077;', '&quot;', '&#12288;', '&copy;', '&#x200B;'];

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** One text run: plain pieces escaped, entities raw. */
export const textRun = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...LURES).map(escapeText) },
      { weight: 4, arbitrary: fc.constantFrom(...WORDS).map(escapeText) },
      { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
      { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }).map(escapeText) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** A text node far larger than any paragraph: one run repeated. */
const hugeText = fc.tuple(textRun, fc.integer({ min: 200, max: 5_000 })).map(([run, times]) => run.repeat(times));

const BLOCKS = ['div', 'p', 'section', 'article', 'li', 'td', 'h1', 'h2', 'h3', 'pre', 'blockquote'];
const INLINES = ['span', 'b', 'em', 'a', 'strong', 'small', 'font'];
const HIDING = ['', '', '', '', ' hidden', ' style="display:none"', ' style="visibility:hidden"', ' aria-hidden="true"'];

type Html = string;

const checkbox = fc
  .record({ checked: fc.boolean(), label: textRun, wrap: fc.boolean(), id: fc.integer({ min: 0, max: 50 }) })
  .map(({ checked, label, wrap, id }) =>
    wrap
      ? `<label><input type="checkbox"${checked ? ' checked' : ''}>${label}</label>`
      : `<input type="checkbox" id="c${id}"${checked ? ' checked' : ''}><label for="c${id}">${label}</label>`,
  );

const image = fc
  .record({ alt: textRun, src: fc.constantFrom('licence.jpg', 'a.png', '营业执照.jpg', '') })
  .map(({ alt, src }) => `<img alt="${escapeAttr(alt.replace(/&[^;]*;/g, ''))}" src="http://invalid.test/${src}">`);

export const pageBody: fc.Arbitrary<Html> = fc.letrec<{ node: Html; nodes: Html }>((tie) => ({
  nodes: fc.array(tie('node'), { maxLength: 6 }).map((list) => list.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: textRun },
    { weight: 1, arbitrary: checkbox },
    { weight: 1, arbitrary: image },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...BLOCKS), fc.constantFrom(...HIDING), tie('nodes'))
        .map(([tag, hide, inner]) => `<${tag}${hide}>${inner}</${tag}>`),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...INLINES), tie('nodes')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.array(tie('node'), { maxLength: 3 }), { maxLength: 3 })
        .map((rows) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`),
    },
    { weight: 1, arbitrary: tie('nodes').map((inner) => `<form>${inner}<button>提交</button></form>`) },
  ),
})).nodes;

/** A whole page: a title, a body and, now and then, a huge text node or very deep nesting. */
export const page: fc.Arbitrary<Html> = fc
  .record({
    title: textRun,
    body: pageBody,
    huge: fc.option(hugeText, { freq: 8 }),
    depth: fc.option(fc.integer({ min: 50, max: 400 }), { freq: 8 }),
  })
  .map(({ title, body, huge, depth }) => {
    const deep = depth ? `${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}` : body;
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title.replace(/</g, '')}</title></head><body>${deep}${huge ? `<pre>${huge}</pre>` : ''}</body></html>`;
  });
