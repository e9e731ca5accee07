// A rule as the evaluate stage runs it: validated pack data, conditions in json-rules-engine form.
import type { Message, PageKind, RiskCode, Severity, Source } from '../shared/types';

export interface CompiledRule {
  id: string;
  aliases?: readonly string[];
  risk: RiskCode;
  severity: Severity;
  pageKinds: readonly PageKind[];
  conditions: unknown;
  evidenceFrom?: readonly string[];
  message: { zh: Message; en: Message };
  sources: readonly Source[];
}
