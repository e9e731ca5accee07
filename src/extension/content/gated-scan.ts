// The content script's scans: the gate (core/evaluate/scan-gate.ts) on every page and every
// changed region, the full scan only where the gate lets the page through. The full scan is a
// chunk of its own, loaded and compiled on first use: most of the core and json-rules-engine,
// which the pages a person opens, nearly all `other` with nothing that could fire, never load
// (docs/decisions/0023-full-scan-chunk.md). So are the packs it reads: the gate is compiled from
// the part of them it reads (scan-gate.ts, gatePackData), the rest asked for with the chunk.
import type { CompiledRule } from '../../core/evaluate/compiled-rule';
import { packParts, type PackData } from '../../core/evaluate/pack-parts';
import type { Ruleset } from '../../core/evaluate/ruleset';
import { compileGate, passGate, type ScanGate } from '../../core/evaluate/scan-gate';
import { consentFacts } from '../../core/facts/consent-facts';
import type { ScanOptions } from '../../core/scan';
import { createTimeSlicer } from '../../core/shared/time-slicer';
import type { ScanResult } from '../../core/shared/types';
import type { FullScanModule } from './full-scan-module';

export type FullScanLoader = () => Promise<FullScanModule>;

/**
 * What the full scan reads: `packs`, or `fallback` (the bundled packs alone) when the full rule
 * set cannot be compiled from `packs` (an imported pack the engine refuses must not cost the
 * page its bundled protection).
 */
export interface FullScanPacks {
  packs: readonly PackData[];
  fallback: readonly PackData[];
}
export type FullScanPacksLoader = () => Promise<FullScanPacks>;

/** The facts the gate reads rules by; any other fact counts as reading text (scan-gate.ts). */
const GATE_FACTS = new Map(Object.entries(consentFacts));

interface FullScan {
  module: FullScanModule;
  ruleset: Ruleset;
}

export class GatedScan {
  private readonly gate: ScanGate;
  private full: Promise<FullScan> | null = null;
  private ruleset: Ruleset | null = null;

  /**
   * `gatePacks`: what the gate reads of the packs to scan with (all of them will do). `fullPacks`:
   * the packs themselves, asked for with the chunk. Throws when the gate cannot be compiled.
   */
  constructor(
    gatePacks: readonly PackData[],
    private readonly fullPacks: FullScanPacksLoader,
    private readonly load: FullScanLoader,
    private readonly onError: (error: unknown) => void,
  ) {
    this.gate = compileGate(packParts(gatePacks), GATE_FACTS);
  }

  /** The rules by id, once the full scan has loaded: findings exist only from then on. */
  rule(id: string): CompiledRule | undefined {
    return this.ruleset?.rules.get(id);
  }

  async scan(doc: Document, options: ScanOptions): Promise<ScanResult> {
    const passed = await passGate(this.gate, doc, options, createTimeSlicer(options.yieldToPage, options.sliceMs));
    if (passed.done) return passed.done;
    const { module, ruleset } = await this.loadFull();
    return module.scanDocument(ruleset, doc, { ...options, passed });
  }

  private loadFull(): Promise<FullScan> {
    this.full ??= Promise.all([this.load(), this.fullPacks()]).then(
      ([module, { packs, fallback }]) => {
        let ruleset: Ruleset;
        try {
          ruleset = module.compileRuleset(packs);
        } catch (error) {
          this.onError(error);
          ruleset = module.compileRuleset(fallback);
        }
        this.ruleset = ruleset;
        return { module, ruleset };
      },
      (error: unknown) => {
        // The extension was reloaded or updated under the page: a later scan may try again.
        this.full = null;
        throw error;
      },
    );
    return this.full;
  }
}
