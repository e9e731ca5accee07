// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/settings/key-value-store';
import { LicenceMemoryStore, MAX_LICENCES, MAX_NAMES_PER_LICENCE } from '../../../src/extension/background/licence-memory-store';
import { STORAGE_KEYS } from '../../../src/settings/storage-keys';

describe('licence memory', () => {
  it('records shop names per licence, without duplicates', async () => {
    const memory = new LicenceMemoryStore(new MemoryStore());
    expect(await memory.record('jy14401060012345', '张记面馆')).toBe(true);
    await memory.record('JY14401060012345', ' 张记面馆 ');
    await memory.record('JY14401060012345', '李家快餐');
    expect(await memory.snapshot()).toEqual({ JY14401060012345: ['张记面馆', '李家快餐'] });
  });

  it('refuses things that are not licence/name pairs', async () => {
    const memory = new LicenceMemoryStore(new MemoryStore());
    expect(await memory.record('x', '店')).toBe(false);
    expect(await memory.record('JY14401060012345', '')).toBe(false);
    expect(await memory.record('JY14401060012345', '长'.repeat(200))).toBe(false);
    expect(await memory.snapshot()).toEqual({});
  });

  it('is bounded: least recently used licences go first, names per licence are capped', async () => {
    const store = new MemoryStore();
    const memory = new LicenceMemoryStore(store);
    const licence = (i: number) => `JY${String(i).padStart(14, '0')}`;
    // write a full memory straight into storage, then push past the bound through record()
    await store.set(STORAGE_KEYS.licenceMemory, {
      version: 1,
      entries: Array.from({ length: MAX_LICENCES }, (_, i) => [licence(i), ['店']]),
    });
    await memory.record(licence(0), '又见'); // licence 0 becomes most recent
    await memory.record(licence(MAX_LICENCES), '新店'); // evicts the least recent: licence 1
    const snapshot = await memory.snapshot();
    expect(Object.keys(snapshot)).toHaveLength(MAX_LICENCES);
    expect(snapshot[licence(1)]).toBeUndefined();
    expect(snapshot[licence(0)]).toEqual(['店', '又见']);
    expect(snapshot[licence(MAX_LICENCES)]).toEqual(['新店']);

    for (let i = 0; i < MAX_NAMES_PER_LICENCE + 10; i++) await memory.record(licence(5), `分店${i}`);
    const names = (await memory.snapshot())[licence(5)]!;
    expect(names).toHaveLength(MAX_NAMES_PER_LICENCE);
    expect(names.at(-1)).toBe(`分店${MAX_NAMES_PER_LICENCE + 9}`);
  });

  it('concurrent records do not overwrite each other', async () => {
    const memory = new LicenceMemoryStore(new MemoryStore());
    await Promise.all(Array.from({ length: 30 }, (_, i) => memory.record(`JY${String(i).padStart(14, '0')}`, `店${i}`)));
    expect(Object.keys(await memory.snapshot())).toHaveLength(30);
  });

  it('garbage in storage reads as an empty memory, not a crash', async () => {
    const store = new MemoryStore();
    await store.set(STORAGE_KEYS.licenceMemory, { entries: [[1, 2], 'x', ['JY14401060012345', ['ok', 3]]] });
    expect(await new LicenceMemoryStore(store).snapshot()).toEqual({ JY14401060012345: ['ok'] });
  });
});
