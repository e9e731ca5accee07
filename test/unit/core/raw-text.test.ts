// The quick read's raw text: every text node under the root, hidden text and the text of
// scripts and styles included (more than the snapshot reads: the quick read's counts are upper
// bounds), in document order. In a browser, the few large scripts and styles are left out
// (in a browser by Range reads, here by a walk: both are held to the same text).
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_CHARS, rawPageText, textOutsideLargeScriptsByRange } from '../../../src/core/read/raw-text';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('raw page text', () => {
  it('holds every text node in order, hidden ones and scripts included', () => {
    expect(rawPageText(body('<p>甲</p><script>乙</script><style>/*丙*/</style><div hidden>丁</div><p>戊</p>'))).toBe(
      '甲乙/*丙*/丁戊',
    );
    expect(rawPageText(body('<p>甲<b>乙</b></p>丙<!-- 注释 -->'))).toBe('甲乙丙');
    expect(rawPageText(body('<div><section><p>免<span>息</span></p></section><iframe></iframe>借款</div>'))).toBe('免息借款');
    expect(rawPageText(body(''))).toBe('');
  });

  it('stays within its root', () => {
    document.body.innerHTML = '<p>前</p><div id="r"><p>中</p><script>x</script></div><p>后</p>';
    expect(rawPageText(document.getElementById('r') as Element)).toBe('中x');
  });

  it('leaves out scripts and styles of LEFT_OUT_CHARS or more, and joins the text around them', () => {
    const json = `{"state":"${'x'.repeat(LEFT_OUT_CHARS)}借款"}`;
    const css = `.a{content:"${'y'.repeat(LEFT_OUT_CHARS)}"}`;
    const root = body(`<p>甲</p><div>免<script>${json}</script>息</div><script>小</script><style>${css}</style><p>乙</p>`);
    expect(rawPageText(root)).toBe('甲免息小乙');
    expect(textOutsideLargeScriptsByRange(root)).toBe('甲免息小乙');
  });

  it('is the textContent when no script or style is that large', () => {
    const root = body(`<p>甲</p><script>${'x'.repeat(LEFT_OUT_CHARS - 1)}</script><style>b{}</style><p>乙</p>`);
    expect(rawPageText(root)).toBe(root.textContent);
    expect(textOutsideLargeScriptsByRange(root)).toBe(root.textContent);
  });

  it('leaves out a large script at either end and stays within its root', () => {
    const big = `<script>${'z'.repeat(LEFT_OUT_CHARS)}</script>`;
    for (const read of [rawPageText, textOutsideLargeScriptsByRange]) {
      expect(read(body(`${big}<p>中</p>${big}`))).toBe('中');
      document.body.innerHTML = `<p>前</p><div id="r">${big}<p>中</p>${big}<p>末</p></div>${big}<p>后</p>`;
      expect(read(document.getElementById('r') as Element)).toBe('中末');
    }
  });
});
