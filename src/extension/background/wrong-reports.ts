// Reports of wrong warnings ("报告误报"): a local note for the family and for rule authors,
// exported by hand from the options page. Nothing is sent anywhere. Bounded; the URL keeps
// no query or fragment (they may carry personal tokens); the evidence is a short snippet.
import { SerialQueue, type KeyValueStore } from '../../settings/key-value-store';
import { STORAGE_KEYS } from '../../settings/storage-keys';

export const MAX_REPORTS = 500;
const MAX_EVIDENCE_CHARS = 300;

export interface WrongReport {
  ruleId: string;
  url: string;
  evidence: string;
  /** ISO time */
  at: string;
}

export class WrongReportStore {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
  ) {}

  add(ruleId: string, url: string, evidence: string): Promise<boolean> {
    if (!/^[a-z]+(\.[a-z0-9-]+)+$/.test(ruleId) || ruleId.length > 200) return Promise.resolve(false);
    const report: WrongReport = {
      ruleId,
      url: withoutQuery(url),
      evidence: String(evidence).replace(/\s+/g, ' ').trim().slice(0, MAX_EVIDENCE_CHARS),
      at: new Date(this.now()).toISOString(),
    };
    return this.queue.run(async () => {
      const reports = await this.list();
      reports.push(report);
      await this.store.set(STORAGE_KEYS.wrongReports, reports.slice(-MAX_REPORTS));
      return true;
    });
  }

  async list(): Promise<WrongReport[]> {
    const raw = await this.store.get(STORAGE_KEYS.wrongReports);
    if (!Array.isArray(raw)) return [];
    return (raw as unknown[]).filter((item): item is WrongReport => {
      const r = item as Partial<Record<keyof WrongReport, unknown>> | null;
      return (
        !!r &&
        typeof r.ruleId === 'string' &&
        typeof r.url === 'string' &&
        typeof r.evidence === 'string' &&
        typeof r.at === 'string'
      );
    });
  }

  async exportText(): Promise<string> {
    return `${JSON.stringify({ format: 'mingbai-wrong-reports', reports: await this.list() }, null, 2)}\n`;
  }

  async clear(): Promise<void> {
    await this.store.remove(STORAGE_KEYS.wrongReports);
  }
}

function withoutQuery(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`.slice(0, 500);
  } catch {
    return '';
  }
}
