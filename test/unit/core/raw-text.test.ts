// The quick read's raw text: every text node under the root, hidden text and the text of
// scripts and styles included (more than the snapshot reads: the quick read's counts are upper
// bounds), in document order.
import { describe, expect, it } from 'vitest';
import { rawPageText } from '../../../src/core/read/raw-text';

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
});
