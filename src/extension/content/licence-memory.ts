// The core's LicenceMemory over the copy the background sent in ContentConfig. Lookups are
// local; each new sighting is also sent to the background, which keeps the bounded store.
import type { LicenceMemory } from '../../core/types';

export function createLicenceMemory(initial: Record<string, readonly string[]>, sendRecord: (licence: string, shopName: string) => void): LicenceMemory {
  const names = new Map<string, string[]>(Object.entries(initial).map(([licence, list]) => [licence, [...list]]));
  return {
    namesFor: (licence) => names.get(licence) ?? [],
    record(licence, shopName) {
      const list = names.get(licence) ?? [];
      if (list.includes(shopName)) return;
      list.push(shopName);
      names.set(licence, list);
      sendRecord(licence, shopName);
    },
  };
}
