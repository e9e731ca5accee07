// Answers every message of the protocol. Browser specifics (badge, telling tabs that settings
// changed, the UI language) come in through BackgroundPorts, so the router runs in unit tests
// on in-memory stores exactly as it runs in the extension.
import type {
  ChangeReply,
  ContentPacksPart,
  ContentPacksRecord,
  DismissNoticeReply,
  ExportReply,
  LicenceRecordReply,
  Message,
  OptionsState,
  PackImportReply,
  PopupState,
  ReportWrongReply,
  SettingsView,
  TabFindings,
} from '../protocol';
import type { PackData } from '../../core/evaluate/ruleset';
import { categorySwitches } from '../../core/facts/domain-catalog';
import { BUNDLED_PACKS } from './bundled-packs';
import type { Settings } from '../../settings/settings-schema';
import type { SettingsService } from '../../settings/settings-service';
import { hostOfUrl } from '../../settings/hostnames';
import { retryAfterMs } from '../../settings/pin-throttle';
import { contentConfigFor, isPaused, isTrusted } from './content-config';
import { isDocumentId } from './document-change';
import type { ImportedPackStore } from './imported-packs';
import type { LicenceMemoryStore } from './licence-memory-store';
import type { TabFindingsStore } from './tab-findings';
import type { WrongReportStore } from './wrong-reports';

export interface BackgroundPorts {
  settings: SettingsService;
  packs: ImportedPackStore;
  memory: LicenceMemoryStore;
  reports: WrongReportStore;
  tabs: TabFindingsStore;
  /** The reader's language; `hint` is a UI language reported by the sender, if any. */
  lang(hint?: string): 'zh' | 'en';
  showBadge(tabId: number, findings: TabFindings): Promise<void>;
  /** Settings changed: every tab's content script should ask for its config again. */
  announceChange(): Promise<void>;
  now(): number;
  /** The bundled packs stripped for content scripts. */
  contentPacks?(part: ContentPacksPart): ContentPacksRecord;
  /** A rule's title (bundled or imported pack), for listing dismissed warnings by name. */
  ruleTitle?(ruleId: string): { zh: string; en: string } | null;
}

/** Who sent a message: a content script in a tab, or one of the extension's own pages. */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
  fromExtensionPage: boolean;
}

export class MessageRouter {
  constructor(private readonly ports: BackgroundPorts) {}

  /** undefined: not ours or not allowed from this sender (no reply). */
  async handle(message: Message, sender: MessageSender): Promise<unknown> {
    const p = this.ports;
    switch (message.type) {
      case 'mingbai/getConfig': {
        const [settings, packs] = await Promise.all([p.settings.load(), p.packs.packs()]);
        return contentConfigFor(String(message.url), settings, {
          lang: p.lang(typeof message.uiLanguage === 'string' ? message.uiLanguage : undefined),
          importedPacks: packs.map((s) => s.pack as unknown as PackData),
        });
      }
      case 'mingbai/findings': {
        if (sender.tabId === undefined || (sender.frameId ?? 0) !== 0 || !Array.isArray(message.findings)) return undefined;
        const tab = {
          url: String(message.url),
          kind: message.kind,
          findings: message.findings,
          uiHidden: message.uiHidden === true,
        };
        const c = message.count;
        const count =
          c && Number.isInteger(c.risks) && Number.isInteger(c.places) && c.risks >= 0 && c.places >= 0
            ? { risks: c.risks, places: c.places }
            : undefined;
        await p.tabs.set(
          sender.tabId,
          tab.url,
          tab.kind,
          tab.findings,
          count,
          isDocumentId(message.documentId) ? message.documentId : undefined,
        );
        await p.showBadge(sender.tabId, tab);
        return { ok: true };
      }
      case 'mingbai/licenceRecord': {
        const ok = await p.memory.record(String(message.licence), String(message.shopName));
        return (ok ? { ok, names: await p.memory.namesFor(String(message.licence)) } : { ok }) satisfies LicenceRecordReply;
      }
      case 'mingbai/reportWrong':
        return this.reportWrong(String(message.ruleId), String(message.url), String(message.evidence ?? ''));
      case 'mingbai/getContentPacks':
        return p.contentPacks?.(message.part === 'gate' ? 'gate' : 'full');
      case 'mingbai/reveal':
        return undefined; // for the content script
      case 'mingbai/configChanged':
      case 'mingbai/whichDocument':
        return undefined; // sent by the background itself
      default:
        if (!sender.fromExtensionPage) return undefined;
        return this.handlePageMessage(message);
    }
  }

