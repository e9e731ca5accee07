// Writes one value into the background's IndexedDB store (src/extension/background/idb-store.ts)
// from an extension context (service worker or extension page: same origin). Passed to
// evaluate(), so it is self-contained: no imports, no outside names.
export async function idbPut([key, value]: readonly [string, unknown]): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('mingbai', 1);
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains('kv')) open.result.createObjectStore('kv');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('kv', 'readwrite');
    tx.objectStore('kv').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  db.close();
}
