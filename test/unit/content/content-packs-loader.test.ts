// Where the content script's packs come from: storage first (no background wake-up), the
// background when storage holds nothing of this version, nothing (null) when neither answers.
import { describe, expect, it } from 'vitest';
import { loadContentPacks, packsOfRecord, type ContentPacksChannel } from '../../../src/extension/content/content-packs-loader';

const PACKS = [{ id: 'loan', version: '1', negations: [], classifier: [], lexicons: {}, rules: [] }];
const record = (version: string) => ({ version, digest: 'd', packs: PACKS });
const FAST = { deadlineMs: 400, retryMs: 20 };

function channel(overrides: Partial<ContentPacksChannel> = {}) {
  const listeners = new Set<(v: unknown) => void>();
  let asked = 0;
  const ch: ContentPacksChannel = {
    version: '2.0.0',
    readStored: async () => undefined,
    ask: async () => {
      asked++;
      return undefined;
    },
    onStored(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  };
  return { ch, asked: () => asked, store: (v: unknown) => listeners.forEach((l) => l(v)), listeners };
}

describe('packsOfRecord', () => {
  it('accepts only a record of this version with packs', () => {
    expect(packsOfRecord(record('2.0.0'), '2.0.0')).toEqual(PACKS);
    expect(packsOfRecord(record('1.9.0'), '2.0.0')).toBeNull();
    for (const bad of [
      undefined,
      null,
      'x',
      [],
      { version: '2.0.0' },
      { version: '2.0.0', packs: [] },
      { version: '2.0.0', packs: ['x'] },
      { version: '2.0.0', packs: {} },
    ]) {
      expect(packsOfRecord(bad, '2.0.0')).toBeNull();
    }
  });
});

describe('loadContentPacks', () => {
  it('takes the stored packs of this version without asking the background', async () => {
    const fake = channel({ readStored: async () => record('2.0.0') });
    expect(await loadContentPacks(fake.ch, FAST)).toEqual(PACKS);
    expect(fake.asked()).toBe(0);
  });

  it('asks the background when storage holds another version (first page after an update)', async () => {
    const fake = channel({ readStored: async () => record('1.0.0'), ask: async () => record('2.0.0') });
    expect(await loadContentPacks(fake.ch, FAST)).toEqual(PACKS);
  });

  it('keeps asking while nobody listens yet (a Firefox background page still loading)', async () => {
    let calls = 0;
    const fake = channel({
      ask: async () => {
        calls++;
        if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return record('2.0.0');
      },
    });
    expect(await loadContentPacks(fake.ch, FAST)).toEqual(PACKS);
    expect(calls).toBe(3);
    expect(fake.listeners.size).toBe(0);
  });

  it('takes the packs the background writes to storage meanwhile', async () => {
    const fake = channel({ ask: () => new Promise(() => {}) });
    const loading = loadContentPacks(fake.ch, FAST);
    await new Promise((r) => setTimeout(r, 30));
    fake.store(record('1.0.0')); // not this version: ignored
    fake.store(record('2.0.0'));
    expect(await loading).toEqual(PACKS);
    expect(fake.listeners.size).toBe(0);
  });

  it('gives null when neither storage nor the background answers in time, and a storage error is no crash', async () => {
    const fake = channel({
      readStored: async () => Promise.reject(new Error('storage broken')),
      ask: async () => ({ nonsense: true }),
    });
    const started = Date.now();
    expect(await loadContentPacks(fake.ch, FAST)).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(FAST.deadlineMs - 20);
    expect(fake.listeners.size).toBe(0);
  });
});