  /** Messages only the popup and the options page may send. */
  private async handlePageMessage(message: Message): Promise<unknown> {
    const p = this.ports;
    switch (message.type) {
      case 'mingbai/getTabFindings':
        return p.tabs.get(Number(message.tabId));
      case 'mingbai/getPopupState':
        return this.popupState(Number(message.tabId));
      case 'mingbai/trustSite':
        return this.changed(await p.settings.trustSite(String(message.host ?? ''), message.pin));
      case 'mingbai/pauseSite':
        return this.changed(await p.settings.pauseSite(String(message.host ?? ''), message.pin));
      case 'mingbai/resumeSite':
        return this.changed(await p.settings.resumeSite(String(message.host ?? '')));
      case 'mingbai/dismissRule':
        return this.changed(await p.settings.dismissRule(String(message.url ?? ''), String(message.ruleId ?? ''), message.pin));
      case 'mingbai/clearLicenceMemory': {
        const guard = await p.settings.checkPin(message.pin);
        if (guard.ok) await p.memory.clear();
        return guard;
      }
      case 'mingbai/resetPin':
        await p.settings.resetPinToProtective();
        await p.announceChange();
        return { ok: true };
      case 'mingbai/getOptionsState':
        return this.optionsState();
      case 'mingbai/updateSettings':
        return this.changed(await p.settings.update(message.patch, message.pin));
      case 'mingbai/setPin':
        return p.settings.setPin(message.currentPin, message.newPin);
      case 'mingbai/exportSettings':
        return { fileName: `mingbai-settings-${day(p.now())}.json`, text: await p.settings.exportText() } satisfies ExportReply;
      case 'mingbai/importSettings':
        return this.changed(await p.settings.importText(String(message.text ?? ''), message.pin));
      case 'mingbai/exportReports':
        return {
          fileName: `mingbai-wrong-reports-${day(p.now())}.json`,
          text: await p.reports.exportText(),
        } satisfies ExportReply;
      case 'mingbai/importPack':
        return this.importPack(String(message.text ?? ''), String(message.fileName ?? ''), message.pin);
      case 'mingbai/removePack': {
        const guard = await p.settings.checkPin(message.pin);
        if (!guard.ok) return guard;
        const removed = await p.packs.remove(String(message.id));
        if (removed) await p.announceChange();
        return removed ? { ok: true } : { ok: false, error: 'invalid', detail: `no imported pack "${String(message.id)}"` };
      }
      case 'mingbai/dismissNotice':
        return this.dismissNotice(message.pin);
      default:
        return undefined;
    }
  }

  private async importPack(text: string, fileName: string, pin: string | undefined): Promise<PackImportReply> {
    // A bad file is reported before the PIN is asked for (and before a wrong guess counts).
    const checked = await this.ports.packs.check(text, fileName);
    if (!checked.ok) return { ok: false, error: 'invalid', problems: checked.problems };
    const guard = await this.ports.settings.checkPin(pin);
    if (!guard.ok) return guard;
    const result = await this.ports.packs.import(text, fileName);
    if (!result.ok) return { ok: false, error: 'invalid', problems: result.problems };
    await this.ports.announceChange();
    return result;
  }

  /**
   * "这不对" / 报告误报: the report is always kept (a local note); the warning is hidden only
   * when no PIN is set. A page never has the PIN, so with one set the warning stays; the popup
   * can then hide it with dismissRule and the PIN.
   */
  private async reportWrong(ruleId: string, url: string, evidence: string): Promise<ReportWrongReply> {
    const saved = await this.ports.reports.add(ruleId, url, evidence);
    if (!saved) return { ok: false };
    const hidden = await this.ports.settings.dismissRule(url, ruleId, undefined);
    if (hidden.ok) {
      await this.ports.announceChange();
      return { ok: true, dismissed: true };
    }
    const error = hidden.error === 'pin-throttled' ? 'pin-throttled' : 'pin-required';
    return { ok: true, dismissed: false, error };
  }

  /** A pin-reset notice stays until a PIN holder closes it: see DismissNoticeReply. */
  private async dismissNotice(pin: string | undefined): Promise<DismissNoticeReply> {
    const p = this.ports;
    if ((await p.settings.notice())?.kind === 'pin-reset') {
      if ((await p.settings.load()).pin === null) return { ok: false, error: 'pin-not-set' };
      const guard = await p.settings.checkPin(pin);
      if (!guard.ok) return guard;
    }
    await p.settings.dismissNotice();
    return { ok: true };
  }

  private async changed(reply: ChangeReply): Promise<ChangeReply> {
    if (reply.ok) await this.ports.announceChange();
    return reply;
  }

  private async popupState(tabId: number): Promise<PopupState> {
    const p = this.ports;
    // load() first: it is what notices corruption and writes the notice.
    const settings = await p.settings.load();
    const [tab, notice] = await Promise.all([p.tabs.get(tabId), p.settings.notice()]);
    return {
      tab,
      host: tab ? hostOfUrl(tab.url) : null,
      trusted: tab ? isTrusted(settings, tab.url) : false,
      paused: tab ? isPaused(settings, tab.url) : false,
      pinSet: settings.pin !== null,
      notice,
      textScale: settings.textScale,
    };
  }

  private async optionsState(): Promise<OptionsState> {
    const p = this.ports;
    const settings = await p.settings.load();
    const [notice, throttle, importedPacks, reports, licenceMemory] = await Promise.all([
      p.settings.notice(),
      p.settings.throttle(),
      p.packs.summaries(),
      p.reports.list(),
      p.memory.list(),
    ]);
    const ruleTitles: OptionsState['ruleTitles'] = {};
    for (const id of new Set(Object.values(settings.dismissed).flat())) {
      const title = p.ruleTitle?.(id);
      if (title) ruleTitles[id] = title;
    }
    return {
      settings: settingsView(settings),
      notice,
      pinRetryAfterMs: retryAfterMs(throttle, p.now()),
      importedPacks,
      reportCount: reports.length,
      licenceMemory,
      ruleTitles,
      categories: categorySwitches(BUNDLED_PACKS.map((b) => b.pack)),
    };
  }
}

export function settingsView(settings: Settings): SettingsView {
  const { pin, ...rest } = settings;
  return { ...rest, pinSet: pin !== null };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
