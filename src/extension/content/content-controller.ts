// The content script's life on one page: get the settings, compile the rules once, scan when
// visible, rescan what changes, show and report the findings, follow settings changes.
import type { PackData } from '../../core/evaluate/pack-parts';
import type { Finding, LicenceMemory, PageKind } from '../../core/shared/types';
import type { IndexedFinding } from '../../ui/marker-groups';
import type { UiSettings } from '../../ui/ui-theme';
import type { ContentConfig, Message } from '../protocol';
import { defaultConfig, langFromUiLanguage, normaliseConfig } from './content-config';
import { withTimeout, type ExtensionPort } from './extension-port';
import { filterFindings } from './finding-filter';
import { GatedScan, type FullScanLoader } from './gated-scan';
import { toSummaries } from './finding-summaries';
import { countRisks } from '../../ui/risk-count';
import { createLicenceMemory } from './licence-memory';
import { logOnce } from './log-once';
import { MutationBatcher } from './mutation-batcher';
import { PagePresenter, type PageUiLoader } from './page-presenter';
import { PageScanner } from './page-scanner';
import { makeYieldToPage } from './yield-to-page';

const CONFIG_TIMEOUT_MS = 1500;
const RELOAD_DEBOUNCE_MS = 50;
/** After "这不对", the confirmation stays readable this long before the marker goes. */
const REPORT_WRONG_HIDE_DELAY_MS = 1500;

/** The bundled packs, or how to get them (from the background, see content-packs-loader.ts); null: none to be had. */
export type BundledPacksSource = readonly PackData[] | (() => Promise<readonly PackData[] | null>);

const packsKey = (packs: readonly PackData[]) => packs.map((p) => `${p.id}@${p.version}`).join(',');

export class ContentController {
  private config: ContentConfig;
  private scans: GatedScan | null = null;
  private rulesetKey = '';
  private memory: LicenceMemory;
  private scanner: PageScanner | null = null;
  private observer: MutationObserver | null = null;
  private batcher: MutationBatcher | null = null;
  private readonly presenter: PagePresenter;
  private readonly locallyDismissed = new Set<string>();
  private rawFindings: Finding[] = [];
  private lastShown: Finding[] = [];
  /** The page hides our inline UI: the report says so, and the badge turns to "!". */
  private uiHidden = false;
  private kind: PageKind = 'other';
  private lastReport = '';
  private scanned = false;
  private unsubscribers: Array<() => void> = [];
  private stopped = false;
  private reloadTimer: ReturnType<typeof setTimeout> | null = null;
  /** What the gate reads of the bundled packs (or all of them). */
  private gatePacks: readonly PackData[] | null = null;
  /** The bundled packs whole, asked for once a page passes the gate. */
  private fullBundled: Promise<readonly PackData[]> | null = null;
  /** Settings changed while the packs were still loading: reload once they are in. */
  private reloadPending = false;

  /**
   * `packsSource`: what the gate reads of the bundled packs, asked for on every page (the whole
   * packs will do); `fullPacksSource`: the whole packs, asked for only when the page passes it.
   */
  constructor(
    private readonly doc: Document,
    private readonly port: ExtensionPort,
    private readonly packsSource: BundledPacksSource,
    loadUi: PageUiLoader,
    private readonly loadFullScan: FullScanLoader,
    private readonly fullPacksSource: BundledPacksSource = packsSource,
  ) {
    this.config = defaultConfig(langFromUiLanguage(port.uiLanguage()));
    this.memory = this.newLicenceMemory();
    this.presenter = new PagePresenter(
      doc,
      { onReportWrong: (item) => this.reportWrong(item), onError: logOnce, onUiHidden: (hidden) => this.onUiHidden(hidden) },
      loadUi,
    );
  }

  async start(): Promise<void> {
    this.unsubscribers.push(this.port.onMessage((m) => this.onMessage(m)));
    this.unsubscribers.push(this.port.onSettingsChanged(() => this.scheduleReload()));
    const [packs, config] = await Promise.all([this.loadBundledPacks(), this.requestConfig()]);
    if (!packs) {
      // No rules to run: leave the page exactly as it is.
      logOnce(new Error('Mingbai: the rule packs could not be loaded; this page is not checked'));
      this.stop();
      return;
    }
    this.gatePacks = packs;
    await this.applyConfig(config);
    if (this.reloadPending) this.scheduleReload();
  }

