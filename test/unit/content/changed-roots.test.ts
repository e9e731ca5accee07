import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedRoots } from '../../../src/extension/content/changed-roots';
import { markOwnUi } from '../../../src/core/read/own-ui';
import { MutationBatcher, type BatcherTimers } from '../../../src/extension/content/mutation-batcher';

/** Apply `mutate` to the document and return the records a MutationObserver saw. */
async function recordsOf(mutate: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  mutate();
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('[data-mingbai-ui]').forEach((n) => n.remove());
});

describe('changedRoots', () => {
  it('reduces nested additions to the outermost added subtree', async () => {
    document.body.innerHTML = '<main><ul id="list"></ul></main>';
    const list = document.getElementById('list')!;
    const records = await recordsOf(() => {
      const li = document.createElement('li');
      li.innerHTML = '<div><p>日息0.02%</p></div>';
      list.append(li);
      li.querySelector('p')!.append(document.createElement('b'));
      li.querySelector('div')!.append(document.createElement('section'));
    });
    const result = changedRoots(records, document);
    expect(result.full).toBe(false);
    expect(result.roots).toEqual([list.firstElementChild]);
  });

  it('widens a change inside inline elements to the block around it', async () => {
    document.body.innerHTML = '<div id="card"><p id="line">日息<span><em id="rate">0.01%</em></span></p></div>';
    const rate = document.getElementById('rate')!;
    const records = await recordsOf(() => {
      rate.firstChild!.nodeValue = '0.05%';
    });
    expect(records[0]!.type).toBe('characterData');
    expect(changedRoots(records, document).roots).toEqual([document.getElementById('line')]);
  });

  it('keeps separate regions separate and drops ones inside another', async () => {
    document.body.innerHTML = '<section id="a"></section><section id="b"><div id="inner"></div></section>';
    const records = await recordsOf(() => {
      document.getElementById('a')!.append(Object.assign(document.createElement('div'), { id: 'newA' }));
      const newB = Object.assign(document.createElement('div'), { id: 'newB' });
      document.getElementById('inner')!.append(newB);
      newB.append(Object.assign(document.createElement('p'), { id: 'deep' }));
    });
    const ids = changedRoots(records, document)
      .roots.map((r) => r.id)
      .sort();
    expect(ids).toEqual(['newA', 'newB']);
  });

  it('a page element that copies the UI attribute is still the page’s: its new text is rescanned', async () => {
    document.body.innerHTML = '<div id="fake" data-mingbai-ui><div id="inside"></div></div>';
    const records = await recordsOf(() => {
      const lure = Object.assign(document.createElement('p'), { id: 'lure', textContent: '不看征信' });
      document.getElementById('inside')!.append(lure);
      const added = document.createElement('section');
      added.setAttribute('data-mingbai-ui', '');
      added.id = 'added';
      document.body.append(added);
    });
    expect(
      changedRoots(records, document)
        .roots.map((r) => r.id)
        .sort(),
    ).toEqual(['added', 'lure']);
  });

  it('ignores scripts, styles and Mingbai’s own UI', async () => {
    document.body.innerHTML = '<div id="host" data-mingbai-ui><div id="own"></div></div>';
    markOwnUi(document.getElementById('host')!);
    const records = await recordsOf(() => {
      document.body.append(document.createElement('script'), document.createElement('style'));
      document.getElementById('own')!.append(document.createElement('p'));
    });
    const result = changedRoots(records, document);
    expect(result.roots).toEqual([]);
    expect(result.full).toBe(false);
  });

  it('falls back to a full rescan above the node limit or for text added to <body>', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const many = await recordsOf(() => {
      const feed = document.getElementById('feed')!;
      for (let i = 0; i < 30; i++) {
        const item = document.createElement('article');
        item.innerHTML = '<p><span>a</span></p>'.repeat(20);
        feed.append(item);
      }
    });
    expect(changedRoots(many, document, 1000).full).toBe(true);
    expect(changedRoots(many, document, 100_000).full).toBe(false);
    const bodyText = await recordsOf(() => document.body.append('新的文字'));
    expect(changedRoots(bodyText, document).full).toBe(true);
  });

  it('reports removals so stale findings can be dropped', async () => {
    document.body.innerHTML = '<div id="wrap"><p id="gone">x</p></div>';
    const records = await recordsOf(() => document.getElementById('gone')!.remove());
    const result = changedRoots(records, document);
    expect(result.removed).toBe(true);
    expect(result.roots).toEqual([]);
  });

  it('skips roots removed again before the batch is processed', async () => {
    document.body.innerHTML = '<div id="wrap"></div>';
    const records = await recordsOf(() => {
      const p = document.createElement('p');
      document.getElementById('wrap')!.append(p);
      p.remove();
    });
    expect(changedRoots(records, document).roots).toEqual([]);
  });
});

describe('MutationBatcher', () => {
  function fakeTimers() {
    const pending: Array<() => void> = [];
    const timers: BatcherTimers = { set: (fn) => pending.push(fn), clear: () => pending.splice(0) };
    return { timers, fire: () => pending.splice(0).forEach((fn) => fn()), pending };
  }
  const rec = () => ({ type: 'childList' }) as unknown as MutationRecord;

  it('delivers a burst of records as one batch', () => {
    const onBatch = vi.fn();
    const t = fakeTimers();
    const batcher = new MutationBatcher(onBatch, 100, 5000, t.timers);
    batcher.add([rec(), rec()]);
    batcher.add([rec()]);
    expect(onBatch).not.toHaveBeenCalled();
    expect(t.pending).toHaveLength(1);
    t.fire();
    expect(onBatch).toHaveBeenCalledTimes(1);
    expect(onBatch.mock.calls[0]![0]).toHaveLength(3);
    expect(onBatch.mock.calls[0]![1]).toBe(false);
  });

  it('marks an overflowing batch instead of keeping every record', () => {
    const onBatch = vi.fn();
    const t = fakeTimers();
    const batcher = new MutationBatcher(onBatch, 100, 3, t.timers);
    batcher.add([rec(), rec()]);
    batcher.add([rec(), rec()]);
    t.fire();
    expect(onBatch.mock.calls[0]![1]).toBe(true);
  });
});
