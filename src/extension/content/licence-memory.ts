// The core's LicenceMemory on a page. The page never gets the whole memory (issue 19): each new
// sighting is sent to the background, which stores it and answers with the shop names known for
// that one licence. When that answer teaches the page names it did not know, `onLearned` runs
// (the controller rescans, and the next read of the licence sees them).
import type { LicenceMemory } from '../../core/shared/types';

export function createLicenceMemory(
  sendRecord: (licence: string, shopName: string) => Promise<readonly string[] | undefined>,
  onLearned: () => void,
): LicenceMemory {
  const names = new Map<string, string[]>();
  return {
    namesFor: (licence) => names.get(licence) ?? [],
    record(licence, shopName) {
      const list = names.get(licence) ?? [];
      if (list.includes(shopName)) return;
      list.push(shopName);
      names.set(licence, list);
      sendRecord(licence, shopName).then(
        (known) => {
          if (!known) return;
          const current = names.get(licence) ?? [];
          const fresh = known.filter((n) => typeof n === 'string' && !current.includes(n));
          if (!fresh.length) return;
          names.set(licence, [...current, ...fresh]);
          onLearned();
        },
        () => undefined,
      );
    },
  };
}
