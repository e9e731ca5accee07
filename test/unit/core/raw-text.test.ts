// The quick read's raw text: every text node outside scripts, styles and templates, hidden
// text included. Browsers read it through Ranges, other DOMs walk the nodes; jsdom runs
// both, so the two must give the same string.
import { describe, expect, it } from 'vitest';
import { CUT, rangeText, rawPageText, walkedText } from '../../../src/core/read/raw-text';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const PAGES = [
  '<p>甲</p><script>乙</script><style>丙</style><svg><text>丁</text><style>戊</style></svg><textarea>己</textarea>' +
    '<noscript>庚</noscript><template>辛</template><div hidden>壬</div><p>癸</p>',
  '<p>甲<b>乙</b></p>丙',
  '<div><section><p>免<span>息</span></p><script>x</script></section><iframe></iframe>借款</div><!-- 注释 -->',
  '<script>a</script><script>b</script>',
  '',
  '<ul><li>一<ul><li>二<video>三</video></li></ul></li><li>四</li></ul>',
];

describe('raw page text', () => {
  it('leaves out scripts, styles, noscript and templates, and nothing else (hidden text counts)', async () => {
    expect((await rawPageText(body(PAGES[0] as string))).replaceAll(CUT, '')).toBe('甲丁戊己壬癸');
    expect(await rawPageText(body(PAGES[1] as string))).toBe('甲乙丙');
    expect((await rawPageText(body(PAGES[2] as string))).replaceAll(CUT, '')).toBe('免息借款');
  });

  it('reads the same string through Ranges as by walking the nodes', async () => {
    for (const html of PAGES) expect(await rangeText(body(html)), html).toBe(walkedText(body(html)));
  });

  it('stays within its root', async () => {
    document.body.innerHTML = '<p>前</p><div id="r"><p>中</p><script>x</script></div><p>后</p>';
    const root = document.getElementById('r') as Element;
    expect(walkedText(root)).toBe(`中${CUT}`);
    expect(await rangeText(root)).toBe(`中${CUT}`);
  });

  it('pauses between stretches in a sliced read, and skips an element the page removed meanwhile', async () => {
    const root = body('<p>甲</p><script>a</script><p>乙</p><script id="gone">b</script><p>丙</p>');
    let pauses = 0;
    const slicer = {
      due: () => true,
      pause: async () => {
        if (++pauses === 2) document.getElementById('gone')?.remove();
      },
    };
    expect(await rangeText(root, slicer)).toBe(`甲${CUT}乙丙`);
    expect(pauses).toBe(3);
  });
});
