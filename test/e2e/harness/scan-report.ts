// Waiting for the background's report of a tab's scan: the same in both browsers.
import type { TabFindings } from '../../../src/extension/protocol';
import { waitUntil } from './wait-until';

export type ScanReport = NonNullable<TabFindings>;

/** The tab's findings once the report is for `url` and `accept` agrees. */
export function waitForScanReport(
  findings: (tabId: number) => Promise<TabFindings>,
  tabId: number,
  url: string,
  accept: (tab: ScanReport) => boolean,
  timeoutMs: number,
): Promise<ScanReport> {
  return waitUntil(
    async () => {
      const tab = await findings(tabId);
      return tab && tab.url === url && accept(tab) ? tab : undefined;
    },
    { what: `the scan report of ${url}`, timeoutMs },
  );
}

/** The id of the tab whose scan report is for `url`, among `tabIds()`; undefined when none reports it within 10 s. */
export function tabReporting(
  findings: (tabId: number) => Promise<TabFindings>,
  tabIds: () => Promise<number[]>,
  url: string,
): Promise<number | undefined> {
  return waitUntil(
    async () => {
      for (const tabId of await tabIds()) if ((await findings(tabId))?.url === url) return tabId;
      return undefined;
    },
    { what: `a tab reporting ${url}`, timeoutMs: 10_000 },
  ).catch(() => undefined);
}