  /** Licence look-ups go to the background one licence at a time; names it knows trigger one rescan. */
  private newLicenceMemory(): LicenceMemory {
    return createLicenceMemory(
      async (licence, shopName) => {
        const reply = (await this.port.send({ type: 'mingbai/licenceRecord', licence, shopName })) as
          { names?: unknown } | undefined;
        return Array.isArray(reply?.names) ? reply.names.filter((n): n is string => typeof n === 'string') : undefined;
      },
      () => {
        if (!this.stopped) this.scanner?.scanFull();
      },
    );
  }

  private async loadBundledPacks(source = this.packsSource): Promise<readonly PackData[] | null> {
    if (typeof source !== 'function') return source;
    try {
      return await source();
    } catch (error) {
      logOnce(error);
      return null;
    }
  }

  /** The bundled packs whole, asked for once; a failed ask is asked again by the next scan. */
  private loadFullBundled(): Promise<readonly PackData[]> {
    if (this.fullPacksSource === this.packsSource && this.gatePacks) return Promise.resolve(this.gatePacks);
    this.fullBundled ??= this.loadBundledPacks(this.fullPacksSource).then((packs) => {
      if (packs) return packs;
      this.fullBundled = null;
      throw new Error('Mingbai: the rule packs could not be loaded for the full scan');
    });
    return this.fullBundled;
  }

  stop(): void {
    this.stopped = true;
    this.stopScanning();
    if (this.reloadTimer !== null) clearTimeout(this.reloadTimer);
    for (const off of this.unsubscribers) off();
    this.unsubscribers = [];
  }

  private async requestConfig(): Promise<ContentConfig> {
    const fallbackLang = langFromUiLanguage(this.port.uiLanguage());
    const reply = await withTimeout(
      this.port.send({ type: 'mingbai/getConfig', url: this.doc.URL, uiLanguage: this.port.uiLanguage() }),
      CONFIG_TIMEOUT_MS,
      undefined,
    );
    return reply === undefined ? defaultConfig(fallbackLang) : normaliseConfig(reply, fallbackLang);
  }

