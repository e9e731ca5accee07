// Deterministic large pages for the benchmark: a Chinese shopping/news/loan-style portal with
// navigation, article text, product cards, tables and forms with checkboxes (some pre-checked,
// some labelled with consent lures), grown until it holds `elements` elements. Same seed, same
// page, byte for byte, so figures from different runs compare. Images point at a host that
// never resolves, so thousands of them fail at once instead of queueing at the test server.

/** mulberry32: small, fast, good enough for picking words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['本平台', '我们', '用户', '消费者', '商家', '客服', '老年朋友', '新用户', '会员', '借款人', '学员', '门店'];
const VERBS = ['提供', '推出', '承诺', '提醒', '支持', '开放', '保障', '升级', '优化', '整理', '发布', '审核'];
const OBJECTS = [
  '安全便捷的服务',
  '每日新鲜食材',
  '专业的在线课程',
  '灵活的还款方式',
  '透明的收费标准',
  '优质的售后保障',
  '本地生活优惠',
  '会员专享折扣',
  '快速到账的额度',
  '实名认证流程',
  '外卖配送服务',
  '直播带货培训',
];
const TAILS = [
  '欢迎咨询。',
  '详情请见页面说明。',
  '请仔细阅读相关协议。',
  '如有疑问请联系客服。',
  '活动时间以页面公示为准。',
  '年化利率以合同为准。',
  '请理性消费。',
  '谨防电信诈骗。',
  '本活动最终解释权归平台所有。',
  '名额有限，先到先得。',
];
// Phrases that the packs look for, sprinkled rarely so the matcher and the rules have work to do.
const LURES = [
  '默认同意并授权',
  '已阅读并同意自动续费',
  '不看征信，黑户可贷',
  '日息低至0.02%',
  '包就业，月入过万',
  '无需抵押，当天放款',
  '手工现做，堂食同款',
  '学不会全额退款',
  '限时优惠仅剩3名额',
];
const NAV = ['首页', '新闻', '财经', '贷款', '外卖', '课程', '社区', '帮助', '关于我们', '联系我们', '登录', '注册'];
const CONSENT_LABELS = [
  '记住我',
  '我已阅读并同意《用户服务协议》',
  '同意授权查询个人征信信息',
  '订阅优惠短信',
  '默认开通自动续费',
  '同意《隐私政策》',
  '7天内自动登录',
  '同意将个人信息共享给合作机构',
];

export interface GeneratedPage {
  html: string;
  elements: number;
}

/** A page with about `elements` elements (within a few of the target). */
export function generatePage(elements: number, seed = 20261127): GeneratedPage {
  const rnd = seededRandom(seed ^ elements);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sentence = () => {
    const lure = rnd() < 0.02 ? pick(LURES) : '';
    return `${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}，${lure}${pick(TAILS)}`;
  };
  const paragraph = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, sentence).join('');
  const out: string[] = [];
  // html, head, title, meta, body counted up front.
  let count = 5;
  const el = (html: string, n: number) => {
    out.push(html);
    count += n;
  };

  el(
    `<header class="site-header"><h1>明白生活网</h1><nav><ul>${NAV.map((n, i) => `<li><a href="/p/${i}">${n}</a></li>`).join('')}</ul></nav></header>`,
    4 + NAV.length * 2,
  );
  el('<main id="main">', 1);
  let section = 0;
  while (count < elements - 40) {
    section++;
    const kind = section % 5;
    if (kind === 0) {
      // Article: heading, paragraphs with inline emphasis.
      const paras = Array.from({ length: 4 }, () => `<p>${paragraph()}<em>${pick(OBJECTS)}</em>。</p>`).join('');
      el(
        `<article class="news"><h2>${pick(SUBJECTS)}${pick(VERBS)}${pick(OBJECTS)}</h2><time>2026-11-${String(1 + (section % 27)).padStart(2, '0')}</time>${paras}</article>`,
        3 + 4 * 2,
      );
    } else if (kind === 1) {
      // Product cards.
      const cards = Array.from(
        { length: 6 },
        (_, i) =>
          `<li class="card"><img src="https://img.mingbai.test/p${section}-${i}.jpg" alt="${pick(OBJECTS)}"><div class="name">${pick(OBJECTS)}</div><span class="price">￥${(10 + rnd() * 990).toFixed(2)}</span><button>加入购物车</button></li>`,
      ).join('');
      el(`<section class="shelf"><h3>${pick(NAV)}精选</h3><ul class="cards">${cards}</ul></section>`, 3 + 6 * 5);
    } else if (kind === 2) {
      // Form with checkboxes: labelled, pre-checked, and one unlabelled box in a short container.
      const boxes = Array.from({ length: 4 }, (_, i) => {
        const id = `c${section}-${i}`;
        return `<div class="row"><input type="checkbox" id="${id}"${rnd() < 0.3 ? ' checked' : ''}><label for="${id}">${pick(CONSENT_LABELS)}</label></div>`;
      }).join('');
      el(
        `<form class="apply" action="/submit"><fieldset><legend>${pick(VERBS)}申请</legend><label>手机号 <input type="tel" name="tel"></label>${boxes}<span class="agree"><input type="checkbox" checked> 同意${pick(CONSENT_LABELS)}</span><button type="submit">立即提交</button></fieldset></form>`,
        6 + 4 * 3 + 2 + 1,
      );
    } else if (kind === 3) {
      // Table of rates and fees.
      const rows = Array.from(
        { length: 5 },
        () => `<tr><td>${pick(OBJECTS)}</td><td>${(rnd() * 36).toFixed(2)}%</td><td>${Math.floor(rnd() * 500)}元</td></tr>`,
      ).join('');
      el(
        `<table class="rates"><thead><tr><th>项目</th><th>利率</th><th>费用</th></tr></thead><tbody>${rows}</tbody></table>`,
        6 + 5 * 4,
      );
    } else {
      // Comment feed with nested inline markup.
      const items = Array.from(
        { length: 5 },
        () => `<div class="comment"><span class="user">${pick(SUBJECTS)}</span><p>${sentence()}<a href="#">回复</a></p></div>`,
      ).join('');
      el(`<div class="feed">${items}</div>`, 1 + 5 * 4);
    }
  }
  el('</main><footer><p>客服热线：12315　反诈热线：96110</p><p>© 2026 明白生活网</p></footer>', 3);
  // Pad to the exact target with small spans.
  const pad: string[] = [];
  while (count < elements) {
    pad.push(`<span>${pick(NAV)}</span>`);
    count++;
  }
  const body = out.join('') + (pad.length ? `<div class="tail">${pad.join('')}</div>` : '');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>明白生活网 · ${elements} 个元素的测试页</title></head><body>${body}</body></html>`;
  return { html, elements: count + (pad.length ? 1 : 0) };
}