  /** Settings changes arrive in bursts (several keys, plus configChanged): one reload for them. */
  private scheduleReload(): void {
    if (this.reloadTimer !== null) return;
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = null;
      this.reloadConfig().catch(logOnce);
    }, RELOAD_DEBOUNCE_MS);
  }

  private async reloadConfig(): Promise<void> {
    if (this.stopped) return;
    if (!this.gatePacks) {
      this.reloadPending = true;
      return;
    }
    await this.applyConfig(await this.requestConfig());
  }

  private async applyConfig(config: ContentConfig): Promise<void> {
    if (this.stopped) return;
    this.config = config;
    if (config.trusted) {
      // A trusted site: nothing runs on it at all.
      this.stopScanning();
      this.rawFindings = [];
      this.report();
      return;
    }
    const packsChanged = this.ensureRuleset(config.importedPacks);
    if (!this.scanner) this.startScanning();
    else if (packsChanged) this.scanner.scanFull();
    else this.refresh();
  }

  /** The bundled packs plus the family's imports, ready to scan with; true when the rules changed. */
  private ensureRuleset(imported: readonly PackData[]): boolean {
    const key = packsKey(imported);
    if (this.scans && key === this.rulesetKey) return false;
    this.rulesetKey = key;
    const gate = this.gatePacks!;
    const whole = (withImports: boolean) => async () => {
      const bundled = await this.loadFullBundled();
      return { packs: withImports ? [...bundled, ...imported] : bundled, fallback: bundled };
    };
    try {
      this.scans = new GatedScan([...gate, ...imported], whole(true), this.loadFullScan, logOnce);
    } catch (error) {
      // An imported pack the engine cannot use must not cost the page its bundled protection.
      logOnce(error);
      this.scans = new GatedScan(gate, whole(false), this.loadFullScan, logOnce);
    }
    return true;
  }

  private startScanning(): void {
    const view = this.doc.defaultView ?? window;
    this.scanner = new PageScanner({
      doc: this.doc,
      scan: (options) => this.scans!.scan(this.doc, options),
      memory: () => this.memory,
      isHidden: () => this.doc.visibilityState === 'hidden',
      yieldToPage: makeYieldToPage(view),
      onFindings: (findings, kind) => this.onFindings(findings, kind),
      onError: logOnce,
    });
    const scanner = this.scanner;
    this.batcher = new MutationBatcher((records, overflow) => {
      try {
        scanner.handleMutations(records, overflow);
      } catch (error) {
        logOnce(error);
      }
    });
    const batcher = this.batcher;
    const bodyOptions: MutationObserverInit = { childList: true, subtree: true, characterData: true };
    let observedBody = this.doc.body;
    const observer = new view.MutationObserver((records) => {
      // A page that replaces its <body> (documentElement.innerHTML = …, document.body = …)
      // would leave us watching a detached one: follow the new body (a full rescan follows,
      // changed-roots.ts treats an added <body> as a change of the whole page).
      if (this.doc.body && this.doc.body !== observedBody) {
        observedBody = this.doc.body;
        observer.observe(observedBody, bodyOptions);
      }
      batcher.add(records);
    });
    this.observer = observer;
    if (observedBody) observer.observe(observedBody, bodyOptions);
    observer.observe(this.doc.documentElement, { childList: true });
    this.doc.addEventListener('visibilitychange', this.onVisibility);
    scanner.scanFull();
  }

  private stopScanning(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.batcher?.cancel();
    this.batcher = null;
    this.scanner?.stop();
    this.scanner = null;
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.presenter.clear();
  }

  private readonly onVisibility = (): void => {
    if (this.doc.visibilityState !== 'hidden') this.scanner?.pump();
  };

  private onFindings(findings: Finding[], kind: PageKind): void {
    this.rawFindings = findings;
    this.kind = kind;
    this.scanned = true;
    this.refresh();
  }

  private uiSettings(): UiSettings {
    const { lang, sensitivity, textScale, readAloud, locked } = this.config;
    return { lang, sensitivity, textScale, readAloud, locked };
  }

  /** Apply the settings to the raw findings, redraw, report. */
  private refresh(): void {
    if (this.stopped || this.config.trusted) return;
    try {
      const shown = this.shownFindings();
      this.lastShown = shown;
      this.presenter.show(shown, this.uiSettings());
      this.report(shown);
    } catch (error) {
      logOnce(error);
    }
  }

  private shownFindings(): Finding[] {
    const scans = this.scans;
    return filterFindings(
      this.rawFindings,
      { ...this.config, dismissedRules: [...this.config.dismissedRules, ...this.locallyDismissed] },
      (id) => scans?.rule(id)?.aliases ?? [],
    );
  }

  private report(shown: Finding[] = []): void {
    if (!this.scanned && !this.config.trusted) return;
    const findings = toSummaries(shown, this.config.lang);
    const hidden = this.uiHidden && findings.length > 0;
    const message: Message = {
      type: 'mingbai/findings',
      url: this.doc.URL,
      kind: this.kind,
      findings,
      count: countRisks(shown),
      ...(hidden ? { uiHidden: true } : {}),
      ...(this.port.documentId ? { documentId: this.port.documentId } : {}),
    };
    const key = JSON.stringify(message);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.port.send(message).catch(logOnce);
  }

  private onUiHidden(hidden: boolean): void {
    this.uiHidden = hidden;
    if (!this.stopped && !this.config.trusted) this.report(this.lastShown);
  }

  /** "这不对": always recorded; the warning goes only when the background hid it (no PIN set). */
  private async reportWrong(item: IndexedFinding): Promise<'hidden' | 'pin-required' | undefined> {
    const { ruleId } = item.finding;
    try {
      const reply = (await this.port.send({
        type: 'mingbai/reportWrong',
        ruleId,
        url: this.doc.URL,
        evidence: item.evidenceText.slice(0, 300),
      })) as { dismissed?: unknown } | undefined;
      if (reply?.dismissed !== true) return 'pin-required';
      this.locallyDismissed.add(ruleId);
      setTimeout(() => this.refresh(), REPORT_WRONG_HIDE_DELAY_MS);
      return 'hidden';
    } catch (error) {
      logOnce(error);
      return undefined;
    }
  }

  private onMessage(message: Message): void {
    if (message.type === 'mingbai/reveal' && Number.isInteger(message.index)) this.presenter.reveal(message.index);
    else if (message.type === 'mingbai/configChanged') this.scheduleReload();
  }
}
